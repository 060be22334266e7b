"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AccessLevel", {
    enumerable: true,
    get: function() {
        return AccessLevel;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
let AccessLevel = class AccessLevel {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.permissions = [];
        this.builtIn = false;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], AccessLevel.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], AccessLevel.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], AccessLevel.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text[]'
    }),
    _ts_metadata("design:type", Array)
], AccessLevel.prototype, "permissions", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], AccessLevel.prototype, "builtIn", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AccessLevel.prototype, "updatedAt", void 0);
AccessLevel = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'access_level'
    })
], AccessLevel);

//# sourceMappingURL=access-level.entity.js.map
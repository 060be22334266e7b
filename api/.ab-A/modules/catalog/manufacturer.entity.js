"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Manufacturer", {
    enumerable: true,
    get: function() {
        return Manufacturer;
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
let Manufacturer = class Manufacturer {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Manufacturer.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Manufacturer.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Manufacturer.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Manufacturer.prototype, "updatedAt", void 0);
Manufacturer = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'manufacturer'
    })
], Manufacturer);

//# sourceMappingURL=manufacturer.entity.js.map
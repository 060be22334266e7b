"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Warehouse", {
    enumerable: true,
    get: function() {
        return Warehouse;
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
let Warehouse = class Warehouse {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.street = null;
        this.postalCode = null;
        this.city = null;
        /** ISO 3166-1 alpha-2. */ this.country = 'PL';
        /** Buyers may collect orders here. */ this.pickup = false;
        this.position = 0;
        this.active = true;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Warehouse.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Warehouse.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Warehouse.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Warehouse.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Warehouse.prototype, "street", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Warehouse.prototype, "postalCode", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Warehouse.prototype, "city", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        default: 'PL'
    }),
    _ts_metadata("design:type", String)
], Warehouse.prototype, "country", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Warehouse.prototype, "pickup", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 0
    }),
    _ts_metadata("design:type", Number)
], Warehouse.prototype, "position", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], Warehouse.prototype, "active", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Warehouse.prototype, "updatedAt", void 0);
Warehouse = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'warehouse'
    })
], Warehouse);

//# sourceMappingURL=warehouse.entity.js.map
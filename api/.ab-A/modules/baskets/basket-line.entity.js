"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BasketLine", {
    enumerable: true,
    get: function() {
        return BasketLine;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("../accounts/company.entity");
const _userentity = require("../accounts/user.entity");
const _productentity = require("../catalog/product.entity");
const _warehouseentity = require("../stock/warehouse.entity");
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
let BasketLine = class BasketLine {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.warehouse = null;
        this.note = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], BasketLine.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], BasketLine.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _userentity.User === "undefined" ? Object : _userentity.User)
], BasketLine.prototype, "user", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], BasketLine.prototype, "list", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], BasketLine.prototype, "lineKey", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_productentity.Product, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _productentity.Product === "undefined" ? Object : _productentity.Product)
], BasketLine.prototype, "product", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], BasketLine.prototype, "warehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3
    }),
    _ts_metadata("design:type", String)
], BasketLine.prototype, "quantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], BasketLine.prototype, "note", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], BasketLine.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], BasketLine.prototype, "updatedAt", void 0);
BasketLine = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'basket_line'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Unique)({
        properties: [
            'user',
            'company',
            'list',
            'lineKey'
        ]
    }),
    (0, _core.Index)({
        properties: [
            'company'
        ]
    })
], BasketLine);

//# sourceMappingURL=basket-line.entity.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get ORDER_ENTITIES () {
        return ORDER_ENTITIES;
    },
    get OrderHistory () {
        return OrderHistory;
    },
    get OrderLine () {
        return OrderLine;
    },
    get SalesOrder () {
        return SalesOrder;
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
let SalesOrder = class SalesOrder {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        /** The customer's user who placed it (null when a rep placed it with no user named, or an API key). */ this.placedBy = null;
        /** The sales rep who placed it on the customer's behalf. */ this.rep = null;
        this.poNumber = null;
        this.note = null;
        this.deliveryAddress = null;
        this.shippingMethod = null;
        this.requestedDate = null;
        /** What manual discounts took off, net. */ this.discountMinor = 0;
        /** Set when the credit policy warned (and let the order through). */ this.creditWarning = null;
        this.paidAt = null;
        this.paymentRef = null;
        this.erpNumber = null;
        this.version = 1;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "number", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], SalesOrder.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "status", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "placedBy", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "rep", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "poNumber", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "note", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "deliveryAddress", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "shippingMethod", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'date',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], SalesOrder.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], SalesOrder.prototype, "netMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], SalesOrder.prototype, "grossMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        default: 0
    }),
    _ts_metadata("design:type", Number)
], SalesOrder.prototype, "discountMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "creditWarning", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "paymentRef", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SalesOrder.prototype, "erpNumber", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], SalesOrder.prototype, "placedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], SalesOrder.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 1
    }),
    _ts_metadata("design:type", Number)
], SalesOrder.prototype, "version", void 0);
SalesOrder = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'sales_order'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Unique)({
        properties: [
            'company',
            'idempotencyKey'
        ]
    }),
    (0, _core.Index)({
        properties: [
            'company',
            'placedAt',
            'id'
        ]
    })
], SalesOrder);
let OrderLine = class OrderLine {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.warehouse = null;
        /** What a manual discount took off the whole line, net. */ this.manualDiscountMinor = 0;
        this.note = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], OrderLine.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>SalesOrder, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof SalesOrder === "undefined" ? Object : SalesOrder)
], OrderLine.prototype, "order", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "lineNo", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_productentity.Product),
    _ts_metadata("design:type", typeof _productentity.Product === "undefined" ? Object : _productentity.Product)
], OrderLine.prototype, "product", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OrderLine.prototype, "sku", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], OrderLine.prototype, "warehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3
    }),
    _ts_metadata("design:type", String)
], OrderLine.prototype, "quantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "listNetMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "unitNetMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "unitGrossMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        default: 0
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "manualDiscountMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "lineNetMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "lineGrossMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], OrderLine.prototype, "vatRateBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OrderLine.prototype, "rule", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderLine.prototype, "note", void 0);
OrderLine = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'order_line'
    }),
    (0, _core.Unique)({
        properties: [
            'order',
            'lineNo'
        ]
    })
], OrderLine);
let OrderHistory = class OrderHistory {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.fromStatus = null;
        this.byUser = null;
        this.reason = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], OrderHistory.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>SalesOrder, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof SalesOrder === "undefined" ? Object : SalesOrder)
], OrderHistory.prototype, "order", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistory.prototype, "fromStatus", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OrderHistory.prototype, "toStatus", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OrderHistory.prototype, "at", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], OrderHistory.prototype, "byUser", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OrderHistory.prototype, "byKind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistory.prototype, "reason", void 0);
OrderHistory = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'order_history'
    }),
    (0, _core.Index)({
        properties: [
            'order',
            'at'
        ]
    })
], OrderHistory);
const ORDER_ENTITIES = [
    SalesOrder,
    OrderLine,
    OrderHistory
];

//# sourceMappingURL=order.entities.js.map
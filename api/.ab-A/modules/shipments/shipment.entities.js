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
    get SHIPMENT_ENTITIES () {
        return SHIPMENT_ENTITIES;
    },
    get ShipmentRequest () {
        return ShipmentRequest;
    },
    get TransferRequest () {
        return TransferRequest;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("../accounts/company.entity");
const _userentity = require("../accounts/user.entity");
const _orderentities = require("../orders/order.entities");
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
let ShipmentRequest = class ShipmentRequest {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.pickupWarehouse = null;
        this.address = null;
        this.contactPhone = null;
        this.note = null;
        this.requestedBy = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], ShipmentRequest.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_orderentities.SalesOrder, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _orderentities.SalesOrder === "undefined" ? Object : _orderentities.SalesOrder)
], ShipmentRequest.prototype, "order", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "method", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequest.prototype, "pickupWarehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequest.prototype, "address", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "contactName", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequest.prototype, "contactPhone", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'date'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequest.prototype, "note", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequest.prototype, "status", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequest.prototype, "requestedBy", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ShipmentRequest.prototype, "createdAt", void 0);
ShipmentRequest = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'shipment_request'
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
            'order'
        ]
    })
], ShipmentRequest);
let TransferRequest = class TransferRequest {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], TransferRequest.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>ShipmentRequest, {
        deleteRule: 'cascade'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof ShipmentRequest === "undefined" ? Object : ShipmentRequest)
], TransferRequest.prototype, "shipment", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse),
    _ts_metadata("design:type", typeof _warehouseentity.Warehouse === "undefined" ? Object : _warehouseentity.Warehouse)
], TransferRequest.prototype, "fromWarehouse", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse),
    _ts_metadata("design:type", typeof _warehouseentity.Warehouse === "undefined" ? Object : _warehouseentity.Warehouse)
], TransferRequest.prototype, "toWarehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Array === "undefined" ? Object : Array)
], TransferRequest.prototype, "lines", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], TransferRequest.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], TransferRequest.prototype, "createdAt", void 0);
TransferRequest = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'transfer_request'
    })
], TransferRequest);
const SHIPMENT_ENTITIES = [
    ShipmentRequest,
    TransferRequest
];

//# sourceMappingURL=shipment.entities.js.map
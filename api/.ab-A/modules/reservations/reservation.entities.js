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
    get RESERVATION_ENTITIES () {
        return RESERVATION_ENTITIES;
    },
    get Reservation () {
        return Reservation;
    },
    get ReservationLine () {
        return ReservationLine;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("../accounts/company.entity");
const _productentity = require("../catalog/product.entity");
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
let Reservation = class Reservation {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.expiresAt = null;
        this.paidAt = null;
        this.releasedAt = null;
        this.releaseReason = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Reservation.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], Reservation.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_orderentities.SalesOrder, {
        deleteRule: 'cascade'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", typeof _orderentities.SalesOrder === "undefined" ? Object : _orderentities.SalesOrder)
], Reservation.prototype, "order", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Reservation.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reservation.prototype, "expiresAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reservation.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reservation.prototype, "releasedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reservation.prototype, "releaseReason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Reservation.prototype, "createdAt", void 0);
Reservation = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'reservation'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Index)({
        properties: [
            'status',
            'expiresAt'
        ]
    })
], Reservation);
let ReservationLine = class ReservationLine {
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>Reservation, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Reservation === "undefined" ? Object : Reservation)
], ReservationLine.prototype, "reservation", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_productentity.Product, {
        primary: true
    }),
    _ts_metadata("design:type", typeof _productentity.Product === "undefined" ? Object : _productentity.Product)
], ReservationLine.prototype, "product", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        primary: true
    }),
    _ts_metadata("design:type", typeof _warehouseentity.Warehouse === "undefined" ? Object : _warehouseentity.Warehouse)
], ReservationLine.prototype, "warehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3
    }),
    _ts_metadata("design:type", String)
], ReservationLine.prototype, "quantity", void 0);
ReservationLine = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'reservation_line'
    })
], ReservationLine);
const RESERVATION_ENTITIES = [
    Reservation,
    ReservationLine
];

//# sourceMappingURL=reservation.entities.js.map
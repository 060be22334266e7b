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
    get ReservationLineType () {
        return ReservationLineType;
    },
    get ReservationStatusEnum () {
        return ReservationStatusEnum;
    },
    get ReservationType () {
        return ReservationType;
    },
    get toReservationType () {
        return toReservationType;
    }
});
const _typegraphql = require("type-graphql");
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
var ReservationStatusEnum = /*#__PURE__*/ function(ReservationStatusEnum) {
    ReservationStatusEnum["ACTIVE"] = "active";
    ReservationStatusEnum["PAID"] = "paid";
    ReservationStatusEnum["RELEASED"] = "released";
    ReservationStatusEnum["EXPIRED"] = "expired";
    ReservationStatusEnum["ACKNOWLEDGED"] = "acknowledged";
    return ReservationStatusEnum;
}({});
(0, _typegraphql.registerEnumType)(ReservationStatusEnum, {
    name: 'ReservationStatus',
    description: 'active: goods held; paid: held, never expires; released: given back (cancelled); expired; acknowledged: the ERP holds them now.'
});
let ReservationLineType = class ReservationLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReservationLineType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReservationLineType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ReservationLineType.prototype, "quantity", void 0);
ReservationLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ReservationLine', {
        simpleResolvers: true
    })
], ReservationLineType);
let ReservationType = class ReservationType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReservationType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReservationStatusEnum),
    _ts_metadata("design:type", String)
], ReservationType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'When an unpaid proforma’s goods are released; null for orders.'
    }),
    _ts_metadata("design:type", Object)
], ReservationType.prototype, "expiresAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReservationType.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReservationType.prototype, "releasedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReservationType.prototype, "releaseReason", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ReservationLineType
        ]),
    _ts_metadata("design:type", Array)
], ReservationType.prototype, "lines", void 0);
ReservationType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Reservation', {
        description: 'What an order or proforma holds of the stock, per warehouse.'
    })
], ReservationType);
const toReservationType = (r)=>Object.assign(new ReservationType(), {
        id: r.id,
        status: r.status,
        expiresAt: r.expiresAt,
        paidAt: r.paidAt,
        releasedAt: r.releasedAt,
        releaseReason: r.releaseReason,
        lines: r.lines.map((l)=>Object.assign(new ReservationLineType(), l))
    });

//# sourceMappingURL=reservations.types.js.map
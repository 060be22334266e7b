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
    get OrderStatusChangeType () {
        return OrderStatusChangeType;
    },
    get OrderStatusEnum () {
        return OrderStatusEnum;
    },
    get ReservationExpiringType () {
        return ReservationExpiringType;
    },
    get StockChangeType () {
        return StockChangeType;
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
var OrderStatusEnum = /*#__PURE__*/ function(OrderStatusEnum) {
    OrderStatusEnum["new"] = "new";
    OrderStatusEnum["received"] = "received";
    OrderStatusEnum["accepted"] = "accepted";
    OrderStatusEnum["fulfilled"] = "fulfilled";
    OrderStatusEnum["cancelled"] = "cancelled";
    return OrderStatusEnum;
}({});
(0, _typegraphql.registerEnumType)(OrderStatusEnum, {
    name: 'OrderStatus',
    description: 'new → received (the ERP acknowledged it) → accepted (in fulfilment) → fulfilled, or cancelled.'
});
let OrderStatusChangeType = class OrderStatusChangeType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderStatusChangeType.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderStatusChangeType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The order number shown to people.'
    }),
    _ts_metadata("design:type", String)
], OrderStatusChangeType.prototype, "number", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>OrderStatusEnum),
    _ts_metadata("design:type", String)
], OrderStatusChangeType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>OrderStatusEnum, {
        nullable: true,
        description: 'Null for a newly placed order.'
    }),
    _ts_metadata("design:type", Object)
], OrderStatusChangeType.prototype, "previousStatus", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OrderStatusChangeType.prototype, "at", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Why, when someone said so (e.g. the reason for a cancellation).'
    }),
    _ts_metadata("design:type", Object)
], OrderStatusChangeType.prototype, "reason", void 0);
OrderStatusChangeType = _ts_decorate([
    (0, _typegraphql.ObjectType)('OrderStatusChange', {
        description: 'An order moved from one status to another.'
    })
], OrderStatusChangeType);
let StockChangeType = class StockChangeType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], StockChangeType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], StockChangeType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Units available now: on hand − reserved in the ERP − held in Kontor.'
    }),
    _ts_metadata("design:type", Number)
], StockChangeType.prototype, "available", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        description: 'When the ERP last confirmed these figures.'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], StockChangeType.prototype, "asOf", void 0);
StockChangeType = _ts_decorate([
    (0, _typegraphql.ObjectType)('StockChange', {
        description: 'Availability of a product in one warehouse changed. Carries quantities only, never prices.'
    })
], StockChangeType);
let ReservationExpiringType = class ReservationExpiringType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReservationExpiringType.prototype, "reservationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReservationExpiringType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReservationExpiringType.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ReservationExpiringType.prototype, "expiresAt", void 0);
ReservationExpiringType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ReservationExpiring', {
        description: 'A reservation is about to be released unless it is paid.'
    })
], ReservationExpiringType);

//# sourceMappingURL=live.types.js.map
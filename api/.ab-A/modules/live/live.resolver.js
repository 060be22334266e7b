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
    get LiveResolver () {
        return LiveResolver;
    },
    get OrderStatusChangeFieldsResolver () {
        return OrderStatusChangeFieldsResolver;
    },
    get SHAREABLE_LIVE_FIELDS () {
        return SHAREABLE_LIVE_FIELDS;
    }
});
const _typegraphql = require("type-graphql");
const _domainevents = require("../../common/domain-events");
const _policy = require("../../graphql/policy");
const _orderstypes = require("../orders/orders.types");
const _liveservice = require("./live.service");
const _livetypes = require("./live.types");
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
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
const SHAREABLE_LIVE_FIELDS = new Set([
    'orderStatusChanged',
    'stockChanged',
    'reservationExpiring'
]);
let LiveResolver = class LiveResolver {
    orderStatusChanged(e, _orderIds, _companyId) {
        return {
            orderId: e.orderId,
            companyId: e.companyId,
            number: e.number,
            status: e.status,
            previousStatus: e.previousStatus,
            at: new Date(e.at),
            reason: e.reason
        };
    }
    stockChanged(e, _productIds) {
        return {
            productId: e.productId,
            warehouseId: e.warehouseId,
            available: e.available,
            asOf: new Date(e.asOf)
        };
    }
    reservationExpiring(e, _companyId) {
        return {
            reservationId: e.reservationId,
            companyId: e.companyId,
            orderId: e.orderId,
            expiresAt: new Date(e.expiresAt)
        };
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Subscription)(()=>_livetypes.OrderStatusChangeType, {
        description: 'Status changes of the orders you may see: your company’s; a sales rep’s assigned customers’; every company’s for a staff admin. ' + '`orderIds` (at most 200) and, for staff, `companyId` narrow it; orders or companies you may not see are never heard.',
        topics: _domainevents.TOPICS.orderStatusChanged,
        topicId: ({ args, context })=>{
            (0, _liveservice.orderFilter)(args.orderIds);
            return (0, _liveservice.companyChannels)(context.actor, args.companyId);
        },
        filter: ({ payload, args, context })=>(0, _liveservice.hearsOrderEvent)(context.actor, args.orderIds, payload)
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('orderIds', ()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: `Only these orders (at most ${_liveservice.MAX_LIVE_IDS}).`
    })),
    _ts_param(2, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: only this company (one you serve).'
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof OrderStatusChangedEvent === "undefined" ? Object : OrderStatusChangedEvent,
        Object,
        Object
    ]),
    _ts_metadata("design:returntype", typeof _livetypes.OrderStatusChangeType === "undefined" ? Object : _livetypes.OrderStatusChangeType)
], LiveResolver.prototype, "orderStatusChanged", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view',
            'stock.view'
        ]
    }),
    (0, _typegraphql.Subscription)(()=>_livetypes.StockChangeType, {
        description: `Availability changes of these products (at most ${_liveservice.MAX_LIVE_IDS}) per warehouse; products you may not see are never heard. Quantities only, no prices.`,
        topics: _domainevents.TOPICS.stockChanged,
        topicId: ({ args, context })=>(0, _liveservice.visibleProductChannels)(context, args.productIds),
        filter: ({ payload, args })=>(0, _liveservice.hearsStockEvent)(args.productIds, payload)
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('productIds', ()=>[
            _typegraphql.ID
        ])),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof StockChangedEvent === "undefined" ? Object : StockChangedEvent,
        Array
    ]),
    _ts_metadata("design:returntype", typeof _livetypes.StockChangeType === "undefined" ? Object : _livetypes.StockChangeType)
], LiveResolver.prototype, "stockChanged", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Subscription)(()=>_livetypes.ReservationExpiringType, {
        description: 'Reservations of the companies you may see that are about to be released unless paid. Staff may narrow it to one company with `companyId`.',
        topics: _domainevents.TOPICS.reservationExpiring,
        topicId: ({ args, context })=>(0, _liveservice.companyChannels)(context.actor, args.companyId),
        filter: ({ payload, context })=>(0, _liveservice.hearsReservationEvent)(context.actor, payload)
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: only this company (one you serve).'
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof ReservationExpiringEvent === "undefined" ? Object : ReservationExpiringEvent,
        Object
    ]),
    _ts_metadata("design:returntype", typeof _livetypes.ReservationExpiringType === "undefined" ? Object : _livetypes.ReservationExpiringType)
], LiveResolver.prototype, "reservationExpiring", null);
LiveResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], LiveResolver);
let OrderStatusChangeFieldsResolver = class OrderStatusChangeFieldsResolver {
    constructor(orders){
        this.orders = orders;
    }
    async order(change, ctx) {
        const o = await this.orders.order(ctx, change.orderId);
        return o && (0, _orderstypes.toOrderType)(o);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_orderstypes.OrderType, {
        nullable: true,
        description: 'The order now; null if it is no longer yours to see.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _livetypes.OrderStatusChangeType === "undefined" ? Object : _livetypes.OrderStatusChangeType,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrderStatusChangeFieldsResolver.prototype, "order", null);
OrderStatusChangeFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_livetypes.OrderStatusChangeType),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof OrdersQueryService === "undefined" ? Object : OrdersQueryService
    ])
], OrderStatusChangeFieldsResolver);

//# sourceMappingURL=live.resolver.js.map
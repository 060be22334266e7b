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
    get OrderFieldsResolver () {
        return OrderFieldsResolver;
    },
    get OrdersResolver () {
        return OrdersResolver;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _policy = require("../../graphql/policy");
const _reservationstypes = require("../reservations/reservations.types");
const _shipmentstypes = require("../shipments/shipments.types");
const _orderserrors = require("./orders.errors");
const _orderstypes = require("./orders.types");
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
let OrdersArgs = class OrdersArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrdersArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrdersArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: one customer (default: every customer they may reach).'
    }),
    _ts_metadata("design:type", Object)
], OrdersArgs.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_orderstypes.OrderStatusEnum, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrdersArgs.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_orderstypes.OrderKindEnum, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrdersArgs.prototype, "kind", void 0);
OrdersArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], OrdersArgs);
const orderOutcome = (o)=>o.kind === 'ok' ? (0, _orderstypes.toOrderType)(o.value) : (0, _orderserrors.failureType)(o);
function placeInput(input, kind) {
    return {
        ...input,
        kind,
        deliveryAddress: input.deliveryAddress ? {
            ...input.deliveryAddress
        } : null
    };
}
let OrdersResolver = class OrdersResolver {
    constructor(placement, lifecycle, queries, editing){
        this.placement = placement;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.editing = editing;
    }
    async order(id, ctx) {
        const o = await this.queries.order(ctx, id);
        return o && (0, _orderstypes.toOrderType)(o);
    }
    async orders(args, ctx) {
        return (0, _connection.toConnection)(await this.queries.orders(ctx, args), _orderstypes.toOrderType);
    }
    async placeOrder(input, ctx) {
        const o = await this.placement.place(ctx, placeInput(input, 'order'));
        return o.kind === 'ok' ? (0, _orderstypes.toOrderType)(o.value.order) : (0, _orderserrors.failureType)(o);
    }
    async createProforma(input, ctx) {
        const o = await this.placement.place(ctx, placeInput(input, 'proforma'));
        return o.kind === 'ok' ? (0, _orderstypes.toOrderType)(o.value.order) : (0, _orderserrors.failureType)(o);
    }
    async cancelOrder(input, ctx) {
        return orderOutcome(await this.lifecycle.cancel(ctx, input.orderId, input.reason ?? null));
    }
    async updateOrder(input, ctx) {
        return orderOutcome(await this.lifecycle.update(ctx, {
            ...input,
            deliveryAddress: input.deliveryAddress === undefined ? undefined : input.deliveryAddress && {
                ...input.deliveryAddress
            }
        }));
    }
    async updateOrderLines(input, ctx) {
        return orderOutcome(await this.editing.updateLines(ctx, input));
    }
    async setOrderStatus(input, ctx) {
        return orderOutcome(await this.lifecycle.changeStatus(ctx, input.orderId, input.status, input.reason ?? null));
    }
    async registerPayment(input, ctx) {
        return orderOutcome(await this.lifecycle.registerPayment(ctx, input.orderId, input.reference));
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_orderstypes.OrderType, {
        nullable: true,
        description: 'An order or proforma; null when it does not exist or is not yours to see.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "order", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_orderstypes.OrderConnection, {
        description: 'Orders and proformas, newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Args)(()=>OrdersArgs)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof OrdersArgs === "undefined" ? Object : OrdersArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "orders", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.PlaceOrderResult, {
        description: 'Places an order from the given lines or the basket. The same idempotencyKey returns the same order.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.PlaceOrderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.PlaceOrderInput === "undefined" ? Object : _orderstypes.PlaceOrderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "placeOrder", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place',
            'reservations.create'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.PlaceOrderResult, {
        description: 'A proforma whose goods are reserved per warehouse until paid, or released at expiry.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.PlaceOrderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.PlaceOrderInput === "undefined" ? Object : _orderstypes.PlaceOrderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "createProforma", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.OrderResult, {
        description: 'Cancels an order or proforma (customers: while new or received) and releases its goods.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.CancelOrderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.CancelOrderInput === "undefined" ? Object : _orderstypes.CancelOrderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "cancelOrder", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.OrderResult, {
        description: 'Changes an order’s PO number, note, delivery details while it is new.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.UpdateOrderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.UpdateOrderInput === "undefined" ? Object : _orderstypes.UpdateOrderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "updateOrder", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.UpdateOrderLinesResult, {
        description: 'Replaces the lines of an order or proforma while it is new: checked, priced and reserved as at placement, recorded in its history and sent to the ERP.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.UpdateOrderLinesInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.UpdateOrderLinesInput === "undefined" ? Object : _orderstypes.UpdateOrderLinesInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "updateOrderLines", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.OrderResult, {
        description: 'Back office: moves an order along its lifecycle (as the ERP would).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.SetOrderStatusInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.SetOrderStatusInput === "undefined" ? Object : _orderstypes.SetOrderStatusInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "setOrderStatus", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_orderstypes.OrderResult, {
        description: 'Back office: registers a proforma’s payment; its reservation then never expires.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_orderstypes.RegisterPaymentInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.RegisterPaymentInput === "undefined" ? Object : _orderstypes.RegisterPaymentInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrdersResolver.prototype, "registerPayment", null);
OrdersResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof OrderPlacementService === "undefined" ? Object : OrderPlacementService,
        typeof OrderLifecycleService === "undefined" ? Object : OrderLifecycleService,
        typeof OrdersQueryService === "undefined" ? Object : OrdersQueryService,
        typeof OrderEditingService === "undefined" ? Object : OrderEditingService
    ])
], OrdersResolver);
let OrderFieldsResolver = class OrderFieldsResolver {
    constructor(queries, reservations, shipments){
        this.queries = queries;
        this.reservations = reservations;
        this.shipments = shipments;
    }
    async history(order, ctx) {
        return (await this.queries.history(ctx, order.id)).map((h)=>Object.assign(new _orderstypes.OrderHistoryEntryType(), {
                ...h,
                at: new Date(h.at)
            }));
    }
    async reservation(order, ctx) {
        const r = await this.reservations.forOrder(ctx, order.id);
        return r && (0, _reservationstypes.toReservationType)(r);
    }
    async shipmentRequests(order, ctx) {
        return (await this.shipments.forOrder(ctx, order.id)).map(_shipmentstypes.toShipmentType);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _orderstypes.OrderHistoryEntryType
        ], {
        description: 'Every status change, oldest first.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.OrderType === "undefined" ? Object : _orderstypes.OrderType,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrderFieldsResolver.prototype, "history", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_reservationstypes.ReservationType, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.OrderType === "undefined" ? Object : _orderstypes.OrderType,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrderFieldsResolver.prototype, "reservation", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _shipmentstypes.ShipmentRequestType
        ]),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _orderstypes.OrderType === "undefined" ? Object : _orderstypes.OrderType,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], OrderFieldsResolver.prototype, "shipmentRequests", null);
OrderFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_orderstypes.OrderType),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof OrdersQueryService === "undefined" ? Object : OrdersQueryService,
        typeof ReservationsService === "undefined" ? Object : ReservationsService,
        typeof ShipmentsService === "undefined" ? Object : ShipmentsService
    ])
], OrderFieldsResolver);

//# sourceMappingURL=orders.resolver.js.map
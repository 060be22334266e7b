"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BasketsResolver", {
    enumerable: true,
    get: function() {
        return BasketsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _policy = require("../../graphql/policy");
const _orderserrors = require("../orders/orders.errors");
const _basketstypes = require("./baskets.types");
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
const done = (o)=>o.kind === 'ok' ? Object.assign(new _commontypes.Done(), {
        ok: true
    }) : (0, _orderserrors.failureType)(o);
let BasketsResolver = class BasketsResolver {
    constructor(baskets){
        this.baskets = baskets;
    }
    async basket(companyId, ctx) {
        const o = await this.baskets.basket(ctx, companyId);
        return o.kind === 'ok' ? (0, _basketstypes.toBasketType)(o.value) : (0, _orderserrors.failureType)(o);
    }
    async addToBasket(input, ctx) {
        const o = await this.baskets.add(ctx, {
            ...input,
            list: input.list ? input.list.toLowerCase() : null
        });
        return o.kind === 'ok' ? Object.assign(new _basketstypes.BasketLineAddedType(), {
            ...o.value,
            list: o.value.list.toUpperCase()
        }) : (0, _orderserrors.failureType)(o);
    }
    async updateBasketLine(input, ctx) {
        return done(await this.baskets.update(ctx, input));
    }
    async removeBasketLine(input, ctx) {
        return done(await this.baskets.remove(ctx, input.lineId));
    }
    async moveBasketLine(input, ctx) {
        return done(await this.baskets.move(ctx, input.lineId, input.to.toLowerCase()));
    }
    async clearBasket(input, ctx) {
        return done(await this.baskets.clear(ctx, input.companyId, (input.list ?? _basketstypes.BasketListEnum.BASKET).toLowerCase()));
    }
    async quickOrder(input, ctx) {
        const o = await this.baskets.quickOrder(ctx, input.companyId, input.text);
        return o.kind === 'ok' ? (0, _basketstypes.toReportType)(o.value) : (0, _orderserrors.failureType)(o);
    }
    async reorder(input, ctx) {
        const o = await this.baskets.reorder(ctx, input.orderId);
        return o.kind === 'ok' ? (0, _basketstypes.toReportType)(o.value) : (0, _orderserrors.failureType)(o);
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Query)(()=>_basketstypes.BasketResult, {
        description: 'The basket and saved-for-later list, validated and priced now.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: the customer.'
    })),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "basket", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.AddToBasketResult, {
        description: 'Adds a quantity (a line per product and warehouse; quantities add up).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.AddToBasketInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.AddToBasketInput === "undefined" ? Object : _basketstypes.AddToBasketInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "addToBasket", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.BasketChangeResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.UpdateBasketLineInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.UpdateBasketLineInput === "undefined" ? Object : _basketstypes.UpdateBasketLineInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "updateBasketLine", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.BasketChangeResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.BasketLineRefInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.BasketLineRefInput === "undefined" ? Object : _basketstypes.BasketLineRefInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "removeBasketLine", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.BasketChangeResult, {
        description: 'Moves a line between the basket and the saved-for-later list.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.MoveBasketLineInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.MoveBasketLineInput === "undefined" ? Object : _basketstypes.MoveBasketLineInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "moveBasketLine", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.BasketChangeResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.ClearBasketInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.ClearBasketInput === "undefined" ? Object : _basketstypes.ClearBasketInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "clearBasket", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.QuickOrderResult, {
        description: 'Adds pasted or uploaded SKU;quantity lines (or CSV) to the basket, with a report per line.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.QuickOrderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.QuickOrderInput === "undefined" ? Object : _basketstypes.QuickOrderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "quickOrder", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.place'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_basketstypes.QuickOrderResult, {
        description: 'Puts a past order’s lines back into the basket.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_basketstypes.ReorderInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _basketstypes.ReorderInput === "undefined" ? Object : _basketstypes.ReorderInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], BasketsResolver.prototype, "reorder", null);
BasketsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof BasketsService === "undefined" ? Object : BasketsService
    ])
], BasketsResolver);

//# sourceMappingURL=baskets.resolver.js.map
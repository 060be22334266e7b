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
    get MAX_PRICE_BATCH () {
        return MAX_PRICE_BATCH;
    },
    get MAX_QUANTITY () {
        return MAX_QUANTITY;
    },
    get PricingResolver () {
        return PricingResolver;
    }
});
const _typegraphql = require("type-graphql");
const _actor = require("../../common/actor");
const _errors = require("../../common/errors");
const _policy = require("../../graphql/policy");
const _pricingtypes = require("./pricing.types");
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
const MAX_PRICE_BATCH = 200;
const MAX_QUANTITY = 1_000_000_000;
let PricingResolver = class PricingResolver {
    constructor(pricing){
        this.pricing = pricing;
    }
    async prices(productIds, quantity, companyId, ctx) {
        if (productIds.length > MAX_PRICE_BATCH) throw (0, _errors.badInput)(`Ask for at most ${MAX_PRICE_BATCH} products at once, not ${productIds.length}.`);
        if (!Number.isFinite(quantity) || quantity <= 0 || quantity > MAX_QUANTITY || Math.round(quantity * 1000) / 1000 !== quantity) {
            throw (0, _errors.badInput)(`The quantity must be a positive number up to ${MAX_QUANTITY} with at most 3 decimals.`);
        }
        let company = (0, _actor.ownCompanyId)(ctx.actor);
        if (!company && companyId != null) {
            if (!(0, _actor.canReachCompany)(ctx.actor, companyId)) throw (0, _errors.notFound)('The company');
            company = companyId;
        }
        const prices = await this.pricing.pricesForProductIds(ctx, company, productIds, quantity);
        return prices.map((p)=>({
                productId: p.productId,
                price: (0, _pricingtypes.toCustomerPriceType)(p)
            }));
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'prices.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _pricingtypes.ProductPriceType
        ], {
        description: `Customer prices for up to ${MAX_PRICE_BATCH} products at one quantity. Unknown products are absent. Customers and API keys always get their own company's prices (companyId is ignored); staff may name a company they may act for, or none for the default price list.`
    }),
    _ts_param(0, (0, _typegraphql.Arg)('productIds', ()=>[
            _typegraphql.ID
        ])),
    _ts_param(1, (0, _typegraphql.Arg)('quantity', ()=>_typegraphql.Float, {
        defaultValue: 1,
        description: 'Units (may be fractional for metres, kilograms; up to 3 decimals).'
    })),
    _ts_param(2, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Array,
        Number,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], PricingResolver.prototype, "prices", null);
PricingResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof PricingService === "undefined" ? Object : PricingService
    ])
], PricingResolver);

//# sourceMappingURL=pricing.resolver.js.map
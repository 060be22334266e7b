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
    get CustomerPriceType () {
        return CustomerPriceType;
    },
    get ProductPriceType () {
        return ProductPriceType;
    },
    get toCustomerPriceType () {
        return toCustomerPriceType;
    }
});
const _typegraphql = require("type-graphql");
const _fieldguard = require("../../graphql/field-guard");
const _money = require("../../graphql/money");
const _currency = require("./currency");
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
let CustomerPriceType = class CustomerPriceType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'The quantity the price is for (tiers depend on it).'
    }),
    _ts_metadata("design:type", Number)
], CustomerPriceType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'The customer’s unit price, net.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], CustomerPriceType.prototype, "unitNet", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'The customer’s unit price, gross (net plus VAT, rounded half-up).'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], CustomerPriceType.prototype, "unitGross", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'The price-list unit price, net, before any rule.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], CustomerPriceType.prototype, "listNet", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'VAT rate in percent, decimal text ("23", "5.5").'
    }),
    _ts_metadata("design:type", String)
], CustomerPriceType.prototype, "vatRate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The rule that won: list, individual, discount:product, discount:category, discount:manufacturer, discount:all, tier or promotion.'
    }),
    _ts_metadata("design:type", String)
], CustomerPriceType.prototype, "rule", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ], {
        description: 'The steps that led to the price, for people.'
    }),
    _ts_metadata("design:type", Array)
], CustomerPriceType.prototype, "explanation", void 0);
CustomerPriceType = _ts_decorate([
    (0, _typegraphql.ObjectType)('CustomerPrice', {
        description: 'A customer’s unit price for a product at a quantity, net and gross, with the rule that produced it (needs prices.view).',
        simpleResolvers: true
    })
], CustomerPriceType);
let ProductPriceType = class ProductPriceType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ProductPriceType.prototype, "productId", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>CustomerPriceType),
    _ts_metadata("design:type", typeof CustomerPriceType === "undefined" ? Object : CustomerPriceType)
], ProductPriceType.prototype, "price", void 0);
ProductPriceType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductPrice', {
        description: 'A product’s customer price (needs prices.view).'
    })
], ProductPriceType);
function toCustomerPriceType(p) {
    return {
        quantity: p.quantity,
        unitNet: (0, _money.toMoney)(p.unitNetMinor, p.currency),
        unitGross: (0, _money.toMoney)(p.unitGrossMinor, p.currency),
        listNet: (0, _money.toMoney)(p.listNetMinor, p.currency),
        vatRate: (0, _currency.formatBasisPoints)(p.vatRateBp),
        rule: p.rule,
        explanation: p.explanation
    };
}

//# sourceMappingURL=pricing.types.js.map
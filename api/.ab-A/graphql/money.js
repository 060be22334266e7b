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
    get Money () {
        return Money;
    },
    get toMoney () {
        return toMoney;
    }
});
const _typegraphql = require("type-graphql");
const _currency = require("../modules/pricing/currency");
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
let Money = class Money {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'Decimal text with the currency’s minor digits, e.g. "123.45".'
    }),
    _ts_metadata("design:type", String)
], Money.prototype, "amount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'ISO 4217 code, e.g. "PLN".'
    }),
    _ts_metadata("design:type", String)
], Money.prototype, "currency", void 0);
Money = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'An amount of money: a decimal string (never a float) and its ISO 4217 currency.',
        simpleResolvers: true
    })
], Money);
function toMoney(minor, currency) {
    return {
        amount: (0, _currency.formatMinor)(minor, currency),
        currency
    };
}

//# sourceMappingURL=money.js.map
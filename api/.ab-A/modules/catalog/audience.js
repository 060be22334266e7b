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
    get audienceFor () {
        return audienceFor;
    },
    get audienceOf () {
        return audienceOf;
    }
});
const _actor = require("../../common/actor");
const _errors = require("../../common/errors");
const _i18n = require("./i18n");
async function audienceFor(ctx, companyId, freshness) {
    const aud = audienceOf(ctx, companyId);
    if (aud.stock && freshness) aud.stockStale = (await freshness(ctx.clock.now())).hidden;
    return aud;
}
function audienceOf(ctx, companyId) {
    const own = (0, _actor.ownCompanyId)(ctx.actor);
    let company = own;
    if (companyId) {
        if (own ? companyId !== own : !(0, _actor.canReachCompany)(ctx.actor, companyId)) {
            throw new _errors.KontorError('NOT_FOUND', 'That company was not found among the companies you may act for.');
        }
        company = companyId;
    }
    return {
        companyId: company,
        locale: (0, _i18n.catalogLocale)(ctx.locale),
        prices: (0, _actor.hasPermission)(ctx.actor, 'prices.view'),
        stock: (0, _actor.hasPermission)(ctx.actor, 'stock.view'),
        stockStale: false
    };
}

//# sourceMappingURL=audience.js.map
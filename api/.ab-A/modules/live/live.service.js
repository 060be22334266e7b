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
    get MAX_LIVE_IDS () {
        return MAX_LIVE_IDS;
    },
    get companyChannels () {
        return companyChannels;
    },
    get hearsOrderEvent () {
        return hearsOrderEvent;
    },
    get hearsReservationEvent () {
        return hearsReservationEvent;
    },
    get hearsStockEvent () {
        return hearsStockEvent;
    },
    get orderFilter () {
        return orderFilter;
    },
    get visibleProductChannels () {
        return visibleProductChannels;
    }
});
const _actor = require("../../common/actor");
const _errors = require("../../common/errors");
const _eventbus = require("../../common/event-bus");
const _audience = require("../catalog/audience");
const _productsql = require("../catalog/product-sql");
const _sql = require("../catalog/sql");
const MAX_LIVE_IDS = 200;
function checkIds(name, ids, required) {
    if (ids === null || ids === undefined) {
        if (required) throw (0, _errors.badInput)(`"${name}" must name at least one id.`);
        return null;
    }
    const unique = [
        ...new Set(ids)
    ];
    if (required && unique.length === 0) throw (0, _errors.badInput)(`"${name}" must name at least one id.`);
    if (unique.length > MAX_LIVE_IDS) {
        throw (0, _errors.badInput)(`"${name}" names ${unique.length} ids; one subscription may follow at most ${MAX_LIVE_IDS}. Open more subscriptions for more.`);
    }
    unique.forEach((id, i)=>{
        if (!(0, _sql.isUuid)(id)) throw (0, _errors.badInput)(`"${name}[${i}]" is not a valid id.`);
    });
    return unique;
}
function companyChannels(actor, companyId) {
    if (companyId !== null && companyId !== undefined && !(0, _sql.isUuid)(companyId)) throw (0, _errors.badInput)('"companyId" is not a valid id.');
    const own = (0, _actor.ownCompanyId)(actor);
    if (own) return companyId && companyId !== own ? [] : [
        own
    ];
    if (actor.kind !== 'staff') return [];
    if (companyId) return (0, _actor.canReachCompany)(actor, companyId) ? [
        companyId
    ] : [];
    return actor.assignedCompanyIds === 'all' ? _eventbus.ANY_ID : [
        ...actor.assignedCompanyIds
    ];
}
function orderFilter(orderIds) {
    return checkIds('orderIds', orderIds, false);
}
function hearsOrderEvent(actor, orderIds, e) {
    return (0, _actor.canReachCompany)(actor, e.companyId) && (!orderIds || orderIds.includes(e.orderId));
}
function hearsReservationEvent(actor, e) {
    return (0, _actor.canReachCompany)(actor, e.companyId);
}
function visibleProductChannels(ctx, productIds) {
    // checked before anything is awaited, so bad input is refused when the subscription starts
    const ids = checkIds('productIds', productIds, true);
    const sql = new _sql.Sql().add('select p.id from product p where p.id = any(?::uuid[])', (0, _sql.arr)(ids));
    (0, _productsql.visibleTo)(sql, (0, _audience.audienceOf)(ctx));
    return ctx.em.getConnection().execute(sql.text, sql.params).then((rows)=>rows.map((r)=>r.id));
}
function hearsStockEvent(productIds, e) {
    return productIds.includes(e.productId);
}

//# sourceMappingURL=live.service.js.map
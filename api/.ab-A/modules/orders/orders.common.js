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
    get Rollback () {
        return Rollback;
    },
    get actingCompany () {
        return actingCompany;
    },
    get actorKind () {
        return actorKind;
    },
    get invalid () {
        return invalid;
    },
    get isUuid () {
        return isUuid;
    },
    get notFound () {
        return notFound;
    },
    get ok () {
        return ok;
    },
    get pooled () {
        return pooled;
    },
    get toMilli () {
        return toMilli;
    },
    get validQuantity () {
        return validQuantity;
    }
});
const _pg = require("../erp-sync/pg");
const _actor = require("../../common/actor");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s)=>typeof s === 'string' && UUID.test(s);
function actorKind(actor) {
    switch(actor.kind){
        case 'customer':
            return 'customer';
        case 'apiKey':
            return 'apiKey';
        case 'staff':
            return actor.role === 'sales_rep' ? 'rep' : 'staff';
        default:
            return 'system';
    }
}
function actingCompany(actor, companyId) {
    const own = (0, _actor.ownCompanyId)(actor);
    if (own) return !companyId || companyId === own ? own : null;
    if (actor.kind !== 'staff' || !companyId || !isUuid(companyId)) return null;
    if (!(0, _actor.hasPermission)(actor, 'staff.orders.onBehalf') && actor.assignedCompanyIds !== 'all') return null;
    return (0, _actor.canReachCompany)(actor, companyId) ? companyId : null;
}
const toMilli = (q)=>Math.round(q * 1000);
const validQuantity = (q)=>typeof q === 'number' && Number.isFinite(q) && q > 0 && q <= 1e9 && Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6;
const ok = (value)=>({
        kind: 'ok',
        value
    });
const notFound = (what)=>({
        kind: 'notFound',
        what
    });
const invalid = (message)=>({
        kind: 'invalid',
        message
    });
let Rollback = class Rollback extends Error {
    constructor(failure){
        super('rollback'), this.failure = failure;
    }
};
function pooled(em) {
    return {
        query: (text, values)=>(0, _pg.withPgClient)(em, (c)=>c.query(text, values))
    };
}

//# sourceMappingURL=orders.common.js.map
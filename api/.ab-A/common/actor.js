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
    get actorUserId () {
        return actorUserId;
    },
    get anonymous () {
        return anonymous;
    },
    get canReachCompany () {
        return canReachCompany;
    },
    get hasPermission () {
        return hasPermission;
    },
    get ownCompanyId () {
        return ownCompanyId;
    }
});
const anonymous = {
    kind: 'anonymous',
    permissions: new Set()
};
function hasPermission(actor, permission) {
    return actor.permissions.has(permission);
}
function ownCompanyId(actor) {
    return actor.kind === 'customer' || actor.kind === 'apiKey' ? actor.companyId : null;
}
function canReachCompany(actor, companyId) {
    switch(actor.kind){
        case 'customer':
        case 'apiKey':
            return actor.companyId === companyId;
        case 'staff':
            return actor.assignedCompanyIds === 'all' || actor.assignedCompanyIds.has(companyId);
        default:
            return false;
    }
}
function actorUserId(actor) {
    return actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
}

//# sourceMappingURL=actor.js.map
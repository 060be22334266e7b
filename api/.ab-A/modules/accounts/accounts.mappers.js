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
    get toAccessLevel () {
        return toAccessLevel;
    },
    get toApiKey () {
        return toApiKey;
    },
    get toAuditEntry () {
        return toAuditEntry;
    },
    get toCompany () {
        return toCompany;
    },
    get toUser () {
        return toUser;
    }
});
const _accountstypes = require("./accounts.types");
const toAccessLevel = (l)=>Object.assign(new _accountstypes.AccessLevelType(), {
        id: l.id,
        code: l.code,
        name: l.name,
        permissions: l.permissions,
        builtIn: l.builtIn
    });
const toCompany = (c)=>Object.assign(new _accountstypes.CompanyType(), {
        id: c.id,
        erpId: c.erpId,
        name: c.name,
        taxId: c.taxId,
        timeZone: c.timeZone,
        blocked: c.blocked,
        blockedReason: c.blockedReason
    });
const toUser = (u)=>Object.assign(new _accountstypes.UserType(), {
        id: u.id,
        email: u.email,
        name: u.name,
        locale: u.locale,
        companyId: u.company?.id ?? null,
        accessLevel: u.accessLevel && u.accessLevel.code !== undefined ? toAccessLevel(u.accessLevel) : null,
        companyAdmin: u.companyAdmin,
        staffRole: u.staffRole,
        blocked: u.blocked,
        accessWindows: u.accessWindows,
        createdAt: u.createdAt
    });
const toApiKey = (k)=>Object.assign(new _accountstypes.ApiKeyType(), {
        id: k.id,
        name: k.name,
        prefix: k.prefix,
        scopes: k.scopes,
        createdAt: k.createdAt,
        lastUsedAt: k.lastUsedAt,
        revokedAt: k.revokedAt
    });
const toAuditEntry = (e)=>Object.assign(new _accountstypes.AuditEntryType(), e);

//# sourceMappingURL=accounts.mappers.js.map
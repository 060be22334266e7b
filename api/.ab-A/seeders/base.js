"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ensureBaseData", {
    enumerable: true,
    get: function() {
        return ensureBaseData;
    }
});
const _accesslevelentity = require("../modules/accounts/access-level.entity");
const _permissions = require("../modules/accounts/permissions");
async function ensureBaseData(em) {
    const existing = new Set((await em.find(_accesslevelentity.AccessLevel, {
        code: {
            $in: _permissions.DEFAULT_ACCESS_LEVELS.map((l)=>l.code)
        }
    })).map((l)=>l.code));
    for (const level of _permissions.DEFAULT_ACCESS_LEVELS){
        if (!existing.has(level.code)) em.create(_accesslevelentity.AccessLevel, {
            code: level.code,
            name: level.name,
            permissions: [
                ...level.permissions
            ],
            builtIn: true
        });
    }
    await em.flush();
}

//# sourceMappingURL=base.js.map
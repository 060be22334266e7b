"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "TenantFiltered", {
    enumerable: true,
    get: function() {
        return TenantFiltered;
    }
});
const _core = require("@mikro-orm/core");
const TenantFiltered = (property = 'company')=>(0, _core.Filter)({
        name: 'tenant',
        default: true,
        cond: (args = {})=>args.companyId ? {
                [property]: args.companyId
            } : {}
    });

//# sourceMappingURL=tenant-filter.js.map
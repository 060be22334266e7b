"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AuditService", {
    enumerable: true,
    get: function() {
        return AuditService;
    }
});
const _auditentryentity = require("./audit-entry.entity");
let AuditService = class AuditService {
    record(ctx, input) {
        const a = ctx.actor;
        const entry = ctx.em.create(_auditentryentity.AuditEntry, {
            at: ctx.clock.now(),
            action: input.action,
            actorUserId: input.actorUserId !== undefined ? input.actorUserId : a.kind === 'customer' || a.kind === 'staff' ? a.userId : null,
            actorApiKeyId: a.kind === 'apiKey' ? a.keyId : null,
            companyId: input.companyId ?? (a.kind === 'customer' || a.kind === 'apiKey' ? a.companyId : null),
            targetType: input.targetType ?? null,
            targetId: input.targetId ?? null,
            ip: ctx.ip,
            details: input.details ?? null
        });
        ctx.em.persist(entry);
        return entry;
    }
};

//# sourceMappingURL=audit.service.js.map
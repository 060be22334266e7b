import type { Ctx } from '../../common/context';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

export interface AuditInput {
  action: AuditAction;
  companyId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  /** Who did it, when the actor on ctx is not the one (e.g. a login before the user is known). */
  actorUserId?: string | null;
}

/** Appends to the audit log within the caller's unit of work; the caller flushes. */
export class AuditService {
  record(ctx: Ctx, input: AuditInput): AuditEntry {
    const a = ctx.actor;
    const entry = ctx.em.create(AuditEntry, {
      at: ctx.clock.now(),
      action: input.action,
      actorUserId: input.actorUserId !== undefined ? input.actorUserId : a.kind === 'customer' || a.kind === 'staff' ? a.userId : null,
      actorApiKeyId: a.kind === 'apiKey' ? a.keyId : null,
      companyId: input.companyId ?? (a.kind === 'customer' || a.kind === 'apiKey' ? a.companyId : null),
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      ip: ctx.ip,
      details: input.details ?? null,
    });
    ctx.em.persist(entry);
    return entry;
  }
}

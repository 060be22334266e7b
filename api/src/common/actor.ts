import type { Permission, StaffRole } from '../modules/accounts/permissions';

/** Who is asking. Resolved once per request or WebSocket connection, re-checked when it matters. */
export type Actor = AnonymousActor | CustomerUserActor | StaffActor | ApiKeyActor;

export interface AnonymousActor {
  kind: 'anonymous';
  permissions: ReadonlySet<Permission>;
}
export interface CustomerUserActor {
  kind: 'customer';
  userId: string;
  companyId: string;
  sessionId: string;
  permissions: ReadonlySet<Permission>;
}
export interface StaffActor {
  kind: 'staff';
  userId: string;
  role: StaffRole;
  sessionId: string;
  /** For a sales rep: the companies assigned to them. An admin reaches every company. */
  assignedCompanyIds: ReadonlySet<string> | 'all';
  permissions: ReadonlySet<Permission>;
}
export interface ApiKeyActor {
  kind: 'apiKey';
  keyId: string;
  companyId: string;
  permissions: ReadonlySet<Permission>;
}

export const anonymous: AnonymousActor = { kind: 'anonymous', permissions: new Set() };

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** The company whose data a customer-side actor is confined to; null for staff and anonymous. */
export function ownCompanyId(actor: Actor): string | null {
  return actor.kind === 'customer' || actor.kind === 'apiKey' ? actor.companyId : null;
}

/** Whether the actor may see data belonging to the given company. */
export function canReachCompany(actor: Actor, companyId: string): boolean {
  switch (actor.kind) {
    case 'customer':
    case 'apiKey':
      return actor.companyId === companyId;
    case 'staff':
      return actor.assignedCompanyIds === 'all' || actor.assignedCompanyIds.has(companyId);
    default:
      return false;
  }
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
}

import type { AccessLevel } from './access-level.entity';
import type { ApiKey } from './api-key.entity';
import type { AuditEntry } from './audit-entry.entity';
import type { Company } from './company.entity';
import { AccessLevelType, ApiKeyType, AuditEntryType, CompanyType, UserType } from './accounts.types';
import type { User } from './user.entity';

/** Entities to GraphQL objects: only the fields the schema publishes, never a password hash. */
export const toAccessLevel = (l: AccessLevel): AccessLevelType =>
  Object.assign(new AccessLevelType(), { id: l.id, code: l.code, name: l.name, permissions: l.permissions, builtIn: l.builtIn });

export const toCompany = (c: Company): CompanyType =>
  Object.assign(new CompanyType(), {
    id: c.id,
    erpId: c.erpId,
    name: c.name,
    taxId: c.taxId,
    timeZone: c.timeZone,
    blocked: c.blocked,
    blockedReason: c.blockedReason,
  });

export const toUser = (u: User): UserType =>
  Object.assign(new UserType(), {
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
    createdAt: u.createdAt,
  });

export const toApiKey = (k: ApiKey): ApiKeyType =>
  Object.assign(new ApiKeyType(), {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
  });

export const toAuditEntry = (e: AuditEntry): AuditEntryType => Object.assign(new AuditEntryType(), e);

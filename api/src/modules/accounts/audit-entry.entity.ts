import { randomUUID } from 'node:crypto';
import { OptionalProps, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type AuditAction =
  | 'login.succeeded'
  | 'login.failed'
  | 'login.rateLimited'
  | 'logout'
  | 'refresh.reused'
  | 'password.changed'
  | 'password.resetRequested'
  | 'password.reset'
  | 'company.blocked'
  | 'company.unblocked'
  | 'user.blocked'
  | 'user.unblocked'
  | 'user.created'
  | 'user.accessLevelChanged'
  | 'user.accessWindowsChanged'
  | 'accessLevel.created'
  | 'accessLevel.updated'
  | 'apiKey.created'
  | 'apiKey.revoked'
  | 'rep.assignmentsChanged';

/** Append-only record of security-relevant events, readable by staff admins. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at', 'id'] })
export class AuditEntry {
  [OptionalProps]?: 'at' | 'actorUserId' | 'actorApiKeyId' | 'companyId' | 'targetType' | 'targetId' | 'ip' | 'details';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  @Index()
  action!: AuditAction;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  companyId: string | null = null;

  @Property({ type: 'text', nullable: true })
  targetType: string | null = null;

  @Property({ type: 'text', nullable: true })
  targetId: string | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;
}

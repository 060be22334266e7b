import { canReachCompany, hasPermission } from '../../common/actor';
import type { Ctx } from '../../common/context';
import type { EventBus } from '../../common/event-bus';
import { ApiKey } from './api-key.entity';
import type { AuditService } from './audit.service';
import { Company } from './company.entity';
import { isCustomerPermission } from './permissions';
import { randomSecret, sha256 } from './tokens';
import { ACCESS_REVOKED, type Outcome } from './accounts.service';
import { User } from './user.entity';
import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const prefixOf = () => Array.from(randomBytes(12), (b) => ALNUM[b % ALNUM.length]).join('');

/** API keys for third-party systems: shown once, stored hashed, scoped, bound to a company. */
export class ApiKeysService {
  constructor(
    private readonly audit: AuditService,
    private readonly bus: EventBus,
  ) {}

  /** Company admins manage their own company's keys; staff admins any company's. */
  private manages(ctx: Ctx, companyId: string): boolean {
    const a = ctx.actor;
    if (a.kind === 'staff') return hasPermission(a, 'staff.accounts.manage') && canReachCompany(a, companyId);
    if (a.kind === 'customer') return hasPermission(a, 'apikeys.manage') && a.companyId === companyId;
    return false;
  }

  async list(ctx: Ctx, companyId: string): Promise<ApiKey[]> {
    if (!this.manages(ctx, companyId)) return [];
    return ctx.em.find(ApiKey, { company: companyId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
  }

  /** Returns the key once, in clear; only its hash is kept. Scopes may not exceed the creator's own rights. */
  async create(ctx: Ctx, input: { companyId: string; name: string; scopes: string[] }): Promise<Outcome<{ key: ApiKey; secret: string }>> {
    if (!this.manages(ctx, input.companyId)) return { kind: 'notFound', what: 'Company' };
    const bad = input.scopes.filter((s) => !isCustomerPermission(s));
    if (bad.length) return { kind: 'invalid', message: `Unknown or non-customer scopes: ${bad.join(', ')}.` };
    const a = ctx.actor;
    if (a.kind === 'customer') {
      const beyond = input.scopes.filter((s) => !a.permissions.has(s as never) || s === 'apikeys.manage' || s === 'users.manage');
      if (beyond.length)
        return { kind: 'invalid', message: `A key may not have rights its creator lacks or administrative ones: ${beyond.join(', ')}.` };
    } else if (input.scopes.some((s) => s === 'apikeys.manage' || s === 'users.manage')) {
      return { kind: 'invalid', message: 'A key may not manage users or keys.' };
    }
    if (!input.name.trim()) return { kind: 'invalid', message: 'Give the key a name.' };
    const company = ctx.em.getReference(Company, input.companyId);
    const prefix = prefixOf();
    const secretPart = randomSecret();
    const key = ctx.em.create(ApiKey, {
      company,
      createdBy: a.kind === 'staff' || a.kind === 'customer' ? ctx.em.getReference(User, a.userId) : null,
      name: input.name.trim(),
      prefix,
      secretHash: sha256(secretPart),
      scopes: [...new Set(input.scopes)].sort(),
      createdAt: ctx.clock.now(),
    });
    this.audit.record(ctx, {
      action: 'apiKey.created',
      companyId: input.companyId,
      targetType: 'apiKey',
      targetId: key.id,
      details: { name: key.name, scopes: key.scopes },
    });
    await ctx.em.flush();
    return { kind: 'ok', value: { key, secret: `kontor_${prefix}_${secretPart}` } };
  }

  async revoke(ctx: Ctx, input: { id: string }): Promise<Outcome<ApiKey>> {
    const key = await ctx.em.findOne(ApiKey, { id: input.id });
    if (!key || !this.manages(ctx, key.company.id)) return { kind: 'notFound', what: 'API key' };
    if (!key.revokedAt) {
      key.revokedAt = ctx.clock.now();
      this.audit.record(ctx, { action: 'apiKey.revoked', companyId: key.company.id, targetType: 'apiKey', targetId: key.id });
      await ctx.em.flush();
      await this.bus.emit(ACCESS_REVOKED, undefined, { apiKeyIds: [key.id], reason: 'API key revoked' });
    }
    return { kind: 'ok', value: key };
  }
}

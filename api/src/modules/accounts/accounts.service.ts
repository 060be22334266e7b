import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { canReachCompany, hasPermission, type Actor } from '../../common/actor';
import type { Ctx } from '../../common/context';
import type { EventBus } from '../../common/event-bus';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../common/pagination';
import { AccessLevel } from './access-level.entity';
import { validateAccessWindows, type AccessWindow } from './access-window';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import type { AuditService } from './audit.service';
import { Company } from './company.entity';
import { hashPassword, passwordProblem } from './passwords';
import { isCustomerPermission } from './permissions';
import { Session } from './session.entity';
import { User } from './user.entity';

export type Outcome<T> = { kind: 'ok'; value: T } | { kind: 'notFound'; what: string } | { kind: 'invalid'; message: string };

/** Published after commit whenever access must end at once: the API closes matching WebSocket connections. */
export interface AccessRevokedEvent {
  userIds?: string[];
  companyId?: string;
  sessionIds?: string[];
  apiKeyIds?: string[];
  /** Every customer-side principal (an access level's permissions changed). */
  all?: boolean;
  reason: string;
}
export const ACCESS_REVOKED = 'access.revoked';
/** Published after commit when access widened or changed shape (unblocked, new hours): caches refresh, connections stay. */
export const ACCESS_CHANGED = 'access.changed';

const ok = <T>(value: T): Outcome<T> => ({ kind: 'ok', value });
const notFound = <T>(what: string): Outcome<T> => ({ kind: 'notFound', what });
const invalid = <T>(message: string): Outcome<T> => ({ kind: 'invalid', message });

/** Companies, users, access levels, rep assignments, blocking and the audit log. */
export class AccountsService {
  constructor(
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly maxPageSize: number,
  ) {}

  async me(ctx: Ctx): Promise<User | null> {
    const a = ctx.actor;
    if (a.kind !== 'customer' && a.kind !== 'staff') return null;
    return ctx.em.findOne(User, { id: a.userId }, { populate: ['company', 'accessLevel'] });
  }

  /** A company the actor may reach, or null. */
  async company(ctx: Ctx, id: string): Promise<Company | null> {
    if (!canReachCompany(ctx.actor, id)) return null;
    return ctx.em.findOne(Company, { id });
  }

  async companies(ctx: Ctx, args: PageArgs & { search?: string | null }): Promise<Page<Company>> {
    const n = pageSize(args, this.maxPageSize);
    const where: Record<string, unknown> = {};
    const a = ctx.actor;
    if (a.kind === 'staff' && a.assignedCompanyIds !== 'all') where.id = { $in: [...a.assignedCompanyIds] };
    else if (a.kind === 'customer' || a.kind === 'apiKey') where.id = a.companyId;
    if (args.search) where.name = { $ilike: `%${args.search.replace(/[%_\\]/g, '\\$&')}%` };
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      where.$or = [{ name: { $gt: name } }, { name, id: { $gt: id } }];
    }
    const rows = await ctx.em.find(Company, where, { orderBy: { name: 'asc', id: 'asc' }, limit: n + 1 });
    return toPage(rows, n, (c) => [c.name, c.id]);
  }

  /** Users of a company (company admins: their own; staff: reachable companies). */
  async users(ctx: Ctx, companyId: string, args: PageArgs): Promise<Page<User>> {
    const n = pageSize(args, this.maxPageSize);
    if (!canReachCompany(ctx.actor, companyId)) return toPage([], n, () => []);
    const where: Record<string, unknown> = { company: companyId };
    if (args.after) {
      const [email, id] = decodeCursor(args.after, 2);
      where.$or = [{ email: { $gt: email } }, { email, id: { $gt: id } }];
    }
    const rows = await ctx.em.find(User, where, { orderBy: { email: 'asc', id: 'asc' }, limit: n + 1, populate: ['accessLevel'] });
    return toPage(rows, n, (u) => [u.email, u.id]);
  }

  async accessLevels(ctx: Ctx): Promise<AccessLevel[]> {
    return ctx.em.find(AccessLevel, {}, { orderBy: { builtIn: 'desc', name: 'asc' } });
  }

  async createUser(
    ctx: Ctx,
    input: {
      companyId: string;
      email: string;
      name: string;
      password: string;
      accessLevelId: string;
      locale?: string | null;
      companyAdmin?: boolean | null;
    },
  ): Promise<Outcome<User>> {
    const company = await this.reachableCompanyForAdmin(ctx, input.companyId);
    if (!company) return notFound('Company');
    const level = await ctx.em.findOne(AccessLevel, { id: input.accessLevelId });
    if (!level) return notFound('Access level');
    const problem = passwordProblem(input.password);
    if (problem) return invalid(problem);
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid(`"${input.email}" is not an e-mail address.`);
    const user = ctx.em.create(User, {
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      company,
      accessLevel: level,
      locale: input.locale ?? 'pl',
      companyAdmin: input.companyAdmin ?? false,
    });
    this.audit.record(ctx, {
      action: 'user.created',
      companyId: company.id,
      targetType: 'user',
      targetId: user.id,
      details: { email, level: level.code },
    });
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) return invalid(`A user with the e-mail ${email} exists already.`);
      throw err;
    }
    return ok(user);
  }

  async setCompanyBlocked(ctx: Ctx, input: { companyId: string; blocked: boolean; reason?: string | null }): Promise<Outcome<Company>> {
    const company = await ctx.em.findOne(Company, { id: input.companyId });
    if (!company) return notFound('Company');
    company.blocked = input.blocked;
    company.blockedReason = input.blocked ? (input.reason ?? null) : null;
    this.audit.record(ctx, {
      action: input.blocked ? 'company.blocked' : 'company.unblocked',
      companyId: company.id,
      targetType: 'company',
      targetId: company.id,
      details: { reason: input.reason ?? null },
    });
    await ctx.em.flush();
    if (input.blocked) await this.revoked({ companyId: company.id, reason: 'company blocked' });
    else await this.changed({ companyId: company.id, reason: 'company unblocked' });
    return ok(company);
  }

  async setUserBlocked(ctx: Ctx, input: { userId: string; blocked: boolean }): Promise<Outcome<User>> {
    const user = await this.reachableUserForAdmin(ctx, input.userId);
    if (!user) return notFound('User');
    if (ctx.actor.kind !== 'anonymous' && 'userId' in ctx.actor && ctx.actor.userId === user.id)
      return invalid('You cannot block yourself.');
    user.blocked = input.blocked;
    this.audit.record(ctx, {
      action: input.blocked ? 'user.blocked' : 'user.unblocked',
      companyId: user.company?.id ?? null,
      targetType: 'user',
      targetId: user.id,
    });
    await ctx.em.flush();
    if (input.blocked) await this.revoked({ userIds: [user.id], reason: 'user blocked' });
    else await this.changed({ userIds: [user.id], reason: 'user unblocked' });
    return ok(user);
  }

  async setUserAccessLevel(ctx: Ctx, input: { userId: string; accessLevelId: string }): Promise<Outcome<User>> {
    const user = await this.reachableUserForAdmin(ctx, input.userId);
    if (!user || user.staffRole) return notFound('User');
    const level = await ctx.em.findOne(AccessLevel, { id: input.accessLevelId });
    if (!level) return notFound('Access level');
    const from = user.accessLevel?.code ?? null;
    user.accessLevel = level;
    this.audit.record(ctx, {
      action: 'user.accessLevelChanged',
      companyId: user.company?.id ?? null,
      targetType: 'user',
      targetId: user.id,
      details: { from, to: level.code },
    });
    await ctx.em.flush();
    await this.revoked({ userIds: [user.id], reason: 'permissions changed' });
    return ok(user);
  }

  async setUserAccessWindows(ctx: Ctx, input: { userId: string; windows: AccessWindow[] }): Promise<Outcome<User>> {
    const user = await this.reachableUserForAdmin(ctx, input.userId);
    if (!user) return notFound('User');
    const problems = validateAccessWindows(input.windows);
    if (problems.length) return invalid(problems.join('; '));
    user.accessWindows = input.windows.length ? input.windows : null;
    this.audit.record(ctx, {
      action: 'user.accessWindowsChanged',
      companyId: user.company?.id ?? null,
      targetType: 'user',
      targetId: user.id,
      details: { windows: input.windows },
    });
    await ctx.em.flush();
    await this.changed({ userIds: [user.id], reason: 'access hours changed' });
    return ok(user);
  }

  async upsertAccessLevel(
    ctx: Ctx,
    input: { id?: string | null; code: string; name: string; permissions: string[] },
  ): Promise<Outcome<AccessLevel>> {
    const unknown = input.permissions.filter((p) => !isCustomerPermission(p));
    if (unknown.length) return invalid(`Not customer permissions: ${unknown.join(', ')}.`);
    if (!/^[a-z][a-z0-9_]{1,40}$/.test(input.code))
      return invalid('The code must be 2–41 lower-case letters, digits or underscores, starting with a letter.');
    let level: AccessLevel | null;
    if (input.id) {
      level = await ctx.em.findOne(AccessLevel, { id: input.id });
      if (!level) return notFound('Access level');
      if (level.builtIn && level.code !== input.code) return invalid('The code of a built-in level cannot change.');
    } else {
      level = ctx.em.create(AccessLevel, { code: input.code, name: input.name, permissions: [] });
    }
    const before = [...level.permissions];
    level.code = input.code;
    level.name = input.name;
    level.permissions = [...new Set(input.permissions)].sort();
    const action: AuditAction = input.id ? 'accessLevel.updated' : 'accessLevel.created';
    this.audit.record(ctx, {
      action,
      targetType: 'accessLevel',
      targetId: level.id,
      details: { code: level.code, before, after: level.permissions },
    });
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) return invalid(`An access level with the code ${input.code} exists already.`);
      throw err;
    }
    if (input.id) await this.revoked({ all: true, reason: 'access level changed' });
    return ok(level);
  }

  async assignRepCustomers(ctx: Ctx, input: { repId: string; companyIds: string[] }): Promise<Outcome<User>> {
    const rep = await ctx.em.findOne(User, { id: input.repId, staffRole: 'sales_rep' }, { populate: ['assignedCompanies'] });
    if (!rep) return notFound('Sales rep');
    const companies = await ctx.em.find(Company, { id: { $in: input.companyIds } });
    if (companies.length !== new Set(input.companyIds).size) return notFound('Company');
    rep.assignedCompanies.set(companies);
    this.audit.record(ctx, {
      action: 'rep.assignmentsChanged',
      targetType: 'user',
      targetId: rep.id,
      details: { companyIds: input.companyIds },
    });
    await ctx.em.flush();
    return ok(rep);
  }

  async auditLog(ctx: Ctx, args: PageArgs & { companyId?: string | null; action?: string | null }): Promise<Page<AuditEntry>> {
    const n = pageSize(args, this.maxPageSize);
    const where: Record<string, unknown> = {};
    if (args.companyId) where.companyId = args.companyId;
    if (args.action) where.action = args.action;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      const date = new Date(at);
      where.$or = [{ at: { $lt: date } }, { at: date, id: { $lt: id } }];
    }
    const rows = await ctx.em.find(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' }, limit: n + 1 });
    return toPage(rows, n, (e) => [e.at.toISOString(), e.id]);
  }

  /** Sessions a user has open, newest first. */
  async sessions(em: EntityManager, userId: string): Promise<Session[]> {
    return em.find(Session, { user: userId, revokedAt: null }, { orderBy: { lastUsedAt: 'desc' }, limit: 50 });
  }

  /** A company the actor administers: staff with account rights over reachable companies, company admins over their own. */
  private async reachableCompanyForAdmin(ctx: Ctx, companyId: string): Promise<Company | null> {
    if (!this.administers(ctx.actor, companyId)) return null;
    return ctx.em.findOne(Company, { id: companyId });
  }

  private async reachableUserForAdmin(ctx: Ctx, userId: string): Promise<User | null> {
    const user = await ctx.em.findOne(User, { id: userId }, { populate: ['company', 'accessLevel'] });
    if (!user) return null;
    if (user.staffRole) return hasPermission(ctx.actor, 'staff.accounts.manage') ? user : null;
    return user.company && this.administers(ctx.actor, user.company.id) ? user : null;
  }

  private administers(actor: Actor, companyId: string): boolean {
    if (!canReachCompany(actor, companyId)) return false;
    if (actor.kind === 'staff') return hasPermission(actor, 'staff.accounts.manage');
    return hasPermission(actor, 'users.manage');
  }

  private async revoked(event: AccessRevokedEvent): Promise<void> {
    await this.bus.emit(ACCESS_REVOKED, undefined, event);
  }

  private async changed(event: AccessRevokedEvent): Promise<void> {
    await this.bus.emit(ACCESS_CHANGED, undefined, event);
  }
}

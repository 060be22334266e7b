import type { EntityManager } from '@mikro-orm/postgresql';
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../../common/actor';
import { KontorError, unauthenticated } from '../../common/errors';
import { isWithinAccessWindows, type AccessWindow } from './access-window';
import { STAFF_ROLE_PERMISSIONS, isPermission, type Permission, type StaffRole } from './permissions';
import { sha256, type TokenSigner } from './tokens';

export const COMPANY_ADMIN_PERMISSIONS: Permission[] = ['users.manage', 'apikeys.manage'];
export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

interface PrincipalRow {
  user_id: string;
  company_id: string | null;
  staff_role: StaffRole | null;
  user_blocked: boolean;
  company_admin: boolean;
  access_windows: AccessWindow[] | null;
  password_changed_at: string | null;
  company_blocked: boolean | null;
  time_zone: string | null;
  permissions: string[] | null;
  revoked_at: string | null;
  session_created_at: string;
  assigned: string[] | null;
}

const PRINCIPAL_SQL = `
select u.id as user_id, u.company_id, u.staff_role, u.blocked as user_blocked, u.company_admin, u.access_windows,
       u.password_changed_at, c.blocked as company_blocked, c.time_zone, al.permissions,
       s.revoked_at, s.created_at as session_created_at,
       case when u.staff_role = 'sales_rep'
            then (select coalesce(array_agg(ra.company_id), '{}') from rep_assignment ra where ra.rep_id = u.id) end as assigned
  from auth_session s
  join app_user u on u.id = s.user_id
  left join company c on c.id = u.company_id
  left join access_level al on al.id = u.access_level_id
 where s.id = ? and s.user_id = ?`;

/** A user's effective permissions: their access level (plus company-admin rights), or their staff role's. */
export function permissionsOf(p: {
  staffRole: StaffRole | null;
  levelPermissions: string[] | null;
  companyAdmin: boolean;
}): Set<Permission> {
  if (p.staffRole) return new Set(STAFF_ROLE_PERMISSIONS[p.staffRole]);
  const set = new Set<Permission>((p.levelPermissions ?? []).filter(isPermission));
  if (p.companyAdmin) COMPANY_ADMIN_PERMISSIONS.forEach((x) => set.add(x));
  return set;
}

export const blockedError = () => new KontorError('ACCOUNT_BLOCKED', 'This account is blocked. Contact your account manager.');
export const outsideWindowError = () =>
  new KontorError('OUTSIDE_ACCESS_WINDOW', 'This account may not be used at this time (outside its access hours).');

interface ApiKeyRow {
  id: string;
  company_id: string;
  secret_hash: string;
  scopes: string[];
  revoked_at: string | null;
  last_used_at: string | null;
  blocked: boolean;
}

const API_KEY_SQL =
  'select k.id, k.company_id, k.secret_hash, k.scopes, k.revoked_at, k.last_used_at, c.blocked from api_key k join company c on c.id = k.company_id where k.prefix = ?';

/** What drops cached principals: the accounts ACCESS_REVOKED event (see accounts.service.ts). */
export interface Revocation {
  userIds?: string[];
  companyId?: string;
  sessionIds?: string[];
  apiKeyIds?: string[];
  all?: boolean;
}

/**
 * Turns credentials on a request into an Actor, checking on every call what must bite at once:
 * blocked user or company, revoked session, changed password, access-time window, revoked API key.
 *
 * The rows behind a session or key may be cached in-process for a few seconds (`cacheMs`, 0 = off) to spare
 * a query per request. Every change that must bite at once publishes an ACCESS_REVOKED event, which drops
 * the affected entries on every instance (on the publishing one before the change is answered); the time
 * limit only bounds staleness should such an event be lost. Access windows and expiry are checked per request.
 */
export class AuthenticationService {
  private readonly principals = new Map<string, { row: PrincipalRow; at: number }>();
  private readonly keys = new Map<string, { row: ApiKeyRow; at: number }>();
  private static readonly MAX_ENTRIES = 50_000;
  private readonly customerGuards: Array<(now: Date) => void | Promise<void>> = [];

  constructor(
    private readonly signer: TokenSigner,
    private readonly cacheMs = 0,
  ) {}

  /**
   * A check every customer-side request must pass (users of a company and API keys), e.g. that the ERP's
   * blocking data is fresh. It throws a KontorError to refuse.
   */
  addCustomerGuard(guard: (now: Date) => void | Promise<void>): void {
    this.customerGuards.push(guard);
  }

  private async guardCustomer(now: Date): Promise<void> {
    for (const guard of this.customerGuards) await guard(now);
  }

  /** Drops cached rows an access change concerns. */
  invalidate(e: Revocation): void {
    if (e.all) {
      this.principals.clear();
      this.keys.clear();
      return;
    }
    for (const [sid, { row }] of this.principals) {
      if (
        e.sessionIds?.includes(sid) ||
        e.userIds?.includes(row.user_id) ||
        (e.companyId !== undefined && row.company_id === e.companyId)
      ) {
        this.principals.delete(sid);
      }
    }
    for (const [prefix, { row }] of this.keys) {
      if (e.apiKeyIds?.includes(row.id) || (e.companyId !== undefined && row.company_id === e.companyId)) this.keys.delete(prefix);
    }
  }

  private cached<R>(map: Map<string, { row: R; at: number }>, key: string): R | undefined {
    if (!this.cacheMs) return undefined;
    const hit = map.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at > this.cacheMs) {
      map.delete(key);
      return undefined;
    }
    return hit.row;
  }

  private remember<R>(map: Map<string, { row: R; at: number }>, key: string, row: R): void {
    if (!this.cacheMs) return;
    if (map.size >= AuthenticationService.MAX_ENTRIES) map.clear();
    map.set(key, { row, at: Date.now() });
  }

  async actorForAccessToken(em: EntityManager, token: string, now: Date): Promise<Actor> {
    const claims = this.signer.verify(token, Math.floor(now.getTime() / 1000));
    if (!claims) throw unauthenticated('The access token is invalid or has expired. Refresh it or sign in again.');
    let row = this.cached(this.principals, claims.sid);
    if (!row || row.user_id !== claims.sub) {
      const rows: PrincipalRow[] = await em.getConnection().execute(PRINCIPAL_SQL, [claims.sid, claims.sub]);
      row = rows[0];
      if (row) this.remember(this.principals, claims.sid, row);
    }
    if (!row || row.revoked_at) throw unauthenticated('This session has ended. Sign in again.');
    // raw rows carry timestamps as text
    if (row.password_changed_at && new Date(row.password_changed_at) > new Date(row.session_created_at)) {
      throw unauthenticated('The password was changed. Sign in again.');
    }
    if (row.user_blocked || row.company_blocked) throw blockedError();
    if (!isWithinAccessWindows(row.access_windows, row.time_zone ?? DEFAULT_TIME_ZONE, now)) throw outsideWindowError();
    const permissions = permissionsOf({ staffRole: row.staff_role, levelPermissions: row.permissions, companyAdmin: row.company_admin });
    if (row.staff_role) {
      return {
        kind: 'staff',
        userId: row.user_id,
        role: row.staff_role,
        sessionId: claims.sid,
        assignedCompanyIds: row.staff_role === 'admin' ? 'all' : new Set(row.assigned ?? []),
        permissions,
      };
    }
    if (!row.company_id) throw unauthenticated('This account belongs to no company.');
    await this.guardCustomer(now);
    return { kind: 'customer', userId: row.user_id, companyId: row.company_id, sessionId: claims.sid, permissions };
  }

  async actorForApiKey(em: EntityManager, key: string, now: Date): Promise<Actor> {
    const m = /^kontor_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,})$/.exec(key);
    if (!m) throw unauthenticated('The API key is malformed.');
    let row = this.cached(this.keys, m[1]);
    if (!row) {
      const rows: ApiKeyRow[] = await em.getConnection().execute(API_KEY_SQL, [m[1]]);
      row = rows[0];
      if (row) this.remember(this.keys, m[1], row);
    }
    const given = Buffer.from(sha256(m[2]));
    if (!row || !timingSafeEqual(Buffer.from(row.secret_hash), given) || row.revoked_at) {
      throw unauthenticated('The API key is unknown or revoked.');
    }
    if (row.blocked) throw blockedError();
    await this.guardCustomer(now);
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      row.last_used_at = now.toISOString();
      void em
        .getConnection()
        .execute('update api_key set last_used_at = ? where id = ?', [now, row.id])
        .catch(() => undefined);
    }
    return { kind: 'apiKey', keyId: row.id, companyId: row.company_id, permissions: new Set(row.scopes.filter(isPermission)) };
  }
}

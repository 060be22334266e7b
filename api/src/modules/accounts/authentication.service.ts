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

/**
 * Turns credentials on a request into an Actor, checking on every call what must bite at once:
 * blocked user or company, revoked session, changed password, access-time window, revoked API key.
 */
export class AuthenticationService {
  constructor(private readonly signer: TokenSigner) {}

  async actorForAccessToken(em: EntityManager, token: string, now: Date): Promise<Actor> {
    const claims = this.signer.verify(token, Math.floor(now.getTime() / 1000));
    if (!claims) throw unauthenticated('The access token is invalid or has expired. Refresh it or sign in again.');
    const rows: PrincipalRow[] = await em.getConnection().execute(PRINCIPAL_SQL, [claims.sid, claims.sub]);
    const row = rows[0];
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
    return { kind: 'customer', userId: row.user_id, companyId: row.company_id, sessionId: claims.sid, permissions };
  }

  async actorForApiKey(em: EntityManager, key: string, now: Date): Promise<Actor> {
    const m = /^kontor_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,})$/.exec(key);
    if (!m) throw unauthenticated('The API key is malformed.');
    const rows: Array<{
      id: string;
      company_id: string;
      secret_hash: string;
      scopes: string[];
      revoked_at: Date | null;
      blocked: boolean;
      last_used_at: Date | null;
    }> = await em
      .getConnection()
      .execute(
        'select k.id, k.company_id, k.secret_hash, k.scopes, k.revoked_at, k.last_used_at, c.blocked from api_key k join company c on c.id = k.company_id where k.prefix = ?',
        [m[1]],
      );
    const row = rows[0];
    const given = Buffer.from(sha256(m[2]));
    if (!row || !timingSafeEqual(Buffer.from(row.secret_hash), given) || row.revoked_at) {
      throw unauthenticated('The API key is unknown or revoked.');
    }
    if (row.blocked) throw blockedError();
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      void em
        .getConnection()
        .execute('update api_key set last_used_at = ? where id = ?', [now, row.id])
        .catch(() => undefined);
    }
    return { kind: 'apiKey', keyId: row.id, companyId: row.company_id, permissions: new Set(row.scopes.filter(isPermission)) };
  }
}

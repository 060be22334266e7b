"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get AuthenticationService () {
        return AuthenticationService;
    },
    get COMPANY_ADMIN_PERMISSIONS () {
        return COMPANY_ADMIN_PERMISSIONS;
    },
    get DEFAULT_TIME_ZONE () {
        return DEFAULT_TIME_ZONE;
    },
    get blockedError () {
        return blockedError;
    },
    get outsideWindowError () {
        return outsideWindowError;
    },
    get permissionsOf () {
        return permissionsOf;
    }
});
const _nodecrypto = require("node:crypto");
const _errors = require("../../common/errors");
const _accesswindow = require("./access-window");
const _permissions = require("./permissions");
const _tokens = require("./tokens");
const COMPANY_ADMIN_PERMISSIONS = [
    'users.manage',
    'apikeys.manage'
];
const DEFAULT_TIME_ZONE = 'Europe/Warsaw';
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
function permissionsOf(p) {
    if (p.staffRole) return new Set(_permissions.STAFF_ROLE_PERMISSIONS[p.staffRole]);
    const set = new Set((p.levelPermissions ?? []).filter(_permissions.isPermission));
    if (p.companyAdmin) COMPANY_ADMIN_PERMISSIONS.forEach((x)=>set.add(x));
    return set;
}
const blockedError = ()=>new _errors.KontorError('ACCOUNT_BLOCKED', 'This account is blocked. Contact your account manager.');
const outsideWindowError = ()=>new _errors.KontorError('OUTSIDE_ACCESS_WINDOW', 'This account may not be used at this time (outside its access hours).');
const API_KEY_SQL = 'select k.id, k.company_id, k.secret_hash, k.scopes, k.revoked_at, k.last_used_at, c.blocked from api_key k join company c on c.id = k.company_id where k.prefix = ?';
let AuthenticationService = class AuthenticationService {
    static{
        this.MAX_ENTRIES = 50_000;
    }
    constructor(signer, cacheMs = 0){
        this.signer = signer;
        this.cacheMs = cacheMs;
        this.principals = new Map();
        this.keys = new Map();
        this.customerGuards = [];
    }
    /**
   * A check every customer-side request must pass (users of a company and API keys), e.g. that the ERP's
   * blocking data is fresh. It throws a KontorError to refuse.
   */ addCustomerGuard(guard) {
        this.customerGuards.push(guard);
    }
    async guardCustomer(now) {
        for (const guard of this.customerGuards)await guard(now);
    }
    /** Drops cached rows an access change concerns. */ invalidate(e) {
        if (e.all) {
            this.principals.clear();
            this.keys.clear();
            return;
        }
        for (const [sid, { row }] of this.principals){
            if (e.sessionIds?.includes(sid) || e.userIds?.includes(row.user_id) || e.companyId !== undefined && row.company_id === e.companyId) {
                this.principals.delete(sid);
            }
        }
        for (const [prefix, { row }] of this.keys){
            if (e.apiKeyIds?.includes(row.id) || e.companyId !== undefined && row.company_id === e.companyId) this.keys.delete(prefix);
        }
    }
    cached(map, key) {
        if (!this.cacheMs) return undefined;
        const hit = map.get(key);
        if (!hit) return undefined;
        if (Date.now() - hit.at > this.cacheMs) {
            map.delete(key);
            return undefined;
        }
        return hit.row;
    }
    remember(map, key, row) {
        if (!this.cacheMs) return;
        if (map.size >= AuthenticationService.MAX_ENTRIES) map.clear();
        map.set(key, {
            row,
            at: Date.now()
        });
    }
    async actorForAccessToken(em, token, now) {
        const claims = this.signer.verify(token, Math.floor(now.getTime() / 1000));
        if (!claims) throw (0, _errors.unauthenticated)('The access token is invalid or has expired. Refresh it or sign in again.');
        let row = this.cached(this.principals, claims.sid);
        if (!row || row.user_id !== claims.sub) {
            const rows = await em.getConnection().execute(PRINCIPAL_SQL, [
                claims.sid,
                claims.sub
            ]);
            row = rows[0];
            if (row) this.remember(this.principals, claims.sid, row);
        }
        if (!row || row.revoked_at) throw (0, _errors.unauthenticated)('This session has ended. Sign in again.');
        // raw rows carry timestamps as text
        if (row.password_changed_at && new Date(row.password_changed_at) > new Date(row.session_created_at)) {
            throw (0, _errors.unauthenticated)('The password was changed. Sign in again.');
        }
        if (row.user_blocked || row.company_blocked) throw blockedError();
        if (!(0, _accesswindow.isWithinAccessWindows)(row.access_windows, row.time_zone ?? DEFAULT_TIME_ZONE, now)) throw outsideWindowError();
        const permissions = permissionsOf({
            staffRole: row.staff_role,
            levelPermissions: row.permissions,
            companyAdmin: row.company_admin
        });
        if (row.staff_role) {
            return {
                kind: 'staff',
                userId: row.user_id,
                role: row.staff_role,
                sessionId: claims.sid,
                assignedCompanyIds: row.staff_role === 'admin' ? 'all' : new Set(row.assigned ?? []),
                permissions
            };
        }
        if (!row.company_id) throw (0, _errors.unauthenticated)('This account belongs to no company.');
        await this.guardCustomer(now);
        return {
            kind: 'customer',
            userId: row.user_id,
            companyId: row.company_id,
            sessionId: claims.sid,
            permissions
        };
    }
    async actorForApiKey(em, key, now) {
        const m = /^kontor_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,})$/.exec(key);
        if (!m) throw (0, _errors.unauthenticated)('The API key is malformed.');
        let row = this.cached(this.keys, m[1]);
        if (!row) {
            const rows = await em.getConnection().execute(API_KEY_SQL, [
                m[1]
            ]);
            row = rows[0];
            if (row) this.remember(this.keys, m[1], row);
        }
        const given = Buffer.from((0, _tokens.sha256)(m[2]));
        if (!row || !(0, _nodecrypto.timingSafeEqual)(Buffer.from(row.secret_hash), given) || row.revoked_at) {
            throw (0, _errors.unauthenticated)('The API key is unknown or revoked.');
        }
        if (row.blocked) throw blockedError();
        await this.guardCustomer(now);
        if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
            row.last_used_at = now.toISOString();
            void em.getConnection().execute('update api_key set last_used_at = ? where id = ?', [
                now,
                row.id
            ]).catch(()=>undefined);
        }
        return {
            kind: 'apiKey',
            keyId: row.id,
            companyId: row.company_id,
            permissions: new Set(row.scopes.filter(_permissions.isPermission))
        };
    }
};

//# sourceMappingURL=authentication.service.js.map
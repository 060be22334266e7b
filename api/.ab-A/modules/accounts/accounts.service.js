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
    get ACCESS_CHANGED () {
        return ACCESS_CHANGED;
    },
    get ACCESS_REVOKED () {
        return ACCESS_REVOKED;
    },
    get AccountsService () {
        return AccountsService;
    }
});
const _postgresql = require("@mikro-orm/postgresql");
const _actor = require("../../common/actor");
const _pagination = require("../../common/pagination");
const _accesslevelentity = require("./access-level.entity");
const _accesswindow = require("./access-window");
const _auditentryentity = require("./audit-entry.entity");
const _companyentity = require("./company.entity");
const _passwords = require("./passwords");
const _permissions = require("./permissions");
const _sessionentity = require("./session.entity");
const _userentity = require("./user.entity");
const ACCESS_REVOKED = 'access.revoked';
const ACCESS_CHANGED = 'access.changed';
const ok = (value)=>({
        kind: 'ok',
        value
    });
const notFound = (what)=>({
        kind: 'notFound',
        what
    });
const invalid = (message)=>({
        kind: 'invalid',
        message
    });
let AccountsService = class AccountsService {
    constructor(audit, bus, maxPageSize){
        this.audit = audit;
        this.bus = bus;
        this.maxPageSize = maxPageSize;
    }
    async me(ctx) {
        const a = ctx.actor;
        if (a.kind !== 'customer' && a.kind !== 'staff') return null;
        return ctx.em.findOne(_userentity.User, {
            id: a.userId
        }, {
            populate: [
                'company',
                'accessLevel'
            ]
        });
    }
    /** A company the actor may reach, or null. */ async company(ctx, id) {
        if (!(0, _actor.canReachCompany)(ctx.actor, id)) return null;
        return ctx.em.findOne(_companyentity.Company, {
            id
        });
    }
    async companies(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const where = {};
        const a = ctx.actor;
        if (a.kind === 'staff' && a.assignedCompanyIds !== 'all') where.id = {
            $in: [
                ...a.assignedCompanyIds
            ]
        };
        else if (a.kind === 'customer' || a.kind === 'apiKey') where.id = a.companyId;
        if (args.search) where.name = {
            $ilike: `%${args.search.replace(/[%_\\]/g, '\\$&')}%`
        };
        if (args.after) {
            const [name, id] = (0, _pagination.decodeCursor)(args.after, 2);
            where.$or = [
                {
                    name: {
                        $gt: name
                    }
                },
                {
                    name,
                    id: {
                        $gt: id
                    }
                }
            ];
        }
        const rows = await ctx.em.find(_companyentity.Company, where, {
            orderBy: {
                name: 'asc',
                id: 'asc'
            },
            limit: n + 1
        });
        return (0, _pagination.toPage)(rows, n, (c)=>[
                c.name,
                c.id
            ]);
    }
    /** Users of a company (company admins: their own; staff: reachable companies). */ async users(ctx, companyId, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        if (!(0, _actor.canReachCompany)(ctx.actor, companyId)) return (0, _pagination.toPage)([], n, ()=>[]);
        const where = {
            company: companyId
        };
        if (args.after) {
            const [email, id] = (0, _pagination.decodeCursor)(args.after, 2);
            where.$or = [
                {
                    email: {
                        $gt: email
                    }
                },
                {
                    email,
                    id: {
                        $gt: id
                    }
                }
            ];
        }
        const rows = await ctx.em.find(_userentity.User, where, {
            orderBy: {
                email: 'asc',
                id: 'asc'
            },
            limit: n + 1,
            populate: [
                'accessLevel'
            ]
        });
        return (0, _pagination.toPage)(rows, n, (u)=>[
                u.email,
                u.id
            ]);
    }
    async accessLevels(ctx) {
        return ctx.em.find(_accesslevelentity.AccessLevel, {}, {
            orderBy: {
                builtIn: 'desc',
                name: 'asc'
            }
        });
    }
    async createUser(ctx, input) {
        const company = await this.reachableCompanyForAdmin(ctx, input.companyId);
        if (!company) return notFound('Company');
        const level = await ctx.em.findOne(_accesslevelentity.AccessLevel, {
            id: input.accessLevelId
        });
        if (!level) return notFound('Access level');
        const problem = (0, _passwords.passwordProblem)(input.password);
        if (problem) return invalid(problem);
        const email = input.email.trim().toLowerCase();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid(`"${input.email}" is not an e-mail address.`);
        const user = ctx.em.create(_userentity.User, {
            email,
            name: input.name.trim(),
            passwordHash: await (0, _passwords.hashPassword)(input.password),
            company,
            accessLevel: level,
            locale: input.locale ?? 'pl',
            companyAdmin: input.companyAdmin ?? false
        });
        this.audit.record(ctx, {
            action: 'user.created',
            companyId: company.id,
            targetType: 'user',
            targetId: user.id,
            details: {
                email,
                level: level.code
            }
        });
        try {
            await ctx.em.flush();
        } catch (err) {
            if (err instanceof _postgresql.UniqueConstraintViolationException) return invalid(`A user with the e-mail ${email} exists already.`);
            throw err;
        }
        return ok(user);
    }
    async setCompanyBlocked(ctx, input) {
        const company = await ctx.em.findOne(_companyentity.Company, {
            id: input.companyId
        });
        if (!company) return notFound('Company');
        company.blocked = input.blocked;
        company.blockedReason = input.blocked ? input.reason ?? null : null;
        this.audit.record(ctx, {
            action: input.blocked ? 'company.blocked' : 'company.unblocked',
            companyId: company.id,
            targetType: 'company',
            targetId: company.id,
            details: {
                reason: input.reason ?? null
            }
        });
        await ctx.em.flush();
        if (input.blocked) await this.revoked({
            companyId: company.id,
            reason: 'company blocked'
        });
        else await this.changed({
            companyId: company.id,
            reason: 'company unblocked'
        });
        return ok(company);
    }
    async setUserBlocked(ctx, input) {
        const user = await this.reachableUserForAdmin(ctx, input.userId);
        if (!user) return notFound('User');
        if (ctx.actor.kind !== 'anonymous' && 'userId' in ctx.actor && ctx.actor.userId === user.id) return invalid('You cannot block yourself.');
        user.blocked = input.blocked;
        this.audit.record(ctx, {
            action: input.blocked ? 'user.blocked' : 'user.unblocked',
            companyId: user.company?.id ?? null,
            targetType: 'user',
            targetId: user.id
        });
        await ctx.em.flush();
        if (input.blocked) await this.revoked({
            userIds: [
                user.id
            ],
            reason: 'user blocked'
        });
        else await this.changed({
            userIds: [
                user.id
            ],
            reason: 'user unblocked'
        });
        return ok(user);
    }
    async setUserAccessLevel(ctx, input) {
        const user = await this.reachableUserForAdmin(ctx, input.userId);
        if (!user || user.staffRole) return notFound('User');
        const level = await ctx.em.findOne(_accesslevelentity.AccessLevel, {
            id: input.accessLevelId
        });
        if (!level) return notFound('Access level');
        const from = user.accessLevel?.code ?? null;
        user.accessLevel = level;
        this.audit.record(ctx, {
            action: 'user.accessLevelChanged',
            companyId: user.company?.id ?? null,
            targetType: 'user',
            targetId: user.id,
            details: {
                from,
                to: level.code
            }
        });
        await ctx.em.flush();
        await this.revoked({
            userIds: [
                user.id
            ],
            reason: 'permissions changed'
        });
        return ok(user);
    }
    async setUserAccessWindows(ctx, input) {
        const user = await this.reachableUserForAdmin(ctx, input.userId);
        if (!user) return notFound('User');
        const problems = (0, _accesswindow.validateAccessWindows)(input.windows);
        if (problems.length) return invalid(problems.join('; '));
        user.accessWindows = input.windows.length ? input.windows : null;
        this.audit.record(ctx, {
            action: 'user.accessWindowsChanged',
            companyId: user.company?.id ?? null,
            targetType: 'user',
            targetId: user.id,
            details: {
                windows: input.windows
            }
        });
        await ctx.em.flush();
        await this.changed({
            userIds: [
                user.id
            ],
            reason: 'access hours changed'
        });
        return ok(user);
    }
    async upsertAccessLevel(ctx, input) {
        const unknown = input.permissions.filter((p)=>!(0, _permissions.isCustomerPermission)(p));
        if (unknown.length) return invalid(`Not customer permissions: ${unknown.join(', ')}.`);
        if (!/^[a-z][a-z0-9_]{1,40}$/.test(input.code)) return invalid('The code must be 2–41 lower-case letters, digits or underscores, starting with a letter.');
        let level;
        if (input.id) {
            level = await ctx.em.findOne(_accesslevelentity.AccessLevel, {
                id: input.id
            });
            if (!level) return notFound('Access level');
            if (level.builtIn && level.code !== input.code) return invalid('The code of a built-in level cannot change.');
        } else {
            level = ctx.em.create(_accesslevelentity.AccessLevel, {
                code: input.code,
                name: input.name,
                permissions: []
            });
        }
        const before = [
            ...level.permissions
        ];
        level.code = input.code;
        level.name = input.name;
        level.permissions = [
            ...new Set(input.permissions)
        ].sort();
        const action = input.id ? 'accessLevel.updated' : 'accessLevel.created';
        this.audit.record(ctx, {
            action,
            targetType: 'accessLevel',
            targetId: level.id,
            details: {
                code: level.code,
                before,
                after: level.permissions
            }
        });
        try {
            await ctx.em.flush();
        } catch (err) {
            if (err instanceof _postgresql.UniqueConstraintViolationException) return invalid(`An access level with the code ${input.code} exists already.`);
            throw err;
        }
        if (input.id) await this.revoked({
            all: true,
            reason: 'access level changed'
        });
        return ok(level);
    }
    async assignRepCustomers(ctx, input) {
        const rep = await ctx.em.findOne(_userentity.User, {
            id: input.repId,
            staffRole: 'sales_rep'
        }, {
            populate: [
                'assignedCompanies'
            ]
        });
        if (!rep) return notFound('Sales rep');
        const companies = await ctx.em.find(_companyentity.Company, {
            id: {
                $in: input.companyIds
            }
        });
        if (companies.length !== new Set(input.companyIds).size) return notFound('Company');
        rep.assignedCompanies.set(companies);
        this.audit.record(ctx, {
            action: 'rep.assignmentsChanged',
            targetType: 'user',
            targetId: rep.id,
            details: {
                companyIds: input.companyIds
            }
        });
        await ctx.em.flush();
        return ok(rep);
    }
    async auditLog(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const where = {};
        if (args.companyId) where.companyId = args.companyId;
        if (args.action) where.action = args.action;
        if (args.after) {
            const [at, id] = (0, _pagination.decodeCursor)(args.after, 2);
            const date = new Date(at);
            where.$or = [
                {
                    at: {
                        $lt: date
                    }
                },
                {
                    at: date,
                    id: {
                        $lt: id
                    }
                }
            ];
        }
        const rows = await ctx.em.find(_auditentryentity.AuditEntry, where, {
            orderBy: {
                at: 'desc',
                id: 'desc'
            },
            limit: n + 1
        });
        return (0, _pagination.toPage)(rows, n, (e)=>[
                e.at.toISOString(),
                e.id
            ]);
    }
    /** Sessions a user has open, newest first. */ async sessions(em, userId) {
        return em.find(_sessionentity.Session, {
            user: userId,
            revokedAt: null
        }, {
            orderBy: {
                lastUsedAt: 'desc'
            },
            limit: 50
        });
    }
    /** A company the actor administers: staff with account rights over reachable companies, company admins over their own. */ async reachableCompanyForAdmin(ctx, companyId) {
        if (!this.administers(ctx.actor, companyId)) return null;
        return ctx.em.findOne(_companyentity.Company, {
            id: companyId
        });
    }
    async reachableUserForAdmin(ctx, userId) {
        const user = await ctx.em.findOne(_userentity.User, {
            id: userId
        }, {
            populate: [
                'company',
                'accessLevel'
            ]
        });
        if (!user) return null;
        if (user.staffRole) return (0, _actor.hasPermission)(ctx.actor, 'staff.accounts.manage') ? user : null;
        return user.company && this.administers(ctx.actor, user.company.id) ? user : null;
    }
    administers(actor, companyId) {
        if (!(0, _actor.canReachCompany)(actor, companyId)) return false;
        if (actor.kind === 'staff') return (0, _actor.hasPermission)(actor, 'staff.accounts.manage');
        return (0, _actor.hasPermission)(actor, 'users.manage');
    }
    async revoked(event) {
        await this.bus.emit(ACCESS_REVOKED, undefined, event);
    }
    async changed(event) {
        await this.bus.emit(ACCESS_CHANGED, undefined, event);
    }
};

//# sourceMappingURL=accounts.service.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ApiKeysService", {
    enumerable: true,
    get: function() {
        return ApiKeysService;
    }
});
const _actor = require("../../common/actor");
const _apikeyentity = require("./api-key.entity");
const _companyentity = require("./company.entity");
const _permissions = require("./permissions");
const _tokens = require("./tokens");
const _accountsservice = require("./accounts.service");
const _userentity = require("./user.entity");
const _nodecrypto = require("node:crypto");
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const prefixOf = ()=>Array.from((0, _nodecrypto.randomBytes)(12), (b)=>ALNUM[b % ALNUM.length]).join('');
let ApiKeysService = class ApiKeysService {
    constructor(audit, bus){
        this.audit = audit;
        this.bus = bus;
    }
    /** Company admins manage their own company's keys; staff admins any company's. */ manages(ctx, companyId) {
        const a = ctx.actor;
        if (a.kind === 'staff') return (0, _actor.hasPermission)(a, 'staff.accounts.manage') && (0, _actor.canReachCompany)(a, companyId);
        if (a.kind === 'customer') return (0, _actor.hasPermission)(a, 'apikeys.manage') && a.companyId === companyId;
        return false;
    }
    async list(ctx, companyId) {
        if (!this.manages(ctx, companyId)) return [];
        return ctx.em.find(_apikeyentity.ApiKey, {
            company: companyId
        }, {
            orderBy: {
                createdAt: 'desc',
                id: 'desc'
            },
            limit: 200
        });
    }
    /** Returns the key once, in clear; only its hash is kept. Scopes may not exceed the creator's own rights. */ async create(ctx, input) {
        if (!this.manages(ctx, input.companyId)) return {
            kind: 'notFound',
            what: 'Company'
        };
        const bad = input.scopes.filter((s)=>!(0, _permissions.isCustomerPermission)(s));
        if (bad.length) return {
            kind: 'invalid',
            message: `Unknown or non-customer scopes: ${bad.join(', ')}.`
        };
        const a = ctx.actor;
        if (a.kind === 'customer') {
            const beyond = input.scopes.filter((s)=>!a.permissions.has(s) || s === 'apikeys.manage' || s === 'users.manage');
            if (beyond.length) return {
                kind: 'invalid',
                message: `A key may not have rights its creator lacks or administrative ones: ${beyond.join(', ')}.`
            };
        } else if (input.scopes.some((s)=>s === 'apikeys.manage' || s === 'users.manage')) {
            return {
                kind: 'invalid',
                message: 'A key may not manage users or keys.'
            };
        }
        if (!input.name.trim()) return {
            kind: 'invalid',
            message: 'Give the key a name.'
        };
        const company = ctx.em.getReference(_companyentity.Company, input.companyId);
        const prefix = prefixOf();
        const secretPart = (0, _tokens.randomSecret)();
        const key = ctx.em.create(_apikeyentity.ApiKey, {
            company,
            createdBy: a.kind === 'staff' || a.kind === 'customer' ? ctx.em.getReference(_userentity.User, a.userId) : null,
            name: input.name.trim(),
            prefix,
            secretHash: (0, _tokens.sha256)(secretPart),
            scopes: [
                ...new Set(input.scopes)
            ].sort(),
            createdAt: ctx.clock.now()
        });
        this.audit.record(ctx, {
            action: 'apiKey.created',
            companyId: input.companyId,
            targetType: 'apiKey',
            targetId: key.id,
            details: {
                name: key.name,
                scopes: key.scopes
            }
        });
        await ctx.em.flush();
        return {
            kind: 'ok',
            value: {
                key,
                secret: `kontor_${prefix}_${secretPart}`
            }
        };
    }
    async revoke(ctx, input) {
        const key = await ctx.em.findOne(_apikeyentity.ApiKey, {
            id: input.id
        });
        if (!key || !this.manages(ctx, key.company.id)) return {
            kind: 'notFound',
            what: 'API key'
        };
        if (!key.revokedAt) {
            key.revokedAt = ctx.clock.now();
            this.audit.record(ctx, {
                action: 'apiKey.revoked',
                companyId: key.company.id,
                targetType: 'apiKey',
                targetId: key.id
            });
            await ctx.em.flush();
            await this.bus.emit(_accountsservice.ACCESS_REVOKED, undefined, {
                apiKeyIds: [
                    key.id
                ],
                reason: 'API key revoked'
            });
        }
        return {
            kind: 'ok',
            value: key
        };
    }
};

//# sourceMappingURL=api-keys.service.js.map
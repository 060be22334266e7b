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
    get AccountsResolver () {
        return AccountsResolver;
    },
    get AuthResolver () {
        return AuthResolver;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _connection = require("../../graphql/connection");
const _errorstypes = require("../../graphql/errors.types");
const _policy = require("../../graphql/policy");
const _accountsmappers = require("./accounts.mappers");
const _accountstypes = require("./accounts.types");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
const done = ()=>Object.assign(new _commontypes.Done(), {
        ok: true
    });
function outcome(o, map) {
    switch(o.kind){
        case 'ok':
            return map(o.value);
        case 'notFound':
            return _errorstypes.NotFoundError.of(`${o.what} was not found.`);
        case 'invalid':
            return _errorstypes.ValidationError.of(o.message);
    }
}
function passwordResult(o) {
    switch(o.kind){
        case 'ok':
            return done();
        case 'invalidCredentials':
            return _accountstypes.InvalidCredentialsError.of('The current password is wrong.');
        case 'weakPassword':
            return _accountstypes.WeakPasswordError.of(o.message);
        case 'invalidToken':
            return _accountstypes.InvalidTokenError.of('This reset link is unknown, used or expired. Ask for a new one.');
    }
}
const tokens = (t)=>Object.assign(new _accountstypes.AuthTokens(), t);
let AuthResolver = class AuthResolver {
    constructor(auth){
        this.auth = auth;
    }
    async login(input, ctx) {
        const o = await this.auth.login(ctx, input);
        switch(o.kind){
            case 'ok':
                return tokens(o);
            case 'invalidCredentials':
                return _accountstypes.InvalidCredentialsError.of('The e-mail or password is wrong.');
            case 'blocked':
                return _accountstypes.AccountBlockedError.of('This account is blocked. Contact your account manager.');
            case 'outsideWindow':
                return _accountstypes.OutsideAccessWindowError.of('This account may not be used at this time.');
            case 'rateLimited':
                return Object.assign(new _errorstypes.RateLimitedError(), {
                    code: 'RATE_LIMITED',
                    message: `Too many sign-in attempts. Try again in ${o.retryAfterSeconds} s.`,
                    retryAfterSeconds: o.retryAfterSeconds
                });
        }
    }
    async refreshToken(input, ctx) {
        const o = await this.auth.refresh(ctx, input);
        switch(o.kind){
            case 'ok':
                return tokens(o);
            case 'invalidToken':
                return _accountstypes.InvalidTokenError.of('The refresh token is unknown, used or expired. Sign in again.');
            case 'blocked':
                return _accountstypes.AccountBlockedError.of('This account is blocked. Contact your account manager.');
            case 'outsideWindow':
                return _accountstypes.OutsideAccessWindowError.of('This account may not be used at this time.');
        }
    }
    logout(input, ctx) {
        return this.auth.logout(ctx, input);
    }
    async changePassword(input, ctx) {
        if (ctx.actor.kind !== 'customer' && ctx.actor.kind !== 'staff') return _accountstypes.InvalidCredentialsError.of('Only a signed-in person has a password.');
        return passwordResult(await this.auth.changePassword(ctx, ctx.actor.userId, input));
    }
    async requestPasswordReset(input, ctx) {
        await this.auth.requestPasswordReset(ctx, input);
        return done();
    }
    async resetPassword(input, ctx) {
        return passwordResult(await this.auth.resetPassword(ctx, input));
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        public: true
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.LoginResult, {
        description: 'Sign in with e-mail and password.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.LoginInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.LoginInput === "undefined" ? Object : _accountstypes.LoginInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "login", null);
_ts_decorate([
    (0, _policy.Policy)({
        public: true
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.RefreshResult, {
        description: 'Trade a refresh token for a new pair. Each refresh token works once.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.RefreshTokenInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.RefreshTokenInput === "undefined" ? Object : _accountstypes.RefreshTokenInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "refreshToken", null);
_ts_decorate([
    (0, _policy.Policy)({
        public: true
    }),
    (0, _typegraphql.Mutation)(()=>Boolean, {
        description: 'End the current session (or the session of the given refresh token).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.LogoutInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.LogoutInput === "undefined" ? Object : _accountstypes.LogoutInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AuthResolver.prototype, "logout", null);
_ts_decorate([
    (0, _policy.Policy)({
        signedIn: true
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.ChangePasswordResult, {
        description: 'Change your password; every session of yours ends.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.ChangePasswordInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.ChangePasswordInput === "undefined" ? Object : _accountstypes.ChangePasswordInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "changePassword", null);
_ts_decorate([
    (0, _policy.Policy)({
        public: true
    }),
    (0, _typegraphql.Mutation)(()=>_commontypes.Done, {
        description: 'Send a reset link if the address is known. Answers the same either way.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.RequestPasswordResetInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.RequestPasswordResetInput === "undefined" ? Object : _accountstypes.RequestPasswordResetInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "requestPasswordReset", null);
_ts_decorate([
    (0, _policy.Policy)({
        public: true
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.ResetPasswordResult, {
        description: 'Set a new password with a one-time reset token.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.ResetPasswordInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.ResetPasswordInput === "undefined" ? Object : _accountstypes.ResetPasswordInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "resetPassword", null);
AuthResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof AuthService === "undefined" ? Object : AuthService
    ])
], AuthResolver);
let AccountsResolver = class AccountsResolver {
    constructor(accounts, keys){
        this.accounts = accounts;
        this.keys = keys;
    }
    async me(ctx) {
        const user = await this.accounts.me(ctx);
        const companyId = user?.company?.id ?? (ctx.actor.kind === 'apiKey' ? ctx.actor.companyId : null);
        const company = companyId ? await this.accounts.company(ctx, companyId) : null;
        return {
            kind: ctx.actor.kind,
            user: user ? (0, _accountsmappers.toUser)(user) : null,
            company: company ? (0, _accountsmappers.toCompany)(company) : null,
            permissions: [
                ...ctx.actor.permissions
            ].sort()
        };
    }
    async company(id, ctx) {
        const c = await this.accounts.company(ctx, id);
        return c ? (0, _accountsmappers.toCompany)(c) : null;
    }
    async companies(page, search, ctx) {
        return (0, _connection.toConnection)(await this.accounts.companies(ctx, {
            ...page,
            search
        }), _accountsmappers.toCompany);
    }
    async companyUsers(companyId, page, ctx) {
        return (0, _connection.toConnection)(await this.accounts.users(ctx, companyId, page), _accountsmappers.toUser);
    }
    async accessLevels(ctx) {
        return (await this.accounts.accessLevels(ctx)).map(_accountsmappers.toAccessLevel);
    }
    async apiKeys(companyId, ctx) {
        return (await this.keys.list(ctx, companyId)).map(_accountsmappers.toApiKey);
    }
    async auditLog(page, companyId, action, ctx) {
        return (0, _connection.toConnection)(await this.accounts.auditLog(ctx, {
            ...page,
            companyId,
            action
        }), _accountsmappers.toAuditEntry);
    }
    async createUser(input, ctx) {
        return outcome(await this.accounts.createUser(ctx, input), _accountsmappers.toUser);
    }
    async setUserBlocked(input, ctx) {
        return outcome(await this.accounts.setUserBlocked(ctx, input), _accountsmappers.toUser);
    }
    async setUserAccessLevel(input, ctx) {
        return outcome(await this.accounts.setUserAccessLevel(ctx, input), _accountsmappers.toUser);
    }
    async setUserAccessWindows(input, ctx) {
        return outcome(await this.accounts.setUserAccessWindows(ctx, input), _accountsmappers.toUser);
    }
    async setCompanyBlocked(input, ctx) {
        return outcome(await this.accounts.setCompanyBlocked(ctx, input), _accountsmappers.toCompany);
    }
    async upsertAccessLevel(input, ctx) {
        return outcome(await this.accounts.upsertAccessLevel(ctx, input), _accountsmappers.toAccessLevel);
    }
    async assignRepCustomers(input, ctx) {
        return outcome(await this.accounts.assignRepCustomers(ctx, input), _accountsmappers.toUser);
    }
    async createApiKey(input, ctx) {
        return outcome(await this.keys.create(ctx, input), (v)=>Object.assign(new _accountstypes.ApiKeyCreated(), {
                apiKey: (0, _accountsmappers.toApiKey)(v.key),
                secret: v.secret
            }));
    }
    async revokeApiKey(input, ctx) {
        return outcome(await this.keys.revoke(ctx, input), _accountsmappers.toApiKey);
    }
    viewerEvents(event) {
        return {
            kind: event.kind,
            at: new Date(event.at)
        };
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        signedIn: true
    }),
    (0, _typegraphql.Query)(()=>_accountstypes.ViewerType, {
        description: 'Who is asking, with their effective permissions.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "me", null);
_ts_decorate([
    (0, _policy.Policy)({
        signedIn: true
    }),
    (0, _typegraphql.Query)(()=>_accountstypes.CompanyType, {
        nullable: true,
        description: 'A company you may see: your own, or for staff an assigned one.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "company", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.customers.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_accountstypes.CompanyConnection, {
        description: 'Customers: all for admins, the assigned ones for a sales rep.'
    }),
    _ts_param(0, (0, _typegraphql.Args)(()=>_accountstypes.PageArgsType)),
    _ts_param(1, (0, _typegraphql.Arg)('search', ()=>String, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.PageArgsType === "undefined" ? Object : _accountstypes.PageArgsType,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "companies", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>_accountstypes.UserConnection, {
        description: 'The users of a company you administer.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Args)(()=>_accountstypes.PageArgsType)),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _accountstypes.PageArgsType === "undefined" ? Object : _accountstypes.PageArgsType,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "companyUsers", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _accountstypes.AccessLevelType
        ]),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "accessLevels", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'apikeys.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _accountstypes.ApiKeyType
        ], {
        description: 'API keys of a company you administer.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "apiKeys", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.audit.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_accountstypes.AuditEntryConnection, {
        description: 'Sign-ins, failures, blocks, key and permission changes; newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Args)(()=>_accountstypes.PageArgsType)),
    _ts_param(1, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('action', ()=>String, {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.PageArgsType === "undefined" ? Object : _accountstypes.PageArgsType,
        Object,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "auditLog", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.UserResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.CreateUserInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.CreateUserInput === "undefined" ? Object : _accountstypes.CreateUserInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "createUser", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.UserResult, {
        description: 'Blocking bites at once: sessions, refresh and open subscriptions end.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.SetUserBlockedInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.SetUserBlockedInput === "undefined" ? Object : _accountstypes.SetUserBlockedInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "setUserBlocked", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.UserResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.SetUserAccessLevelInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.SetUserAccessLevelInput === "undefined" ? Object : _accountstypes.SetUserAccessLevelInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "setUserAccessLevel", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'users.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.UserResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.SetUserAccessWindowsInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.SetUserAccessWindowsInput === "undefined" ? Object : _accountstypes.SetUserAccessWindowsInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "setUserAccessWindows", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.accounts.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.CompanyResult, {
        description: 'Blocking bites at once for every user and key of the company.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.SetCompanyBlockedInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.SetCompanyBlockedInput === "undefined" ? Object : _accountstypes.SetCompanyBlockedInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "setCompanyBlocked", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.accessLevels.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.AccessLevelResult, {
        description: 'Create or edit an access level.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.UpsertAccessLevelInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.UpsertAccessLevelInput === "undefined" ? Object : _accountstypes.UpsertAccessLevelInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "upsertAccessLevel", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.accounts.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.UserResult, {
        description: 'Set the customers a sales rep serves.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.AssignRepCustomersInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.AssignRepCustomersInput === "undefined" ? Object : _accountstypes.AssignRepCustomersInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "assignRepCustomers", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'apikeys.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.ApiKeyCreateResult, {
        description: 'Create an API key. The secret is in the answer, once.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.CreateApiKeyInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.CreateApiKeyInput === "undefined" ? Object : _accountstypes.CreateApiKeyInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "createApiKey", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'apikeys.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_accountstypes.ApiKeyResult),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_accountstypes.RevokeApiKeyInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _accountstypes.RevokeApiKeyInput === "undefined" ? Object : _accountstypes.RevokeApiKeyInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], AccountsResolver.prototype, "revokeApiKey", null);
_ts_decorate([
    (0, _policy.Policy)({
        signedIn: true
    }),
    (0, _typegraphql.Subscription)(()=>_accountstypes.ViewerEventType, {
        description: 'Changes to your own account. The connection closes when the account is blocked or signed out.',
        topics: 'viewer',
        topicId: ({ context })=>context.actor.kind === 'customer' || context.actor.kind === 'staff' ? context.actor.userId : 'none'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object
    ]),
    _ts_metadata("design:returntype", typeof _accountstypes.ViewerEventType === "undefined" ? Object : _accountstypes.ViewerEventType)
], AccountsResolver.prototype, "viewerEvents", null);
AccountsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof AccountsService === "undefined" ? Object : AccountsService,
        typeof ApiKeysService === "undefined" ? Object : ApiKeysService
    ])
], AccountsResolver);

//# sourceMappingURL=accounts.resolver.js.map
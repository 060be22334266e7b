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
    get AuthService () {
        return AuthService;
    },
    get purgeExpiredTokens () {
        return purgeExpiredTokens;
    }
});
const _errors = require("../../common/errors");
const _accountsservice = require("./accounts.service");
const _accesswindow = require("./access-window");
const _authenticationservice = require("./authentication.service");
const _passwords = require("./passwords");
const _sessionentity = require("./session.entity");
const _tokens = require("./tokens");
const _userentity = require("./user.entity");
const normalizeEmail = (email)=>email.trim().toLowerCase();
let AuthService = class AuthService {
    constructor(signer, limiter, audit, resetNotifier, settings, bus){
        this.signer = signer;
        this.limiter = limiter;
        this.audit = audit;
        this.resetNotifier = resetNotifier;
        this.settings = settings;
        this.bus = bus;
    }
    revoked(event) {
        return this.bus.emit(_accountsservice.ACCESS_REVOKED, undefined, event);
    }
    async login(ctx, input) {
        const email = normalizeEmail(input.email);
        const gate = await this.limiter.admit(email, ctx.ip).catch((err)=>{
            // without the shared throttle, sign-in stays closed rather than open to guessing
            ctx.log.error({
                err: err.message
            }, 'login rate limiter unavailable');
            throw new _errors.KontorError('SERVICE_UNAVAILABLE', 'Sign-in is unavailable for a moment. Try again shortly.');
        });
        if (!gate.allowed) {
            this.audit.record(ctx, {
                action: 'login.rateLimited',
                details: {
                    email
                }
            });
            await ctx.em.flush();
            return {
                kind: 'rateLimited',
                retryAfterSeconds: gate.retryAfterSeconds
            };
        }
        const user = await ctx.em.findOne(_userentity.User, {
            email
        }, {
            populate: [
                'passwordHash',
                'company'
            ],
            filters: false
        });
        // unknown e-mail, an account without a usable password (created from the ERP) or a wrong one: the same cost, the same answer
        const ok = await (0, _passwords.checkPassword)(user?.passwordHash ?? null, input.password);
        if (!user || !ok) {
            await this.limiter.recordFailure(email).catch((err)=>ctx.log.warn({
                    err: err.message
                }, 'could not count a failed login'));
            this.audit.record(ctx, {
                action: 'login.failed',
                actorUserId: user?.id ?? null,
                companyId: user?.company?.id ?? null,
                details: {
                    email
                }
            });
            await ctx.em.flush();
            return {
                kind: 'invalidCredentials'
            };
        }
        const companyId = user.company?.id ?? null;
        if (user.blocked || user.company?.blocked) {
            this.audit.record(ctx, {
                action: 'login.failed',
                actorUserId: user.id,
                companyId,
                details: {
                    email,
                    reason: 'blocked'
                }
            });
            await ctx.em.flush();
            return {
                kind: 'blocked'
            };
        }
        if (!(0, _accesswindow.isWithinAccessWindows)(user.accessWindows, user.company?.timeZone ?? _authenticationservice.DEFAULT_TIME_ZONE, ctx.clock.now())) {
            this.audit.record(ctx, {
                action: 'login.failed',
                actorUserId: user.id,
                companyId,
                details: {
                    email,
                    reason: 'outsideAccessWindow'
                }
            });
            await ctx.em.flush();
            return {
                kind: 'outsideWindow'
            };
        }
        const now = ctx.clock.now();
        const session = ctx.em.create(_sessionentity.Session, {
            user,
            createdAt: now,
            lastUsedAt: now,
            ip: ctx.ip,
            userAgent: ctx.userAgent
        });
        const pair = this.issue(ctx, session, user.id);
        this.audit.record(ctx, {
            action: 'login.succeeded',
            actorUserId: user.id,
            companyId,
            targetType: 'session',
            targetId: session.id
        });
        await ctx.em.flush();
        await this.limiter.recordSuccess(email).catch((err)=>ctx.log.warn({
                err: err.message
            }, 'could not reset login failures'));
        return {
            kind: 'ok',
            ...pair
        };
    }
    /** Rotates a refresh token. A token presented a second time revokes its whole family. */ async refresh(ctx, input) {
        const now = ctx.clock.now();
        const tokenHash = (0, _tokens.sha256)(input.refreshToken);
        const claimed = await ctx.em.nativeUpdate(_sessionentity.RefreshToken, {
            tokenHash,
            usedAt: null,
            expiresAt: {
                $gt: now
            }
        }, {
            usedAt: now
        });
        const token = await ctx.em.findOne(_sessionentity.RefreshToken, {
            tokenHash
        }, {
            populate: [
                'session.user.company'
            ],
            filters: false
        });
        if (!token) return {
            kind: 'invalidToken'
        };
        const session = token.session;
        const user = session.user;
        if (claimed === 0) {
            if (token.usedAt && !session.revokedAt) {
                session.revokedAt = now;
                session.revokedReason = 'refresh token reused';
                this.audit.record(ctx, {
                    action: 'refresh.reused',
                    actorUserId: user.id,
                    companyId: user.company?.id ?? null,
                    targetType: 'session',
                    targetId: session.id
                });
                await ctx.em.flush();
                await this.revoked({
                    sessionIds: [
                        session.id
                    ],
                    reason: 'refresh token reused'
                });
            }
            return {
                kind: 'invalidToken'
            };
        }
        if (session.revokedAt || user.passwordChangedAt && user.passwordChangedAt > session.createdAt) return {
            kind: 'invalidToken'
        };
        if (user.blocked || user.company?.blocked) return {
            kind: 'blocked'
        };
        if (!(0, _accesswindow.isWithinAccessWindows)(user.accessWindows, user.company?.timeZone ?? _authenticationservice.DEFAULT_TIME_ZONE, now)) return {
            kind: 'outsideWindow'
        };
        session.lastUsedAt = now;
        const pair = this.issue(ctx, session, user.id);
        await ctx.em.flush();
        return {
            kind: 'ok',
            ...pair
        };
    }
    /** Ends the caller's session, or the session of the given refresh token. */ async logout(ctx, input) {
        const now = ctx.clock.now();
        let session = null;
        if (ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff') {
            session = await ctx.em.findOne(_sessionentity.Session, {
                id: ctx.actor.sessionId
            });
        } else if (input.refreshToken) {
            const token = await ctx.em.findOne(_sessionentity.RefreshToken, {
                tokenHash: (0, _tokens.sha256)(input.refreshToken)
            }, {
                populate: [
                    'session'
                ],
                filters: false
            });
            session = token?.session ?? null;
        }
        if (!session || session.revokedAt) return false;
        session.revokedAt = now;
        session.revokedReason = 'logout';
        this.audit.record(ctx, {
            action: 'logout',
            actorUserId: session.user.id,
            targetType: 'session',
            targetId: session.id
        });
        await ctx.em.flush();
        await this.revoked({
            sessionIds: [
                session.id
            ],
            reason: 'signed out'
        });
        return true;
    }
    async changePassword(ctx, userId, input) {
        const user = await ctx.em.findOneOrFail(_userentity.User, {
            id: userId
        }, {
            populate: [
                'passwordHash'
            ],
            filters: false
        });
        if (!await (0, _passwords.checkPassword)(user.passwordHash, input.currentPassword)) return {
            kind: 'invalidCredentials'
        };
        const problem = (0, _passwords.passwordProblem)(input.newPassword);
        if (problem) return {
            kind: 'weakPassword',
            message: problem
        };
        await this.setPassword(ctx, user, input.newPassword, 'password changed');
        this.audit.record(ctx, {
            action: 'password.changed',
            targetType: 'user',
            targetId: user.id,
            companyId: user.company?.id ?? null
        });
        await ctx.em.flush();
        await this.revoked({
            userIds: [
                user.id
            ],
            reason: 'password changed'
        });
        return {
            kind: 'ok'
        };
    }
    /** Always answers the same, whether or not the address is known. */ async requestPasswordReset(ctx, input) {
        const email = normalizeEmail(input.email);
        const gate = await this.limiter.admit(`reset:${email}`, ctx.ip).catch(()=>{
            throw new _errors.KontorError('SERVICE_UNAVAILABLE', 'Password reset is unavailable for a moment. Try again shortly.');
        });
        if (!gate.allowed) return;
        const user = await ctx.em.findOne(_userentity.User, {
            email
        }, {
            filters: false
        });
        if (!user || user.blocked) return;
        const token = (0, _tokens.randomSecret)();
        const now = ctx.clock.now();
        ctx.em.create(_sessionentity.PasswordReset, {
            user,
            tokenHash: (0, _tokens.sha256)(token),
            expiresAt: new Date(now.getTime() + this.settings.passwordResetTtlSeconds * 1000),
            createdAt: now
        });
        this.audit.record(ctx, {
            action: 'password.resetRequested',
            actorUserId: user.id,
            companyId: user.company?.id ?? null,
            targetType: 'user',
            targetId: user.id
        });
        await ctx.em.flush();
        await this.resetNotifier.sendPasswordReset({
            id: user.id,
            email: user.email,
            name: user.name,
            locale: user.locale
        }, token);
    }
    async resetPassword(ctx, input) {
        const problem = (0, _passwords.passwordProblem)(input.newPassword);
        if (problem) return {
            kind: 'weakPassword',
            message: problem
        };
        const now = ctx.clock.now();
        const tokenHash = (0, _tokens.sha256)(input.token);
        const claimed = await ctx.em.nativeUpdate(_sessionentity.PasswordReset, {
            tokenHash,
            usedAt: null,
            expiresAt: {
                $gt: now
            }
        }, {
            usedAt: now
        });
        if (claimed === 0) return {
            kind: 'invalidToken'
        };
        const reset = await ctx.em.findOneOrFail(_sessionentity.PasswordReset, {
            tokenHash
        }, {
            populate: [
                'user'
            ],
            filters: false
        });
        await this.setPassword(ctx, reset.user, input.newPassword, 'password reset');
        this.audit.record(ctx, {
            action: 'password.reset',
            actorUserId: reset.user.id,
            companyId: reset.user.company?.id ?? null,
            targetType: 'user',
            targetId: reset.user.id
        });
        await ctx.em.flush();
        await this.revoked({
            userIds: [
                reset.user.id
            ],
            reason: 'password reset'
        });
        return {
            kind: 'ok'
        };
    }
    async setPassword(ctx, user, password, reason) {
        const now = ctx.clock.now();
        user.passwordHash = await (0, _passwords.hashPassword)(password);
        user.passwordChangedAt = now;
        await ctx.em.nativeUpdate(_sessionentity.Session, {
            user: user.id,
            revokedAt: null
        }, {
            revokedAt: now,
            revokedReason: reason
        });
    }
    issue(ctx, session, userId) {
        const now = ctx.clock.now();
        const refreshToken = (0, _tokens.randomSecret)();
        const refreshTokenExpiresAt = new Date(now.getTime() + this.settings.refreshTokenTtlSeconds * 1000);
        ctx.em.create(_sessionentity.RefreshToken, {
            session,
            tokenHash: (0, _tokens.sha256)(refreshToken),
            expiresAt: refreshTokenExpiresAt,
            createdAt: now
        });
        const exp = Math.floor(now.getTime() / 1000) + this.settings.accessTokenTtlSeconds;
        return {
            accessToken: this.signer.sign({
                sub: userId,
                sid: session.id,
                exp
            }),
            accessTokenExpiresAt: new Date(exp * 1000),
            refreshToken,
            refreshTokenExpiresAt,
            userId
        };
    }
};
async function purgeExpiredTokens(ctx) {
    const now = ctx.clock.now();
    const conn = ctx.em.getConnection();
    const run = async (sql, params)=>(await conn.execute(sql, params, 'run')).affectedRows;
    const refreshTokens = await run('delete from refresh_token where expires_at < ?', [
        now
    ]);
    const resets = await run('delete from password_reset where expires_at < ?', [
        now
    ]);
    const sessions = await run(`delete from auth_session s where (s.revoked_at is not null or s.last_used_at < ?) and not exists (select 1 from refresh_token t where t.session_id = s.id)`, [
        now
    ]);
    return {
        refreshTokens,
        resets,
        sessions
    };
}

//# sourceMappingURL=auth.service.js.map
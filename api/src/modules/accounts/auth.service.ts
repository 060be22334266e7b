import type { Ctx } from '../../common/context';
import { KontorError } from '../../common/errors';
import type { EventBus } from '../../common/event-bus';
import { ACCESS_REVOKED, type AccessRevokedEvent } from './accounts.service';
import { isWithinAccessWindows } from './access-window';
import type { AuditService } from './audit.service';
import { DEFAULT_TIME_ZONE } from './authentication.service';
import { checkPassword, hashPassword, passwordProblem } from './passwords';
import type { LoginRateLimiter } from './rate-limiter';
import { PasswordReset, RefreshToken, Session } from './session.entity';
import { randomSecret, sha256, type TokenSigner } from './tokens';
import { User } from './user.entity';

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  userId: string;
}

export type LoginOutcome =
  | ({ kind: 'ok' } & TokenPair)
  | { kind: 'invalidCredentials' }
  | { kind: 'blocked' }
  | { kind: 'outsideWindow' }
  | { kind: 'rateLimited'; retryAfterSeconds: number };

export type RefreshOutcome = ({ kind: 'ok' } & TokenPair) | { kind: 'invalidToken' } | { kind: 'blocked' } | { kind: 'outsideWindow' };

export type PasswordOutcome =
  { kind: 'ok' } | { kind: 'invalidCredentials' } | { kind: 'weakPassword'; message: string } | { kind: 'invalidToken' };

/** Delivers password-reset links. The e-mail adapter lives with notifications; development logs the link. */
export interface PasswordResetNotifier {
  sendPasswordReset(user: { id: string; email: string; name: string; locale: string }, token: string): Promise<void>;
}

export interface AuthSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  passwordResetTtlSeconds: number;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-in, token rotation, sign-out and passwords. */
export class AuthService {
  constructor(
    private readonly signer: TokenSigner,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly resetNotifier: PasswordResetNotifier,
    private readonly settings: AuthSettings,
    private readonly bus: EventBus,
  ) {}

  private revoked(event: AccessRevokedEvent): Promise<void> {
    return this.bus.emit(ACCESS_REVOKED, undefined, event);
  }

  async login(ctx: Ctx, input: { email: string; password: string }): Promise<LoginOutcome> {
    const email = normalizeEmail(input.email);
    const gate = await this.limiter.admit(email, ctx.ip).catch((err: Error) => {
      // without the shared throttle, sign-in stays closed rather than open to guessing
      ctx.log.error({ err: err.message }, 'login rate limiter unavailable');
      throw new KontorError('SERVICE_UNAVAILABLE', 'Sign-in is unavailable for a moment. Try again shortly.');
    });
    if (!gate.allowed) {
      this.audit.record(ctx, { action: 'login.rateLimited', details: { email } });
      await ctx.em.flush();
      return { kind: 'rateLimited', retryAfterSeconds: gate.retryAfterSeconds };
    }
    const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash', 'company'], filters: false });
    // unknown e-mail, an account without a usable password (created from the ERP) or a wrong one: the same cost, the same answer
    const ok = await checkPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email).catch((err: Error) => ctx.log.warn({ err: err.message }, 'could not count a failed login'));
      this.audit.record(ctx, {
        action: 'login.failed',
        actorUserId: user?.id ?? null,
        companyId: user?.company?.id ?? null,
        details: { email },
      });
      await ctx.em.flush();
      return { kind: 'invalidCredentials' };
    }
    const companyId = user.company?.id ?? null;
    if (user.blocked || user.company?.blocked) {
      this.audit.record(ctx, { action: 'login.failed', actorUserId: user.id, companyId, details: { email, reason: 'blocked' } });
      await ctx.em.flush();
      return { kind: 'blocked' };
    }
    if (!isWithinAccessWindows(user.accessWindows, user.company?.timeZone ?? DEFAULT_TIME_ZONE, ctx.clock.now())) {
      this.audit.record(ctx, {
        action: 'login.failed',
        actorUserId: user.id,
        companyId,
        details: { email, reason: 'outsideAccessWindow' },
      });
      await ctx.em.flush();
      return { kind: 'outsideWindow' };
    }
    const now = ctx.clock.now();
    const session = ctx.em.create(Session, { user, createdAt: now, lastUsedAt: now, ip: ctx.ip, userAgent: ctx.userAgent });
    const pair = this.issue(ctx, session, user.id);
    this.audit.record(ctx, { action: 'login.succeeded', actorUserId: user.id, companyId, targetType: 'session', targetId: session.id });
    await ctx.em.flush();
    await this.limiter.recordSuccess(email).catch((err: Error) => ctx.log.warn({ err: err.message }, 'could not reset login failures'));
    return { kind: 'ok', ...pair };
  }

  /** Rotates a refresh token. A token presented a second time revokes its whole family. */
  async refresh(ctx: Ctx, input: { refreshToken: string }): Promise<RefreshOutcome> {
    const now = ctx.clock.now();
    const tokenHash = sha256(input.refreshToken);
    const claimed = await ctx.em.nativeUpdate(RefreshToken, { tokenHash, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    const token = await ctx.em.findOne(RefreshToken, { tokenHash }, { populate: ['session.user.company'], filters: false });
    if (!token) return { kind: 'invalidToken' };
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
          targetId: session.id,
        });
        await ctx.em.flush();
        await this.revoked({ sessionIds: [session.id], reason: 'refresh token reused' });
      }
      return { kind: 'invalidToken' };
    }
    if (session.revokedAt || (user.passwordChangedAt && user.passwordChangedAt > session.createdAt)) return { kind: 'invalidToken' };
    if (user.blocked || user.company?.blocked) return { kind: 'blocked' };
    if (!isWithinAccessWindows(user.accessWindows, user.company?.timeZone ?? DEFAULT_TIME_ZONE, now)) return { kind: 'outsideWindow' };
    session.lastUsedAt = now;
    const pair = this.issue(ctx, session, user.id);
    await ctx.em.flush();
    return { kind: 'ok', ...pair };
  }

  /** Ends the caller's session, or the session of the given refresh token. */
  async logout(ctx: Ctx, input: { refreshToken?: string | null }): Promise<boolean> {
    const now = ctx.clock.now();
    let session: Session | null = null;
    if (ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff') {
      session = await ctx.em.findOne(Session, { id: ctx.actor.sessionId });
    } else if (input.refreshToken) {
      const token = await ctx.em.findOne(
        RefreshToken,
        { tokenHash: sha256(input.refreshToken) },
        { populate: ['session'], filters: false },
      );
      session = token?.session ?? null;
    }
    if (!session || session.revokedAt) return false;
    session.revokedAt = now;
    session.revokedReason = 'logout';
    this.audit.record(ctx, { action: 'logout', actorUserId: session.user.id, targetType: 'session', targetId: session.id });
    await ctx.em.flush();
    await this.revoked({ sessionIds: [session.id], reason: 'signed out' });
    return true;
  }

  async changePassword(ctx: Ctx, userId: string, input: { currentPassword: string; newPassword: string }): Promise<PasswordOutcome> {
    const user = await ctx.em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'], filters: false });
    if (!(await checkPassword(user.passwordHash, input.currentPassword))) return { kind: 'invalidCredentials' };
    const problem = passwordProblem(input.newPassword);
    if (problem) return { kind: 'weakPassword', message: problem };
    await this.setPassword(ctx, user, input.newPassword, 'password changed');
    this.audit.record(ctx, { action: 'password.changed', targetType: 'user', targetId: user.id, companyId: user.company?.id ?? null });
    await ctx.em.flush();
    await this.revoked({ userIds: [user.id], reason: 'password changed' });
    return { kind: 'ok' };
  }

  /** Always answers the same, whether or not the address is known. */
  async requestPasswordReset(ctx: Ctx, input: { email: string }): Promise<void> {
    const email = normalizeEmail(input.email);
    const gate = await this.limiter.admit(`reset:${email}`, ctx.ip).catch(() => {
      throw new KontorError('SERVICE_UNAVAILABLE', 'Password reset is unavailable for a moment. Try again shortly.');
    });
    if (!gate.allowed) return;
    const user = await ctx.em.findOne(User, { email }, { filters: false });
    if (!user || user.blocked) return;
    const token = randomSecret();
    const now = ctx.clock.now();
    ctx.em.create(PasswordReset, {
      user,
      tokenHash: sha256(token),
      expiresAt: new Date(now.getTime() + this.settings.passwordResetTtlSeconds * 1000),
      createdAt: now,
    });
    this.audit.record(ctx, {
      action: 'password.resetRequested',
      actorUserId: user.id,
      companyId: user.company?.id ?? null,
      targetType: 'user',
      targetId: user.id,
    });
    await ctx.em.flush();
    await this.resetNotifier.sendPasswordReset({ id: user.id, email: user.email, name: user.name, locale: user.locale }, token);
  }

  async resetPassword(ctx: Ctx, input: { token: string; newPassword: string }): Promise<PasswordOutcome> {
    const problem = passwordProblem(input.newPassword);
    if (problem) return { kind: 'weakPassword', message: problem };
    const now = ctx.clock.now();
    const tokenHash = sha256(input.token);
    const claimed = await ctx.em.nativeUpdate(PasswordReset, { tokenHash, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (claimed === 0) return { kind: 'invalidToken' };
    const reset = await ctx.em.findOneOrFail(PasswordReset, { tokenHash }, { populate: ['user'], filters: false });
    await this.setPassword(ctx, reset.user, input.newPassword, 'password reset');
    this.audit.record(ctx, {
      action: 'password.reset',
      actorUserId: reset.user.id,
      companyId: reset.user.company?.id ?? null,
      targetType: 'user',
      targetId: reset.user.id,
    });
    await ctx.em.flush();
    await this.revoked({ userIds: [reset.user.id], reason: 'password reset' });
    return { kind: 'ok' };
  }

  private async setPassword(ctx: Ctx, user: User, password: string, reason: string): Promise<void> {
    const now = ctx.clock.now();
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = now;
    await ctx.em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: now, revokedReason: reason });
  }

  private issue(ctx: Ctx, session: Session, userId: string): TokenPair {
    const now = ctx.clock.now();
    const refreshToken = randomSecret();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.settings.refreshTokenTtlSeconds * 1000);
    ctx.em.create(RefreshToken, { session, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt, createdAt: now });
    const exp = Math.floor(now.getTime() / 1000) + this.settings.accessTokenTtlSeconds;
    return {
      accessToken: this.signer.sign({ sub: userId, sid: session.id, exp }),
      accessTokenExpiresAt: new Date(exp * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      userId,
    };
  }
}

/** Deletes refresh tokens and reset tokens past their expiry, and sessions with no live token left. */
export async function purgeExpiredTokens(ctx: Ctx): Promise<{ refreshTokens: number; resets: number; sessions: number }> {
  const now = ctx.clock.now();
  const conn = ctx.em.getConnection();
  const run = async (sql: string, params: unknown[]) =>
    ((await conn.execute(sql, params, 'run')) as unknown as { affectedRows: number }).affectedRows;
  const refreshTokens = await run('delete from refresh_token where expires_at < ?', [now]);
  const resets = await run('delete from password_reset where expires_at < ?', [now]);
  const sessions = await run(
    `delete from auth_session s where (s.revoked_at is not null or s.last_used_at < ?) and not exists (select 1 from refresh_token t where t.session_id = s.id)`,
    [now],
  );
  return { refreshTokens, resets, sessions };
}

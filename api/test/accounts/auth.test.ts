import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { argon2 } from '../../src/modules/accounts/passwords';
import { PASSWORD } from '../fixtures';
import { startTestApp, type TestApp } from '../harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthTokens { accessToken refreshToken userId } ... on UserError { code message } ... on RateLimitedError { retryAfterSeconds } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { __typename ... on AuthTokens { accessToken refreshToken } ... on UserError { code } } }`;
const ME = `{ me { kind permissions user { email } company { name } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('login', () => {
  it('signs in with the right password and answers me', async () => {
    const { accessToken } = await app.login('active@a.test');
    const me = await app.gql(ME, {}, accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ kind: 'customer', user: { email: 'active@a.test' }, company: { name: 'Alpha Hurt' } });
    expect(me.data!.me.permissions).toContain('orders.place');
    expect(me.data!.me.permissions).not.toContain('invoices.view');
  });

  it('is case-insensitive in the e-mail', async () => {
    await expect(app.login('  Passive@A.TEST ')).resolves.toHaveProperty('accessToken');
  });

  it('refuses a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await app.gql(LOGIN, { input: { email: 'observer@a.test', password: 'nope-nope-nope' } });
    const unknown = await app.gql(LOGIN, { input: { email: 'nobody@a.test', password: 'nope-nope-nope' } });
    expect(wrong.data!.login).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
    expect(unknown.data!.login).toEqual(wrong.data!.login);
  });

  it('an account without a usable password (created from the ERP) is refused like a wrong password, after the same argon2 verification', async () => {
    const unset = app.world.a.users.admin;
    await app.core.orm.em.fork().getConnection().execute(`update app_user set password_hash = '!unset' where id = ?`, [unset.id]);
    const spy = vi.spyOn(argon2, 'verify');
    try {
      const answers = [];
      for (const email of ['passive@a.test', unset.email, 'nobody-at-all@a.test']) {
        spy.mockClear();
        const res = await app.gql(LOGIN, { input: { email, password: 'nope-nope-nope' } });
        answers.push(res.data!.login);
        // one real argon2 verification each: against the account's hash, or the decoy for the other two
        expect(spy, email).toHaveBeenCalledTimes(1);
        expect(spy.mock.calls[0][0], email).toMatch(/^\$argon2id\$/);
      }
      expect(answers[0]).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // even the decoy's own password does not open an account without one
      const decoy = await app.gql(LOGIN, { input: { email: unset.email, password: 'kontor-decoy-password-never-matches' } });
      expect(decoy.data!.login).toEqual(answers[0]);
    } finally {
      spy.mockRestore();
    }
  });

  it('without a token, protected queries say UNAUTHENTICATED', async () => {
    const res = await app.gql(ME);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.me ?? null).toBeNull();
  });

  it('a forged or garbled token is refused with 401', async () => {
    const { accessToken } = await app.login('observer@a.test');
    const forged = accessToken.slice(0, -3) + (accessToken.endsWith('AAA') ? 'BBB' : 'AAA');
    for (const token of [forged, 'garbage', 'v1.e30.xx']) {
      const res = await app.gql(ME, {}, token);
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('an expired access token is refused, and refresh brings a new one', async () => {
    const { accessToken, refreshToken } = await app.login('passive@a.test');
    app.clock.advance(16 * 60 * 1000);
    try {
      expect((await app.gql(ME, {}, accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const r = await app.gql(REFRESH, { t: refreshToken });
      expect(r.data!.refreshToken.__typename).toBe('AuthTokens');
      expect((await app.gql(ME, {}, r.data!.refreshToken.accessToken)).data!.me.user.email).toBe('passive@a.test');
    } finally {
      app.clock.advance(-16 * 60 * 1000);
    }
  });
});

describe('refresh rotation', () => {
  it('rotates: each refresh token works once and yields a new one', async () => {
    const first = await app.login('active@b.test');
    const r1 = await app.gql(REFRESH, { t: first.refreshToken });
    expect(r1.data!.refreshToken.__typename).toBe('AuthTokens');
    const second = r1.data!.refreshToken.refreshToken;
    expect(second).not.toBe(first.refreshToken);
    const r2 = await app.gql(REFRESH, { t: second });
    expect(r2.data!.refreshToken.__typename).toBe('AuthTokens');
  });

  it('reusing a spent refresh token revokes the whole family, access tokens included', async () => {
    const first = await app.login('observer@b.test');
    const r1 = await app.gql(REFRESH, { t: first.refreshToken });
    const live = r1.data!.refreshToken;
    // the old one again: a thief or a replay
    const replay = await app.gql(REFRESH, { t: first.refreshToken });
    expect(replay.data!.refreshToken).toMatchObject({ __typename: 'InvalidTokenError', code: 'INVALID_TOKEN' });
    // the legitimate newest token of the family is dead too
    const after = await app.gql(REFRESH, { t: live.refreshToken });
    expect(after.data!.refreshToken.__typename).toBe('InvalidTokenError');
    expect((await app.gql(ME, {}, live.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // and it is in the audit log
    const audit = await app.core.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from audit_entry where action = 'refresh.reused'`);
    expect(audit[0].n).toBeGreaterThan(0);
  });

  it('two concurrent refreshes with the same token: exactly one wins', async () => {
    const { refreshToken } = await app.login('passive@b.test');
    const results = await Promise.all([app.gql(REFRESH, { t: refreshToken }), app.gql(REFRESH, { t: refreshToken })]);
    const kinds = results.map((r) => r.data!.refreshToken.__typename).sort();
    expect(kinds).toEqual(['AuthTokens', 'InvalidTokenError']);
  });

  it('an unknown refresh token is refused', async () => {
    const r = await app.gql(REFRESH, { t: 'not-a-token' });
    expect(r.data!.refreshToken.__typename).toBe('InvalidTokenError');
  });
});

describe('logout', () => {
  it('ends the session: the access token and the refresh token stop working', async () => {
    const { accessToken, refreshToken } = await app.login('active_extended@a.test');
    const out = await app.gql(`mutation { logout(input: {}) }`, {}, accessToken);
    expect(out.data!.logout).toBe(true);
    expect((await app.gql(ME, {}, accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(REFRESH, { t: refreshToken })).data!.refreshToken.__typename).toBe('InvalidTokenError');
  });

  it('can end a session by its refresh token alone', async () => {
    const { accessToken, refreshToken } = await app.login('active_extended@b.test');
    const out = await app.gql(`mutation($t: String) { logout(input: { refreshToken: $t }) }`, { t: refreshToken });
    expect(out.data!.logout).toBe(true);
    expect((await app.gql(ME, {}, accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename ... on UserError { code message } } }`;
  const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { __typename ... on UserError { code message } } }`;
  const REQUEST = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { ok } }`;

  it('changes the password: the old one stops working, every session ends', async () => {
    const s1 = await app.login('observer@a.test');
    const s2 = await app.login('observer@a.test');
    expect(
      (await app.gql(CHANGE, { i: { currentPassword: 'wrong-password', newPassword: 'a-new-long-password' } }, s1.accessToken)).data!
        .changePassword.code,
    ).toBe('INVALID_CREDENTIALS');
    expect(
      (await app.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'short' } }, s1.accessToken)).data!.changePassword.code,
    ).toBe('WEAK_PASSWORD');
    const ok = await app.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a-new-long-password' } }, s1.accessToken);
    expect(ok.data!.changePassword.__typename).toBe('Done');
    expect((await app.gql(ME, {}, s2.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(app.login('observer@a.test')).rejects.toThrow();
    await expect(app.login('observer@a.test', 'a-new-long-password')).resolves.toHaveProperty('accessToken');
    // put it back for the other tests
    const s3 = await app.login('observer@a.test', 'a-new-long-password');
    await app.gql(CHANGE, { i: { currentPassword: 'a-new-long-password', newPassword: PASSWORD } }, s3.accessToken);
  });

  it('resets a password with a one-time token', async () => {
    const before = await app.login('passive@a.test');
    const req = await app.gql(REQUEST, { e: 'passive@a.test' });
    expect(req.data!.requestPasswordReset.ok).toBe(true);
    const token = app.resetTokens.get('passive@a.test')!;
    expect(token).toBeTruthy();
    expect((await app.gql(RESET, { i: { token, newPassword: 'reset-password-123' } })).data!.resetPassword.__typename).toBe('Done');
    // once only
    expect((await app.gql(RESET, { i: { token, newPassword: 'reset-password-456' } })).data!.resetPassword.code).toBe('INVALID_TOKEN');
    // sessions from before the reset are over
    expect((await app.gql(ME, {}, before.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(app.login('passive@a.test', 'reset-password-123')).resolves.toHaveProperty('accessToken');
    const again = await app.gql(REQUEST, { e: 'passive@a.test' });
    expect(again.data!.requestPasswordReset.ok).toBe(true);
    await app.gql(RESET, { i: { token: app.resetTokens.get('passive@a.test')!, newPassword: PASSWORD } });
  });

  it('an expired reset token is refused', async () => {
    await app.gql(REQUEST, { e: 'active@a.test' });
    const token = app.resetTokens.get('active@a.test')!;
    app.clock.advance(2 * 3600 * 1000);
    try {
      expect((await app.gql(RESET, { i: { token, newPassword: 'too-late-password' } })).data!.resetPassword.code).toBe('INVALID_TOKEN');
    } finally {
      app.clock.advance(-2 * 3600 * 1000);
    }
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await app.gql(REQUEST, { e: 'ghost@nowhere.test' });
    expect(res.data!.requestPasswordReset.ok).toBe(true);
    expect(app.resetTokens.has('ghost@nowhere.test')).toBe(false);
  });
});

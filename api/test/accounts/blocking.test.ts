import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { wsConnect } from '../ws-client';

const ME = `{ me { kind user { email } } }`;
const BLOCK_COMPANY = `mutation($i: SetCompanyBlockedInput!) { setCompanyBlocked(input: $i) { __typename ... on Company { blocked } ... on UserError { code } } }`;
const BLOCK_USER = `mutation($i: SetUserBlockedInput!) { setUserBlocked(input: $i) { __typename ... on User { blocked } ... on UserError { code message } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { __typename } }`;

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp();
  staff = (await app.login('staff@kontor.test')).accessToken;
});
afterAll(async () => {
  await app?.close();
});

/** Opens a subscription to viewerEvents; `closed` resolves when the server ends the connection. */
async function openSubscription(accessToken: string) {
  const ws = wsConnect(app.url, { authorization: `Bearer ${accessToken}` });
  await ws.acked;
  ws.subscribe('1', 'subscription { viewerEvents { kind at } }');
  // let the server register the subscription
  for (let i = 0; i < 50 && app.server.socketCount() === 0; i++) await new Promise((r) => setTimeout(r, 20));
  return { whenClosed: ws.closed, ws };
}

/** Connects with the given credentials and resolves with how the server closed the connection. */
async function refusedConnection(authorization: string): Promise<{ code: number; reason: string }> {
  const ws = wsConnect(app.url, { authorization });
  await expect(ws.acked).rejects.toBeDefined();
  return ws.closed;
}

describe('blocking bites at once', () => {
  it('a blocked company: requests, refresh, login, API keys and open subscriptions are all refused', async () => {
    const { accessToken, refreshToken } = await app.login('active@b.test');
    expect((await app.gql(ME, {}, accessToken)).data!.me.user.email).toBe('active@b.test');
    const sub = await openSubscription(accessToken);
    const sockets = app.server.socketCount();
    expect(sockets).toBeGreaterThan(0);

    const res = await app.gql(BLOCK_COMPANY, { i: { companyId: app.world.b.company.id, blocked: true, reason: 'unpaid invoices' } }, staff);
    expect(res.data!.setCompanyBlocked).toEqual({ __typename: 'Company', blocked: true });

    const closed = await sub.whenClosed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/company blocked/);

    const after = await app.gql(ME, {}, accessToken);
    expect(after.status).toBe(403);
    expect(after.errors?.[0].extensions?.code).toBe('ACCOUNT_BLOCKED');
    expect((await app.gql(REFRESH, { t: refreshToken })).data!.refreshToken.__typename).toBe('AccountBlockedError');
    const login = await app.gql(`mutation { login(input: { email: "passive@b.test", password: "correct-horse-battery" }) { __typename } }`);
    expect(login.data!.login.__typename).toBe('AccountBlockedError');

    // a new WebSocket connection is refused too
    expect(await refusedConnection(`Bearer ${accessToken}`)).toMatchObject({ code: 4403, reason: expect.stringMatching(/blocked/) });

    // unblocking restores access with the same session
    await app.gql(BLOCK_COMPANY, { i: { companyId: app.world.b.company.id, blocked: false } }, staff);
    expect((await app.gql(ME, {}, accessToken)).data!.me.user.email).toBe('active@b.test');
  });

  it('a blocked user: refused at once, the subscription is closed, colleagues carry on', async () => {
    const victim = await app.login('passive@a.test');
    const colleague = await app.login('active@a.test');
    const sub = await openSubscription(victim.accessToken);
    const admin = (await app.login('admin@a.test')).accessToken;
    const res = await app.gql(BLOCK_USER, { i: { userId: app.world.a.users.passive.id, blocked: true } }, admin);
    expect(res.data!.setUserBlocked).toEqual({ __typename: 'User', blocked: true });
    expect((await sub.whenClosed).code).toBe(4403);
    expect((await app.gql(ME, {}, victim.accessToken)).errors?.[0].extensions?.code).toBe('ACCOUNT_BLOCKED');
    expect((await app.gql(ME, {}, colleague.accessToken)).data!.me.user.email).toBe('active@a.test');
    await app.gql(BLOCK_USER, { i: { userId: app.world.a.users.passive.id, blocked: false } }, admin);
  });

  it('a company admin cannot block users of another company, nor themselves', async () => {
    const admin = (await app.login('admin@a.test')).accessToken;
    const other = await app.gql(BLOCK_USER, { i: { userId: app.world.b.users.active.id, blocked: true } }, admin);
    expect(other.data!.setUserBlocked.code).toBe('NOT_FOUND');
    const self = await app.gql(BLOCK_USER, { i: { userId: app.world.a.users.admin.id, blocked: true } }, admin);
    expect(self.data!.setUserBlocked.code).toBe('VALIDATION');
  });

  it('a subscription over WebSocket without valid credentials is refused', async () => {
    expect((await refusedConnection('Bearer nonsense')).code).toBe(4403);
  });

  it('signing out closes that session’s subscriptions', async () => {
    const s = await app.login('observer@a.test');
    const sub = await openSubscription(s.accessToken);
    await app.gql(`mutation { logout(input: {}) }`, {}, s.accessToken);
    expect((await sub.whenClosed).code).toBe(4403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../fixtures';
import { startTestApp, type TestApp } from '../harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on UserError { code message } ... on RateLimitedError { retryAfterSeconds } } }`;
const ME = `{ me { kind permissions user { email } company { name } } }`;
const WINDOWS = `mutation($i: SetUserAccessWindowsInput!) { setUserAccessWindows(input: $i) { __typename ... on User { accessWindows { days from to } } ... on UserError { code message } } }`;

let app: TestApp;
/** A fresh staff admin token at the test clock's current time (some tests move the clock). */
const staffToken = () => app.tokenFor(app.world.staffAdmin.id);
beforeAll(async () => {
  app = await startTestApp({ login: { maxFailuresPerAccount: 3, maxAttemptsPerIp: 1000, windowSeconds: 60 } });
});
afterAll(async () => {
  await app?.close();
});

describe('access-time windows', () => {
  it('refuses sign-in and requests outside the window, allows them inside', async () => {
    // the test clock: Wednesday 2026-11-25 15:55 Warsaw (14:55 UTC)
    app.clock.set(new Date('2026-11-25T14:55:00Z'));
    const inside = await app.login('active@b.test');
    const res = await app.gql(
      WINDOWS,
      { i: { userId: app.world.b.users.active.id, windows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '16:00' }] } },
      await staffToken(),
    );
    expect(res.data!.setUserAccessWindows.accessWindows).toEqual([{ days: [1, 2, 3, 4, 5], from: '08:00', to: '16:00' }]);
    expect((await app.gql(ME, {}, inside.accessToken)).data!.me.user.email).toBe('active@b.test');

    app.clock.set(new Date('2026-11-25T15:05:00Z')); // 16:05 in Warsaw; the access token still has 5 minutes
    const outside = await app.gql(ME, {}, inside.accessToken);
    expect(outside.errors?.[0].extensions?.code).toBe('OUTSIDE_ACCESS_WINDOW');
    expect((await app.gql(LOGIN, { input: { email: 'active@b.test', password: PASSWORD } })).data!.login.__typename).toBe(
      'OutsideAccessWindowError',
    );
    const refresh = await app.gql(`mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { __typename } }`, {
      t: inside.refreshToken,
    });
    expect(refresh.data!.refreshToken.__typename).toBe('OutsideAccessWindowError');

    app.clock.set(new Date('2026-11-26T08:00:00Z')); // Thursday 09:00 Warsaw
    expect((await app.gql(ME, {}, (await app.login('active@b.test')).accessToken)).data!.me.user.email).toBe('active@b.test');
    // an empty list lifts the restriction
    await app.gql(WINDOWS, { i: { userId: app.world.b.users.active.id, windows: [] } }, await staffToken());
    app.clock.set(new Date());
  });

  it('rejects malformed windows with a clear message', async () => {
    const res = await app.gql(
      WINDOWS,
      { i: { userId: app.world.b.users.active.id, windows: [{ days: [9], from: '8', to: '16:00' }] } },
      await staffToken(),
    );
    expect(res.data!.setUserAccessWindows.code).toBe('VALIDATION');
    expect(res.data!.setUserAccessWindows.message).toMatch(/days must be weekday numbers/);
  });
});

describe('login rate limiting', () => {
  it('after too many failures even the right password is refused, per account', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await app.gql(LOGIN, { input: { email: 'observer@b.test', password: 'wrong-wrong-wrong' } })).data!.login.__typename).toBe(
        'InvalidCredentialsError',
      );
    }
    const limited = await app.gql(LOGIN, { input: { email: 'observer@b.test', password: PASSWORD } });
    expect(limited.data!.login).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' });
    expect(limited.data!.login.retryAfterSeconds).toBeGreaterThan(0);
    // another account from the same address is unaffected
    expect((await app.gql(LOGIN, { input: { email: 'passive@b.test', password: PASSWORD } })).data!.login.__typename).toBe('AuthTokens');
    // the counter lives in Redis, shared by every API instance
    const keys = await app.core.redis.keys(`${app.core.config.redisPrefix}rl:login:acct:*`);
    expect(keys).toContain(`${app.core.config.redisPrefix}rl:login:acct:observer@b.test`);
  });

  it('a successful login clears the failures', async () => {
    await app.gql(LOGIN, { input: { email: 'admin@b.test', password: 'wrong-wrong-wrong' } });
    await app.gql(LOGIN, { input: { email: 'admin@b.test', password: 'wrong-wrong-wrong' } });
    await app.login('admin@b.test');
    await app.gql(LOGIN, { input: { email: 'admin@b.test', password: 'wrong-wrong-wrong' } });
    await app.gql(LOGIN, { input: { email: 'admin@b.test', password: 'wrong-wrong-wrong' } });
    await expect(app.login('admin@b.test')).resolves.toHaveProperty('accessToken');
  });

  it('limits attempts per IP address across accounts', async () => {
    const limited = await startTestApp({ login: { maxFailuresPerAccount: 100, maxAttemptsPerIp: 4, windowSeconds: 60 } });
    try {
      const kinds: string[] = [];
      for (const email of ['a1@x.test', 'a2@x.test', 'a3@x.test', 'a4@x.test', 'a5@x.test', 'a6@x.test']) {
        kinds.push((await limited.gql(LOGIN, { input: { email, password: 'whatever-password' } })).data!.login.__typename);
      }
      expect(kinds).toEqual([
        'InvalidCredentialsError',
        'InvalidCredentialsError',
        'InvalidCredentialsError',
        'InvalidCredentialsError',
        'RateLimitedError',
        'RateLimitedError',
      ]);
    } finally {
      await limited.close();
    }
  });
});

describe('API keys', () => {
  const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { __typename ... on ApiKeyCreated { secret apiKey { id prefix scopes } } ... on UserError { code message } } }`;

  it('a company admin creates a scoped key, shown once and stored hashed; it works until revoked', async () => {
    const admin = (await app.login('admin@a.test')).accessToken;
    const res = await app.gql(
      CREATE,
      { i: { companyId: app.world.a.company.id, name: 'ERP connector', scopes: ['catalog.view', 'orders.view'] } },
      admin,
    );
    const created = res.data!.createApiKey;
    expect(created.__typename).toBe('ApiKeyCreated');
    expect(created.secret).toMatch(/^kontor_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const stored = await app.core.orm.em
      .fork()
      .getConnection()
      .execute('select secret_hash from api_key where id = ?', [created.apiKey.id]);
    expect(stored[0].secret_hash).not.toContain(created.secret.split('_').pop());
    expect(stored[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await app.gql(ME, {}, { apiKey: created.secret });
    expect(me.data!.me).toMatchObject({
      kind: 'apiKey',
      permissions: ['catalog.view', 'orders.view'],
      company: { name: 'Alpha Hurt' },
      user: null,
    });
    // also as Authorization: ApiKey …
    const viaHeader = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${created.secret}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await viaHeader.json()) as any).data.me.kind).toBe('apiKey');
    // the list shows it without the secret
    const list = await app.gql(
      `query($c: ID!) { apiKeys(companyId: $c) { id name prefix scopes revokedAt } }`,
      { c: app.world.a.company.id },
      admin,
    );
    expect(JSON.stringify(list.data)).not.toContain(created.secret);
    expect(list.data!.apiKeys.map((k: any) => k.name)).toContain('ERP connector');

    const revoke = await app.gql(
      `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { revokedAt } } }`,
      { id: created.apiKey.id },
      admin,
    );
    expect(revoke.data!.revokeApiKey.revokedAt).toBeTruthy();
    const after = await app.gql(ME, {}, { apiKey: created.secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('scopes never exceed the creator’s rights or include administration', async () => {
    const admin = (await app.login('admin@a.test')).accessToken;
    const tooMuch = await app.gql(CREATE, { i: { companyId: app.world.a.company.id, name: 'x', scopes: ['users.manage'] } }, admin);
    expect(tooMuch.data!.createApiKey.code).toBe('VALIDATION');
    const unknown = await app.gql(CREATE, { i: { companyId: app.world.a.company.id, name: 'x', scopes: ['root.everything'] } }, admin);
    expect(unknown.data!.createApiKey.code).toBe('VALIDATION');
    const staffy = await app.gql(CREATE, { i: { companyId: app.world.a.company.id, name: 'x', scopes: ['staff.audit.view'] } }, admin);
    expect(staffy.data!.createApiKey.code).toBe('VALIDATION');
  });

  it('a key’s scopes are enforced, and a company admin cannot make keys for another company', async () => {
    const admin = (await app.login('admin@a.test')).accessToken;
    const res = await app.gql(CREATE, { i: { companyId: app.world.a.company.id, name: 'catalog only', scopes: ['catalog.view'] } }, admin);
    const key = res.data!.createApiKey.secret;
    const forbidden = await app.gql(
      `{ companyUsers(companyId: "${app.world.a.company.id}") { edges { node { email } } } }`,
      {},
      { apiKey: key },
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await app.gql(CREATE, { i: { companyId: app.world.b.company.id, name: 'x', scopes: ['catalog.view'] } }, admin);
    expect(other.data!.createApiKey.code).toBe('NOT_FOUND');
  });

  it('malformed and unknown keys get 401 with a clear message', async () => {
    for (const key of ['nope', 'kontor_short_x', 'kontor_AAAAAAAAAAAA_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb']) {
      const res = await app.gql(ME, {}, { apiKey: key });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].message).toMatch(/API key/);
    }
  });
});

describe('audit log and administration', () => {
  it('records logins, failures, blocks, level and key changes; staff admins read it newest first, paged', async () => {
    const admin = (await app.login('admin@a.test')).accessToken;
    await app.gql(LOGIN, { input: { email: 'passive@a.test', password: 'nope-nope-nope' } });
    const levels = await app.gql(`{ accessLevels { id code builtIn permissions } }`, {}, admin);
    const passive = levels.data!.accessLevels.find((l: any) => l.code === 'passive');
    expect(levels.data!.accessLevels.map((l: any) => l.code)).toEqual(
      expect.arrayContaining(['observer', 'passive', 'active', 'active_extended']),
    );
    await app.gql(
      `mutation($i: SetUserAccessLevelInput!) { setUserAccessLevel(input: $i) { __typename } }`,
      { i: { userId: app.world.a.users.observer.id, accessLevelId: passive.id } },
      admin,
    );

    const page1 = await app.gql(
      `{ auditLog(first: 3) { edges { cursor node { action at companyId details } } pageInfo { hasNextPage endCursor } } }`,
      {},
      await staffToken(),
    );
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.auditLog.edges).toHaveLength(3);
    expect(page1.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(
      `query($a: String) { auditLog(first: 100, after: $a) { edges { node { id action } } } }`,
      { a: page1.data!.auditLog.pageInfo.endCursor },
      await staffToken(),
    );
    const all = [
      ...page1.data!.auditLog.edges.map((e: any) => e.node.action),
      ...page2.data!.auditLog.edges.map((e: any) => e.node.action),
    ];
    expect(all).toEqual(
      expect.arrayContaining(
        ['login.succeeded', 'login.failed', 'user.accessLevelChanged', 'apiKey.created', 'apiKey.revoked', 'company.blocked'].filter(
          (a) => a !== 'company.blocked',
        ),
      ),
    );
    const times = page1.data!.auditLog.edges.map((e: any) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);
    const changed = await app.gql(
      `{ auditLog(first: 5, action: "user.accessLevelChanged") { edges { node { details } } } }`,
      {},
      await staffToken(),
    );
    expect(changed.data!.auditLog.edges[0].node.details).toEqual({ from: 'observer', to: 'passive' });
    // put it back
    await app.gql(
      `mutation($i: SetUserAccessLevelInput!) { setUserAccessLevel(input: $i) { __typename } }`,
      { i: { userId: app.world.a.users.observer.id, accessLevelId: app.world.levels.observer.id } },
      admin,
    );
  });

  it('a custom access level works at once for its users', async () => {
    const res = await app.gql(
      `mutation($i: UpsertAccessLevelInput!) { upsertAccessLevel(input: $i) { __typename ... on AccessLevel { id code permissions } ... on UserError { code message } } }`,
      {
        i: {
          code: 'buyer_no_invoices',
          name: 'Buyer without invoices',
          permissions: ['catalog.view', 'stock.view', 'orders.view', 'orders.place'],
        },
      },
      await staffToken(),
    );
    expect(res.data!.upsertAccessLevel.code).toBe('buyer_no_invoices');
    const admin = (await app.login('admin@a.test')).accessToken;
    const created = await app.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { __typename ... on User { id email accessLevel { code } } ... on UserError { code message } } }`,
      {
        i: {
          companyId: app.world.a.company.id,
          email: 'New.Buyer@A.test',
          name: 'New Buyer',
          password: 'a-long-password-1',
          accessLevelId: res.data!.upsertAccessLevel.id,
        },
      },
      admin,
    );
    expect(created.data!.createUser).toMatchObject({
      __typename: 'User',
      email: 'new.buyer@a.test',
      accessLevel: { code: 'buyer_no_invoices' },
    });
    const me = await app.gql(ME, {}, (await app.login('new.buyer@a.test', 'a-long-password-1')).accessToken);
    expect(me.data!.me.permissions).toEqual(['catalog.view', 'orders.place', 'orders.view', 'stock.view']);
    const dup = await app.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { __typename ... on UserError { code message } } }`,
      {
        i: {
          companyId: app.world.a.company.id,
          email: 'new.buyer@a.test',
          name: 'Again',
          password: 'a-long-password-1',
          accessLevelId: res.data!.upsertAccessLevel.id,
        },
      },
      admin,
    );
    expect(dup.data!.createUser).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/exists already/) });
    const bad = await app.gql(
      `mutation($i: UpsertAccessLevelInput!) { upsertAccessLevel(input: $i) { __typename ... on UserError { code message } } }`,
      { i: { code: 'sneaky', name: 'Sneaky', permissions: ['staff.audit.view'] } },
      await staffToken(),
    );
    expect(bad.data!.upsertAccessLevel).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Not customer permissions/) });
  });

  it('a sales rep reaches only assigned customers', async () => {
    const rep = (await app.login('rep@kontor.test')).accessToken;
    const list = await app.gql(`{ companies(first: 10) { edges { node { name } } } }`, {}, rep);
    expect(list.data!.companies.edges.map((e: any) => e.node.name)).toEqual(['Alpha Hurt']);
    expect((await app.gql(`query($id: ID!) { company(id: $id) { name } }`, { id: app.world.b.company.id }, rep)).data!.company).toBeNull();
    const all = await app.gql(`{ companies(first: 10) { edges { node { name } } } }`, {}, await staffToken());
    expect(all.data!.companies.edges.map((e: any) => e.node.name)).toEqual(['Alpha Hurt', 'Beta Handel']);
  });
});

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ManualClock } from '../src/common/clock';
import { dropKeys } from '../src/common/redis';
import { loadConfig, type Config } from '../src/config/config';
import { createCore, type Core } from '../src/core';
import { startApiServer, type ApiServer } from '../src/graphql/server';
import { ADMIN_URL } from './global-setup';
import { PASSWORD, seedWorld, type World } from './fixtures';
import { Session } from '../src/modules/accounts/session.entity';
import { User } from '../src/modules/accounts/user.entity';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }>;
  headers: Headers;
}

/** A database cloned from the migrated template, dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = process.env.KONTOR_TEST_RUN;
  if (!run) throw new Error('KONTOR_TEST_RUN is not set: run tests through vitest (global setup).');
  const name = `kontor_t_${run}_${randomBytes(4).toString('hex')}`;
  const template = `kontor_tpl_${run}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  // cloning needs the template idle; retry briefly if another file is cloning at the same moment
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${template}`);
      break;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestApp {
  core: Core;
  server: ApiServer;
  url: string;
  clock: ManualClock;
  world: World;
  /** Password-reset tokens "sent", by e-mail address. */
  resetTokens: Map<string, string>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: string | { apiKey: string },
  ): Promise<GqlResponse<T>>;
  /** Signs in and returns the access and refresh tokens. */
  login(email: string, password?: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** A fresh session and access token for a user, without the password round (fast, for matrices). */
  tokenFor(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** A GraphQL-over-HTTP client for a test server: a Bearer token, or an API key. */
export function graphqlClient(url: string) {
  return async function gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: string | { apiKey: string },
  ): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (typeof auth === 'string') headers.authorization = `Bearer ${auth}`;
    else if (auth) headers['x-api-key'] = auth.apiKey;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
}

/** A fresh session and access token for a user, without the password round (fast, for matrices). */
export async function mintAccessToken(core: Core, clock: ManualClock, userId: string): Promise<string> {
  const em = core.orm.em.fork();
  const now = clock.now();
  const session = em.create(Session, { user: em.getReference(User, userId), createdAt: now, lastUsedAt: now });
  await em.flush();
  return core.signer.sign({ sub: userId, sid: session.id, exp: Math.floor(now.getTime() / 1000) + 3600 });
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
    { redisPrefix: `kontor:test:${randomBytes(4).toString('hex')}:`, ...overrides },
  );
  const clock = new ManualClock(new Date());
  const resetTokens = new Map<string, string>();
  const core = await createCore(config, {
    clock,
    passwordResetNotifier: {
      async sendPasswordReset(user, token) {
        resetTokens.set(user.email, token);
      },
    },
  });
  const world = await seedWorld(core.orm.em.fork());
  const server = await startApiServer(core, { port: 0, host: '127.0.0.1' });

  const gql = graphqlClient(server.url);

  async function login(email: string, password = PASSWORD) {
    const res = await gql<{ login: { __typename: string; accessToken: string; refreshToken: string; code?: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthTokens { accessToken refreshToken } ... on UserError { code message } } }`,
      { input: { email, password } },
    );
    if (res.data?.login.__typename !== 'AuthTokens') throw new Error(`login of ${email} failed: ${JSON.stringify(res.data ?? res.errors)}`);
    return { accessToken: res.data.login.accessToken, refreshToken: res.data.login.refreshToken };
  }

  const tokenFor = (userId: string) => mintAccessToken(core, clock, userId);

  return {
    core,
    server,
    tokenFor,
    url: server.url,
    clock,
    world,
    resetTokens,
    gql,
    login,
    async close() {
      await server.close();
      await core.close();
      await db.drop();
      await dropKeys(config.redisUrl, config.redisPrefix);
    },
  };
}

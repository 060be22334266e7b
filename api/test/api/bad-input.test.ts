import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { createCore } from '../../src/core';
import { startTestApp, type TestApp } from '../harness';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ maxBodyBytes: 64 * 1024, maxQueryDepth: 6, maxQueryCost: 2000 });
  token = (await app.login('admin@a.test')).accessToken;
});
afterAll(async () => {
  await app?.close();
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(app.url, { method: 'POST', headers: { ...headers, authorization: `Bearer ${token}` }, body });

/** Every error answer: JSON, a stable code, a message, and nothing of the server's insides. */
function expectCleanErrors(body: any, code: string) {
  expect(body.errors?.length).toBeGreaterThan(0);
  expect(body.errors[0].extensions.code).toBe(code);
  expect(typeof body.errors[0].message).toBe('string');
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|at [A-Za-z]+ \(|node_modules|\.ts:\d+|select |insert |from "/i);
}

describe('bad input gets a clear error, never a stack trace or a 500', () => {
  it('malformed JSON → 400', async () => {
    const res = await post('{"query": "{ me { kind } }"');
    expect(res.status).toBe(400);
    expectCleanErrors(await res.json(), 'BAD_REQUEST');
  });

  it('a GraphQL syntax error → 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ me { kind ' }));
    expect(res.status).toBe(400);
    expectCleanErrors(await res.json(), 'GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field → 400 GRAPHQL_VALIDATION_FAILED naming it', async () => {
    const res = await post(JSON.stringify({ query: '{ me { kind salary } }' }));
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expectCleanErrors(body, 'GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/salary/);
  });

  it('a variable of the wrong type → 400 BAD_USER_INPUT', async () => {
    const res = await post(
      JSON.stringify({ query: 'query($n: Int) { companyUsers(companyId: "x", first: $n) { edges { cursor } } }', variables: { n: 'ten' } }),
    );
    expect(res.status).toBe(400);
    expectCleanErrors(await res.json(), 'BAD_USER_INPUT');
  });

  it('a literal of the wrong type → 400', async () => {
    const res = await post(JSON.stringify({ query: '{ companyUsers(companyId: "x", first: "ten") { edges { cursor } } }' }));
    expect(res.status).toBe(400);
    expectCleanErrors(await res.json(), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('an oversized body → 413 with the limit in the message, declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ me { kind } }`, variables: { pad: 'x'.repeat(100 * 1024) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expectCleanErrors(body, 'PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/65536/);
  });

  it('a query deeper than the limit → 400 QUERY_TOO_DEEP', async () => {
    const deep = '{ __typename a: me { user { accessLevel { permissions } } company { name } } }';
    expect(((await (await post(JSON.stringify({ query: deep }))).json()) as any).errors).toBeUndefined();
    // introspection counts too: deep introspection is a classic way to load a server
    const nested = `{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`;
    const res = await post(JSON.stringify({ query: nested }));
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expectCleanErrors(body, 'QUERY_TOO_DEEP');
    expect(body.errors[0].message).toMatch(/at most 6/);
  });

  it('a query costlier than the limit → 400 QUERY_TOO_COSTLY', async () => {
    const costly = `{ a: auditLog(first: 100) { edges { node { id action at ip } } } b: auditLog(first: 100) { edges { node { id action at ip } } } c: auditLog(first: 100) { edges { node { id } } } d: auditLog(first: 100) { edges { node { id action } } } }`;
    const res = await post(JSON.stringify({ query: costly }));
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expectCleanErrors(body, 'QUERY_TOO_COSTLY');
    expect(body.errors[0].message).toMatch(/at most 2000/);
  });

  it('an absurd page size and a malformed cursor → BAD_USER_INPUT with advice', async () => {
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    const huge = await app.gql(`{ auditLog(first: 100000) { edges { cursor } } }`, {}, staff);
    expect(huge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/at most 100/) });
    const big = await app.gql(`{ auditLog(first: 500) { edges { cursor } } }`, {}, staff);
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/at most 100/) });
    const zero = await app.gql(`{ auditLog(first: 0) { edges { cursor } } }`, {}, staff);
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await app.gql(`{ auditLog(first: 5, after: "garbage!!") { edges { cursor } } }`, {}, staff);
    expect(cursor.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/cursor is malformed/),
    });
  });

  it('a malformed Authorization header → 401 explaining the expected form', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: '{"query":"{ me { kind } }"}',
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].message).toMatch(/Bearer <token>/);
  });

  it('a GET without a CSRF-safe header is refused, a plain-text POST too', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ me { kind } }')}`);
    expect(res.status).toBe(400);
    const text = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { kind } }"}' });
    expect(text.status).toBe(400);
  });

  it('a malformed id for a uuid column gets no 500', async () => {
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    const res = await app.gql(`{ company(id: "not-a-uuid") { name } }`, {}, staff);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('health, explorer and infrastructure failures', () => {
  it('health endpoints answer', async () => {
    const base = app.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: 'ready' });
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('serves the GraphQL explorer and its assets itself', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    const base = app.url.replace('/graphql', '');
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const res = await fetch(`${base}/graphiql/${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('with Redis gone: readiness says so, sign-in is refused with a clear error, signed-in reads go on', async () => {
    const base = app.url.replace('/graphql', '');
    const reader = (await app.login('active@a.test')).accessToken;
    app.core.redis.disconnect();
    try {
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      const login = await app.gql(`mutation { login(input: { email: "passive@a.test", password: "x-x-x-x-x-x" }) { __typename } }`);
      expect(login.errors?.[0]).toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        message: expect.stringMatching(/unavailable/),
      });
      const me = await app.gql(`{ me { user { email } } }`, {}, reader);
      expect(me.data!.me.user.email).toBe('active@a.test');
    } finally {
      await app.core.redis.connect();
    }
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });

  it('start-up with an unreachable Redis or PostgreSQL fails with a message that says which and how', async () => {
    const dbUrl = app.core.config.databaseUrl;
    await expect(
      createCore(loadConfig({ NODE_ENV: 'test', DATABASE_URL: dbUrl, REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' })),
    ).rejects.toThrow(/Redis at redis:\/\/127\.0\.0\.1:1 did not answer.*REDIS_URL/);
    await expect(
      createCore(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent' })),
    ).rejects.toThrow(/PostgreSQL at .* could not be reached/);
  });
});

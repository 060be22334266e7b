import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../api/src/config/config';
import { createCore, type Core } from '../api/src/core';
import { Session } from '../api/src/modules/accounts/session.entity';
import { User } from '../api/src/modules/accounts/user.entity';
import { loadDemoSeed, startTestErp, type DemoErp } from '../api/test/erp-sync/erp-harness';
import { seedWorld, type World } from '../api/test/fixtures';
import { createTestDatabase } from '../api/test/harness';
import { seedOrdering, type OrderingWorld } from '../api/test/orders/order-fixtures';
import { wsConnect } from '../api/test/ws-client';
import { freePort, ROOT, startApiProcess, startRedis, startWorkersProcess, TOKEN_SECRET, type Proc } from './helpers/processes';

/**
 * Redis restarted in the middle (DESIGN.md §2: Redis carries queues and pub/sub only; losing it loses no data).
 * A real API process and a real workers process share a private redis-server without persistence, wired to the
 * demo ERP. Orders and proformas are placed before, during and after Redis is down; the restart comes back empty
 * (every queued job, delayed expiry and job scheduler gone). Afterwards every order reaches the ERP exactly once
 * through the outbox relay, and every proforma's reservation is released at expiry exactly once by the sweep —
 * although the expiry jobs of those placed before the restart died with Redis and those placed during the outage
 * were never enqueued.
 */
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } ... on UserError { code message } } }`;
const PROFORMA = `mutation($input: PlaceOrderInput!) { createProforma(input: $input) { __typename ... on Order { id } ... on UserError { code message } } }`;

let db: { url: string; drop: () => Promise<void> };
let core: Core;
let world: World;
let ordering: OrderingWorld;
let erp: DemoErp;
let redis: Proc & { url: string };
let redisPort: number;
const procs: Proc[] = [];
const prefix = `kontor:test:redis:${randomBytes(4).toString('hex')}:`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  redisPort = await freePort();
  redis = await startRedis(redisPort);
  db = await createTestDatabase();
  core = await createCore(
    loadConfig(
      { NODE_ENV: 'test', DATABASE_URL: db.url, REDIS_URL: redis.url, LOG_LEVEL: 'silent', KONTOR_TOKEN_SECRET: TOKEN_SECRET },
      { redisPrefix: prefix },
    ),
  );
  world = await seedWorld(core.orm.em.fork());
  ordering = await seedOrdering(core.orm.em.fork(), { drill: 100_000 });
  // an ERP that knows the two companies and nothing else (its demo catalog, price lists and assortments would
  // replace the test's fixtures through the sync)
  await core.orm.em.getConnection().execute(`update company set erp_id = case name when 'Alpha Hurt' then 'K-0001' else 'K-0002' end`);
  erp = await startTestErp({ seed: false });
  const customer = (erpId: string, name: string) => ({ erpId, name, blocked: false, blockedReason: null, currency: 'PLN', accounts: [] });
  await (await loadDemoSeed()).putRecords(erp.pool, 'customers', [customer('K-0001', 'Alpha Hurt'), customer('K-0002', 'Beta Handel')]);
}, 120_000);

afterAll(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await redis?.kill('SIGKILL');
  await core?.close().catch(() => undefined);
  await erp?.close();
  await db?.drop();
  rmSync(path.join(ROOT, 'api', '.workers-build', process.env.KONTOR_TEST_RUN ?? 'none'), { recursive: true, force: true });
});

async function tokenFor(userId: string): Promise<string> {
  const em = core.orm.em.fork();
  const now = new Date();
  const session = em.create(Session, { user: em.getReference(User, userId), createdAt: now, lastUsedAt: now });
  await em.flush();
  return core.signer.sign({ sub: userId, sid: session.id, exp: Math.floor(now.getTime() / 1000) + 3600 });
}

const rows = <T>(sql: string, params: unknown[] = []) => core.orm.em.getConnection().execute<T[]>(sql, params);
const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ n: string }>(sql, params))[0].n);

async function until(what: string, cond: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe('Redis restarted in the middle', () => {
  it('loses nothing: the outbox relay and the reservation sweep catch up', async () => {
    const env = {
      KONTOR_ERP_URL: erp.url,
      KONTOR_ERP_STALE_BLOCKING_SECONDS: '0', // customers are let in although nothing was synced from the ERP yet
      KONTOR_ERP_INTERVAL_SECONDS: '86400',
      KONTOR_RESERVATION_HOURS: '0.01', // 36 s
      // the test's catalog and stock are fixtures the demo ERP does not know: a reconciliation must not remove them
      KONTOR_ERP_MAX_DELETE_SHARE: '0',
      // the customers synced from the demo ERP may have overdue invoices; this test is not about the credit policy
      KONTOR_CREDIT_POLICY: 'warn',
      KONTOR_OVERDUE_POLICY: 'warn',
    };
    const apiPort = await freePort();
    const api = await startApiProcess({ databaseUrl: db.url, redisUrl: redis.url, redisPrefix: prefix, port: apiPort, env });
    procs.push(api);
    procs.push(await startWorkersProcess({ databaseUrl: db.url, redisUrl: redis.url, redisPrefix: prefix, env }));
    // a second API process with a live subscriber: events cross Redis to reach it
    const api2 = await startApiProcess({ databaseUrl: db.url, redisUrl: redis.url, redisPrefix: prefix, port: await freePort(), env });
    procs.push(api2);
    const ws = wsConnect(api2.url, { authorization: `Bearer ${await tokenFor(world.a.users.passive.id)}` });
    await ws.acked;
    ws.subscribe('o', 'subscription { orderStatusChanged { orderId status } }');
    const heard = () =>
      new Set(ws.messages.filter((m) => m.id === 'o' && m.type === 'next').map((m) => m.payload.data.orderStatusChanged.orderId));
    const token = await tokenFor(world.a.users.active.id);
    let n = 0;
    const place = async (query: string, field: 'placeOrder' | 'createProforma') => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query,
          variables: { input: { idempotencyKey: `redis-${n++}`, lines: [{ productId: ordering.p.drill, quantity: 1 }] } },
        }),
      });
      const body = (await res.json()) as { data?: Record<string, { __typename: string; id?: string }>; errors?: unknown };
      if (body.data?.[field]?.__typename !== 'Order') throw new Error(`${field} failed: ${res.status} ${JSON.stringify(body)}`);
      return body.data[field].id!;
    };
    const batch = async () => ({
      orders: await Promise.all(Array.from({ length: 10 }, () => place(PLACE, 'placeOrder'))),
      proformas: await Promise.all(Array.from({ length: 5 }, () => place(PROFORMA, 'createProforma'))),
    });
    const pending = () => count(`select count(*) n from outbox where sent_at is null and dead_at is null`);

    // before: the pipeline works (the subscriber on the other API process is live once it hears a probe order)
    const probes: string[] = [];
    const probeUntilHeard = async (what: string) => {
      const from = probes.length;
      await until(
        what,
        async () => {
          probes.push(await place(PLACE, 'placeOrder'));
          await sleep(300);
          return probes.slice(from).some((id) => heard().has(id));
        },
        60_000,
      );
    };
    await probeUntilHeard('the subscriber on the other API process to hear an order');
    const before = await batch();
    await until('the first orders to reach the ERP', async () => (await pending()) === 0, 60_000);
    await until('the subscriber to hear the first orders', async () => before.orders.every((id) => heard().has(id)), 30_000);

    // Redis goes away; the API keeps taking orders (the outbox rows are in PostgreSQL)
    await redis.kill('SIGKILL');
    const during = await batch();
    // … and comes back empty on the same port
    redis = await startRedis(redisPort);
    // the API processes resubscribe on their own: live events cross again
    await probeUntilHeard('live events to cross Redis again after the restart');
    const after = await batch();
    await until(
      'the subscriber to hear the orders placed after the restart',
      async () => after.orders.every((id) => heard().has(id)),
      30_000,
    );
    ws.close();

    const orders = [...probes, ...before.orders, ...during.orders, ...after.orders];
    const proformas = [...before.proformas, ...during.proformas, ...after.proformas];
    // every order reaches the ERP, once
    await until('every order to reach the ERP', async () => (await pending()) === 0, 90_000).catch((err: Error) => {
      throw new Error(`${err.message}; ${JSON.stringify(procs.map((p) => p.output().slice(-3000)))}`);
    });
    // each order and proforma has exactly one message for the ERP, and each message is accounted for exactly once:
    // in the ERP (one document for its reference) or, when the ERP refused it, in the dead letters with its payload
    const msgs = await rows<{ id: string; aggregate_id: string; kind: string; sent: boolean; dead: boolean }>(
      `select id, aggregate_id, kind, sent_at is not null as sent, dead_at is not null as dead from outbox where kind in ('order', 'reservation')`,
    );
    expect(
      msgs
        .filter((m) => m.kind === 'order')
        .map((m) => m.aggregate_id)
        .sort(),
    ).toEqual([...orders].sort());
    expect(
      msgs
        .filter((m) => m.kind === 'reservation')
        .map((m) => m.aggregate_id)
        .sort(),
    ).toEqual([...proformas].sort());
    const docs = await erp.pool.query<{ kind: string; kontor_reference: string; n: number }>(
      `select kind, kontor_reference, count(*)::int n from erp_doc group by kind, kontor_reference`,
    );
    const inErp = new Map(docs.rows.map((d) => [`${d.kind}/${d.kontor_reference}`, d.n]));
    const dead = new Map(
      (await rows<{ outbox_id: string; ref: string }>(`select outbox_id, payload->>'kontorReference' ref from erp_dead_letter`)).map(
        (d) => [String(d.outbox_id), d.ref],
      ),
    );
    for (const m of msgs) {
      expect(m.sent !== m.dead, `message ${m.id} is ${m.sent ? 'sent' : m.dead ? 'dead' : 'pending'}`).toBe(true);
      if (m.sent) expect(inErp.get(`${m.kind}/${m.aggregate_id}`), `${m.kind} ${m.aggregate_id} in the ERP`).toBe(1);
      else expect(dead.get(String(m.id))).toBe(m.aggregate_id);
    }
    expect(msgs.filter((m) => m.sent).length).toBeGreaterThan(0);

    // every proforma's reservation expires (36 s) and is released once, by its job or by the sweep
    await until(
      'every reservation to be released at expiry',
      async () =>
        (await count(`select count(*) n from reservation where order_id = any(?::uuid[]) and status = 'expired'`, [`{${proformas}}`])) ===
        15,
      150_000,
    );
    const released = await rows<{ aggregate_id: string; n: string }>(
      `select aggregate_id, count(*) n from outbox where kind = 'reservationRelease' group by aggregate_id`,
    );
    expect(released.map((r) => r.aggregate_id).sort()).toEqual([...proformas].sort());
    expect(released.every((r) => Number(r.n) === 1)).toBe(true);
    // the goods are back: what is still held is exactly what the remaining active reservations hold (1 each)
    const held = await count(`select coalesce(sum(kontor_held), 0)::bigint n from stock where product_id = ?`, [ordering.p.drill]);
    expect(held).toBe(await count(`select count(*) n from reservation where status in ('active', 'paid')`));
  }, 360_000);
});

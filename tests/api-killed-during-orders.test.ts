import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../api/src/config/config';
import { createCore, type Core } from '../api/src/core';
import { Session } from '../api/src/modules/accounts/session.entity';
import { User } from '../api/src/modules/accounts/user.entity';
import { seedWorld, type World } from '../api/test/fixtures';
import { createTestDatabase } from '../api/test/harness';
import { seedOrdering, type OrderingWorld } from '../api/test/orders/order-fixtures';
import { freePort, startApiProcess, TOKEN_SECRET, type Proc } from './helpers/processes';

/**
 * The API process is killed (SIGKILL) while 1,000 clients place orders at once; each client retries with its
 * idempotency key — through refused connections while no API runs — until it gets its order from the API
 * started in its place. Afterwards every key has exactly one order, every client holds that order's id, and
 * each order has exactly one outbox message and its stock hold: nothing lost, nothing twice.
 */
const CLIENTS = 1000;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number } ... on UserError { code message } } }`;

let db: { url: string; drop: () => Promise<void> };
let core: Core;
let world: World;
let ordering: OrderingWorld;
const procs: Proc[] = [];
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `kontor:test:kill:${randomBytes(4).toString('hex')}:`;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test', DATABASE_URL: db.url, REDIS_URL, LOG_LEVEL: 'silent', KONTOR_TOKEN_SECRET: TOKEN_SECRET },
    { redisPrefix: prefix },
  );
  core = await createCore(config);
  world = await seedWorld(core.orm.em.fork());
  ordering = await seedOrdering(core.orm.em.fork(), { drill: 1_000_000 });
});

afterAll(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await core?.close();
  await db?.drop();
});

async function tokenFor(userId: string): Promise<string> {
  const em = core.orm.em.fork();
  const now = new Date();
  const session = em.create(Session, { user: em.getReference(User, userId), createdAt: now, lastUsedAt: now });
  await em.flush();
  return core.signer.sign({ sub: userId, sid: session.id, exp: Math.floor(now.getTime() / 1000) + 3600 });
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await core.orm.em.getConnection().execute<Array<{ n: string }>>(sql, params))[0].n);

describe('API killed during order placement', () => {
  it('1,000 concurrent placements, SIGKILL mid-run, clients retry with their keys: 0 lost, 0 duplicated', async () => {
    const port = await freePort();
    const start = () => startApiProcess({ databaseUrl: db.url, redisUrl: REDIS_URL, redisPrefix: prefix, port });
    procs.push(await start());
    const url = `http://127.0.0.1:${port}/graphql`;

    // buyers of both companies; the same key in different companies names different orders, so keys are unique anyway
    const buyers = await Promise.all(
      [world.a.users.active, world.a.users.active_extended, world.b.users.active, world.b.users.active_extended].map(async (u) => ({
        token: await tokenFor(u.id),
        companyId: u.company!.id,
      })),
    );
    let failures = 0;
    let killedAt = -1;
    const results: Array<{ key: string; companyId: string; id: string; attempts: number }> = [];
    const deadline = Date.now() + 150_000;

    const client = async (i: number) => {
      const buyer = buyers[i % buyers.length];
      const key = `kill-${i}-${randomBytes(3).toString('hex')}`;
      const input = { idempotencyKey: key, lines: [{ productId: ordering.p.drill, quantity: 1 + (i % 3) }] };
      for (let attempt = 1; ; attempt++) {
        if (Date.now() > deadline) throw new Error(`client ${i} gave up after ${attempt - 1} attempts`);
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer.token}` },
            body: JSON.stringify({ query: PLACE, variables: { input } }),
          });
          const body = (await res.json()) as {
            data?: { placeOrder?: { __typename: string; id?: string; code?: string } };
            errors?: unknown;
          };
          const o = body.data?.placeOrder;
          if (o?.__typename === 'Order') {
            results.push({ key, companyId: buyer.companyId, id: o.id!, attempts: attempt });
            return;
          }
          // an answer that is not an order is a bug unless the server was going down (5xx)
          if (res.status < 500) throw new Error(`client ${i}: unexpected answer ${res.status} ${JSON.stringify(body)}`);
        } catch (err) {
          if (err instanceof Error && err.message.startsWith(`client ${i}`)) throw err;
          // connection reset, refused, or a half-written answer: the API is down; retry with the same key
        }
        failures++;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
      }
    };

    const all = Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    // kill once some orders are committed and the rest are in flight
    for (;;) {
      const n = await count('select count(*) n from sales_order');
      if (n >= 100) {
        await procs[0].kill('SIGKILL');
        killedAt = await count('select count(*) n from sales_order');
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await procs[0].exited).toBe('SIGKILL');
    procs.push(await start());
    await all;

    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(CLIENTS); // the kill really came in the middle
    expect(failures).toBeGreaterThan(0); // and clients really had to retry
    expect(results).toHaveLength(CLIENTS);

    const rows = await core.orm.em
      .getConnection()
      .execute<Array<{ id: string; company_id: string; idempotency_key: string }>>(
        `select id, company_id, idempotency_key from sales_order`,
      );
    expect(rows).toHaveLength(CLIENTS);
    const byKey = new Map(rows.map((r) => [`${r.company_id}/${r.idempotency_key}`, r.id]));
    expect(byKey.size).toBe(CLIENTS);
    for (const r of results) expect(byKey.get(`${r.companyId}/${r.key}`)).toBe(r.id);
    // one outbox message per order, and the holds add up to what was ordered
    expect(await count(`select count(*) n from outbox where aggregate_type = 'order' and kind = 'order'`)).toBe(CLIENTS);
    expect(await count(`select count(distinct aggregate_id) n from outbox where aggregate_type = 'order' and kind = 'order'`)).toBe(
      CLIENTS,
    );
    const ordered = Array.from({ length: CLIENTS }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    expect(await count(`select coalesce(sum(quantity), 0)::bigint n from order_line`)).toBe(ordered);
    expect(await count(`select coalesce(sum(kontor_held), 0)::bigint n from stock where product_id = ?`, [ordering.p.drill])).toBe(ordered);
  }, 240_000);
});

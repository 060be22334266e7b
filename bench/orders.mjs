// Ordering (issue 4): placing orders of 5 lines through GraphQL (prices in one pricing call, one transaction with
// the order, 5 conditional stock holds, 5 lines, the reservation and its lines, the outbox row), against a floor:
// the same transaction written as plain SQL through `pg` (order, 5 conditional stock updates, 5 lines, 5 holds,
// an outbox row: 18 statements with BEGIN/COMMIT), measured in the same run at the same concurrency. Then 500
// concurrent buyers race for the last 50 units of one product: none may be oversold.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import { demoSeed, report, say, startStack } from './lib.mjs';
import { benchIds, fiveOf, loadVaried, seedBenchCatalog, signIn } from './orders-lib.mjs';

const require = createRequire(import.meta.url);
export const description = 'placeOrder with 5 lines vs a plain-SQL floor; 500 buyers racing for 50 units';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number } ... on UserError { code } } }`;

/** The plain-SQL floor: `connections` pg clients each running the 18-statement transaction for `seconds`. */
async function floor(databaseUrl, ids, { connections = 16, seconds = 10, warmup = 2 } = {}) {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: databaseUrl, max: connections });
  pool.on('error', () => {}); // an idle client dropped by the server is replaced on the next connect
  pool.on('connect', (client) => client.on('error', () => {}));
  const [companyRow] = (await pool.query(`select company_id from app_user where email = 'active@budmax.example'`)).rows;
  const [wh] = ids.warehouses;
  const one = async () => {
    const c = await pool.connect();
    try {
      const orderId = randomUUID();
      // in a stable order, as the API locks them (random order would deadlock concurrent transactions)
      const lines = fiveOf(ids.products).sort();
      await c.query('begin');
      const resId = randomUUID();
      // the order (and its reservation header, which the holds below belong to)
      await c.query(
        `with o as (
           insert into sales_order (id, number, company_id, kind, status, idempotency_key, currency, net_minor, gross_minor, placed_at, updated_at)
           values ($1::uuid, 'FL/' || nextval('order_number_seq'), $2, 'order', 'new', $1::text, 'PLN', 5000, 6150, now(), now()) returning id
         )
         insert into reservation (id, company_id, order_id, status, created_at) select $3, $2, o.id, 'active', now() from o`,
        [orderId, companyRow.company_id, resId],
      );
      for (const p of lines) {
        const r = await c.query(
          `update stock set kontor_held = kontor_held + 1, updated_at = now() where product_id = $1 and warehouse_id = $2 and on_hand - erp_reserved - kontor_held >= 1`,
          [p, wh],
        );
        if (r.rowCount !== 1) throw new Error('floor: out of stock');
      }
      let n = 0;
      for (const p of lines) {
        await c.query(
          `insert into order_line (id, order_id, line_no, product_id, sku, warehouse_id, quantity, list_net_minor, unit_net_minor, unit_gross_minor,
                  line_net_minor, line_gross_minor, vat_rate_bp, rule) values (gen_random_uuid(), $1, $2, $3, 'x', $4, 1, 1000, 1000, 1230, 1000, 1230, 2300, 'list')`,
          [orderId, ++n, p, wh],
        );
      }
      // the holds: one per product
      for (const p of lines) {
        await c.query(`insert into reservation_line (reservation_id, product_id, warehouse_id, quantity) values ($1, $2, $3, 1)`, [
          resId,
          p,
          wh,
        ]);
      }
      await c.query(
        `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts) values ('order', $1, 1, 'order', '{}'::jsonb, now(), now(), 0)`,
        [orderId],
      );
      await c.query('commit');
    } catch (err) {
      await c.query('rollback').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  };
  const run = async (ms, lat) => {
    const end = Date.now() + ms;
    let count = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < end) {
          const t = performance.now();
          await one();
          lat?.push(performance.now() - t);
          count++;
        }
      }),
    );
    return count;
  };
  const loadBefore = os.loadavg()[0];
  await run(warmup * 1000);
  const lat = [];
  const started = performance.now();
  const count = await run(seconds * 1000, lat);
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  lat.sort((a, b) => a - b);
  const p = (q) => lat[Math.min(lat.length - 1, Math.ceil((q / 100) * lat.length) - 1)];
  return {
    title: 'floor: the same transaction as plain SQL through pg (BEGIN, order, 5 stock updates, 5 lines, 5 holds, outbox row, COMMIT)',
    connections,
    durationSeconds: Number(elapsed.toFixed(2)),
    requests: count,
    reqPerSec: count / elapsed,
    latencyMs: { p50: p(50), p95: p(95), p99: p(99), max: lat.at(-1) },
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    failed: 0,
    loadAverage: { before: loadBefore, after: os.loadavg()[0] },
  };
}

async function race(graphqlUrl, token, productId, warehouseId, databaseUrl) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  await c.query(`update stock set on_hand = kontor_held + 50 where product_id = $1 and warehouse_id = $2`, [productId, warehouseId]);
  const before = (
    await c.query(`select kontor_held::float8 as h from stock where product_id = $1 and warehouse_id = $2`, [productId, warehouseId])
  ).rows[0].h;
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: PLACE,
          variables: { input: { idempotencyKey: `race-${i}-${randomUUID()}`, lines: [{ productId, quantity: 1, warehouseId }] } },
        }),
      }).then((r) => r.json()),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const won = answers.filter((a) => a.data?.placeOrder?.__typename === 'Order').length;
  const lost = answers.filter((a) => a.data?.placeOrder?.code === 'INSUFFICIENT_STOCK').length;
  const s = (
    await c.query(`select on_hand::float8 as on_hand, kontor_held::float8 as held from stock where product_id = $1 and warehouse_id = $2`, [
      productId,
      warehouseId,
    ])
  ).rows[0];
  await c.end();
  const heldByRace = s.held - before;
  const text = [
    '500 concurrent buyers, the last 50 units of one product',
    `  ${won} orders placed, ${lost} refused (insufficient stock), ${500 - won - lost} other answers`,
    `  held by the race: ${heldByRace} of 50 available → oversold ${Math.max(0, heldByRace - 50)}; available after: ${s.on_hand - s.held}`,
    `  ${seconds.toFixed(2)} s for 500 attempts → ${(500 / seconds).toFixed(0)} attempts/s`,
  ].join('\n');
  console.log(`\n${text}\n`);
  if (won !== 50 || heldByRace !== 50) throw new Error('the race oversold or undersold');
  return { title: 'race', won, lost, heldByRace, seconds, attemptsPerSec: 500 / seconds };
}

export default async function run() {
  const demo = demoSeed();
  const stack = await startStack({
    name: 'orders',
    seed: async (orm) => {
      await demo.seed(orm);
      await seedBenchCatalog(orm, { products: 1000 });
    },
    apiEnv: { KONTOR_CREDIT_POLICY: 'off', KONTOR_OVERDUE_POLICY: 'off' },
  });
  try {
    const ids = await benchIds(stack.databaseUrl);
    const token = await signIn(stack.graphqlUrl, 'active@budmax.example', demo.password);
    const results = [];
    const api = await loadVaried({
      title: 'placeOrder, 5 lines (prices, holds, lines, reservation, outbox row)',
      url: stack.graphqlUrl,
      headers: { authorization: `Bearer ${token}` },
      makeBody: () =>
        JSON.stringify({
          query: PLACE,
          variables: {
            input: {
              idempotencyKey: randomUUID(),
              lines: fiveOf(ids.products).map((productId) => ({ productId, quantity: 1, warehouseId: ids.warehouses[0] })),
            },
          },
        }),
      verify: (b) => b.includes('"__typename":"Order"'),
    });
    results.push(api);
    report(api);
    const fl = await floor(stack.databaseUrl, ids);
    results.push(fl);
    report(fl);
    say(`placeOrder / floor = ${(api.reqPerSec / fl.reqPerSec).toFixed(2)}`);
    results.push(await race(stack.graphqlUrl, token, ids.products[0], ids.warehouses[1], stack.databaseUrl));
    return results;
  } finally {
    await stack.stop();
  }
}

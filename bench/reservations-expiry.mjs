// Ordering (issue 4): 100,000 proforma reservations expiring in the same minute, released by the sweep
// (`reservations.sweep`, the same code the worker runs): two sweepers in parallel (as two worker processes
// would), chunks of `update … where status = 'active' and expires_at <= now … for update skip locked returning`,
// stock given back per product and warehouse in one statement per chunk, one outbox message per reservation.
// Checks afterwards: every reservation expired exactly once (one release message each) and the stock's
// kontor_held back to exactly what the non-expiring holds keep.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDatabase, demoSeed, prepareDatabase, root, say } from './lib.mjs';
import { seedBenchCatalog } from './orders-lib.mjs';

const require = createRequire(import.meta.url);
export const description = '100,000 reservations expiring in the same minute, released by two parallel sweeps';

const N = Number(process.env.KONTOR_BENCH_RESERVATIONS ?? 100_000);

export default async function run() {
  const demo = demoSeed();
  const db = await createDatabase('reservations');
  try {
    await prepareDatabase(db.url, async (orm) => {
      await demo.seed(orm);
      await seedBenchCatalog(orm, { products: 1000 });
      const c = orm.em.fork().getConnection();
      const started = Date.now();
      // N proformas of 2 lines each, reserved, all expiring within the last minute; plus one order that keeps its hold
      await c.execute(
        `insert into sales_order (id, number, company_id, kind, status, idempotency_key, currency, net_minor, gross_minor, placed_at, updated_at)
         select md5('o' || g)::uuid, 'PF/B/' || g, (select company_id from app_user where email = 'active@budmax.example'), 'proforma', 'new', 'b-' || g, 'PLN', 1, 1, now(), now()
           from generate_series(1, ?) g`,
        [N],
      );
      await c.execute(
        `insert into reservation (id, company_id, order_id, status, expires_at, created_at)
         select md5('r' || g)::uuid, (select company_id from app_user where email = 'active@budmax.example'), md5('o' || g)::uuid, 'active',
                now() - interval '1 second' * (g % 60), now() - interval '48 hours' from generate_series(1, ?) g`,
        [N],
      );
      await c.execute(
        `with p as (select id, row_number() over (order by sku) as n from product where sku like 'BENCH-%'),
              w as (select id from warehouse where code = 'BW1')
         insert into reservation_line (reservation_id, product_id, warehouse_id, quantity)
         select md5('r' || g)::uuid, p.id, w.id, 1 from generate_series(1, ?) g, w, p where p.n in ((g % 1000) + 1, ((g + 500) % 1000) + 1)`,
        [N],
      );
      await c.execute(`update stock s set kontor_held = x.q + 7 from (select product_id, warehouse_id, sum(quantity) q from reservation_line group by 1, 2) x
                        where s.product_id = x.product_id and s.warehouse_id = x.warehouse_id`);
      say(`seeded ${N} reservations (${2 * N} lines) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
    const { loadConfig } = require(path.join(root, 'api/dist/config/config.js'));
    const { createCore } = require(path.join(root, 'api/dist/core.js'));
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      KONTOR_TOKEN_SECRET: 'kontor-benchmark-secret-0123456789abcdef',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      KONTOR_REDIS_PREFIX: `kontor-bench-res-${process.pid}:`,
    });
    const cores = [await createCore(config), await createCore(config)];
    try {
      const started = performance.now();
      const counts = await Promise.all(cores.map((core) => core.services.reservations.sweep(core.context())));
      const seconds = (performance.now() - started) / 1000;
      const { Client } = require('pg');
      const c = new Client({ connectionString: db.url });
      await c.connect();
      const check = (
        await c.query(`select (select count(*)::int from reservation where status = 'expired') as expired,
                              (select count(*)::int from reservation where status = 'active') as active,
                              (select count(*)::int from outbox where kind = 'reservationRelease') as messages,
                              (select count(*)::int from (select aggregate_id from outbox where kind = 'reservationRelease' group by 1 having count(*) > 1) d) as doubled,
                              (select count(*)::int from stock where kontor_held <> 7 and warehouse_id = (select id from warehouse where code = 'BW1')) as wrong_stock`)
      ).rows[0];
      await c.end();
      const text = [
        `${N} reservations expiring in the same minute, two sweepers in parallel`,
        `  released ${counts.join(' + ')} = ${counts.reduce((a, b) => a + b, 0)} in ${seconds.toFixed(2)} s (${(N / seconds).toFixed(0)} per second)`,
        `  expired ${check.expired}, still active ${check.active}, release messages ${check.messages}, released twice ${check.doubled}, stock rows off ${check.wrong_stock}`,
      ].join('\n');
      console.log(`\n${text}\n`);
      if (check.expired !== N || check.messages !== N || check.doubled !== 0 || check.wrong_stock !== 0)
        throw new Error('not every reservation was released exactly once');
      return [{ title: 'reservations expiry', reservations: N, seconds, perSecond: N / seconds, counts, ...check }];
    } finally {
      for (const core of cores) await core.close();
    }
  } finally {
    await db.drop();
  }
}

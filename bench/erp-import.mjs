// ERP sync import benchmark: initial import of 100k products, 1M price rows and 500k stock rows through the
// sync engine (ErpSyncService → sinks → COPY into a staging table + INSERT … ON CONFLICT … WHERE changed), then a
// delta of 10,000 changes. The ERP side is an in-process generator speaking the ErpConnector port, so the
// figures are Kontor's (HTTP transfer and schema validation are measured separately: ERP_BENCH_HTTP=1).
//
//   npm run build -w api && flock /tmp/kontor-bench.lock node bench/erp-import.mjs
//   env: DATABASE_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL, ERP_BENCH_PRODUCTS (100000),
//        ERP_BENCH_LISTS (10), ERP_BENCH_WAREHOUSES (5), ERP_BENCH_BATCH (10000), KONTOR_API_DIST (api/dist)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.KONTOR_API_DIST ?? 'api/dist');
const require = createRequire(path.join(root, 'api', 'package.json'));
require('reflect-metadata');
const { MikroORM } = require('@mikro-orm/postgresql');
const { ormOptions } = require(path.join(dist, 'config/orm.js'));
const { loadConfig } = require(path.join(dist, 'config/config.js'));
const { createCore } = require(path.join(dist, 'core.js'));

const PRODUCTS = Number(process.env.ERP_BENCH_PRODUCTS ?? 100_000);
const LISTS = Number(process.env.ERP_BENCH_LISTS ?? 10);
const WAREHOUSES = Number(process.env.ERP_BENCH_WAREHOUSES ?? 5);
const BATCH = Number(process.env.ERP_BENCH_BATCH ?? 10_000);
const CATEGORIES = 50;
const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'kontor_bench_erp';

const pad = (i) => String(i).padStart(6, '0');
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const T1 = Date.parse('2026-06-01T00:00:00.000Z');
// ISO times of records 100 ms apart: the date part is formatted once per second (the generated ERP's own cost, not Kontor's)
let isoSecond = NaN;
let isoPrefix = '';
const iso = (ms) => {
  const s = Math.floor(ms / 1000);
  if (s !== isoSecond) {
    isoSecond = s;
    isoPrefix = new Date(s * 1000).toISOString().slice(0, 20);
  }
  return `${isoPrefix}${String(ms - s * 1000).padStart(3, '0')}Z`;
};

/**
 * An ERP that generates its records on demand, in (modifiedAt, erpId) order: record i of an entity was
 * modified at T0 + i·100 ms (spread over a day or so, as real data is); the delta moves some to T1.
 */
class GeneratedErp {
  name = 'generated';
  delta = new Map(); // entity → Map(index → record) modified at T1
  constructor() {
    this.sizes = {
      categories: CATEGORIES,
      warehouses: WAREHOUSES,
      priceLists: LISTS,
      products: PRODUCTS,
      prices: PRODUCTS * LISTS,
      stock: PRODUCTS * WAREHOUSES,
    };
  }
  make(entity, i, modifiedAt, bump = 0) {
    const id = `${entity}-${String(i).padStart(8, '0')}`;
    switch (entity) {
      case 'categories':
        return {
          erpId: id,
          modifiedAt,
          name: `Kategoria ${i}`,
          parentErpId: i >= 10 ? `categories-${String(i % 10).padStart(8, '0')}` : null,
          position: i,
        };
      case 'warehouses':
        return { erpId: id, modifiedAt, code: `W${i}`, name: `Magazyn ${i}` };
      case 'priceLists':
        return { erpId: id, modifiedAt, name: `Cennik ${i}`, currency: 'PLN' };
      case 'products':
        return {
          erpId: `P-${pad(i)}`,
          modifiedAt,
          sku: `SKU-${pad(i)}`,
          name: `Produkt ${i} ${['wkręt', 'kabel', 'rura', 'zawór', 'cement'][i % 5]}`,
          ean: String(5900000000000 + i),
          description: null,
          unit: 'szt',
          vatRateBp: 2300,
          categoryErpId: `categories-${String(i % CATEGORIES).padStart(8, '0')}`,
          manufacturer: `Producent ${i % 40}`,
          active: true,
        };
      case 'prices': {
        const p = i % PRODUCTS;
        const l = Math.floor(i / PRODUCTS);
        return {
          erpId: `${id}`,
          modifiedAt,
          priceListErpId: `priceLists-${String(l).padStart(8, '0')}`,
          productErpId: `P-${pad(p)}`,
          netMinor: 100 + ((p * 7919 + l * 13) % 100000) + bump,
          currency: 'PLN',
          minQuantity: 1,
        };
      }
      case 'stock': {
        const p = i % PRODUCTS;
        const w = Math.floor(i / PRODUCTS);
        return {
          erpId: id,
          modifiedAt,
          warehouseErpId: `warehouses-${String(w).padStart(8, '0')}`,
          productErpId: `P-${pad(p)}`,
          onHand: ((p * 31 + w) % 500) + bump,
          erpReserved: p % 5,
        };
      }
      default:
        return null;
    }
  }
  async pullChanges(entity, after, limit) {
    const n = this.sizes[entity] ?? 0;
    const records = [];
    const afterMs = after ? Date.parse(after.modifiedAt) : -Infinity;
    const afterId = after?.erpId ?? '';
    // base records at T0 + i·100 ms, unless moved to the delta
    const moved = this.delta.get(entity) ?? new Map();
    let i = after ? Math.max(0, Math.floor((afterMs - T0) / 100)) : 0;
    for (; i < n && records.length < limit; i++) {
      const m = T0 + i * 100;
      if (m < afterMs) continue;
      if (moved.has(i)) continue;
      const r = this.make(entity, i, iso(m));
      if (m === afterMs && r.erpId <= afterId) continue;
      records.push(r);
    }
    if (records.length < limit) {
      const tail = [...moved.values()].filter(
        (r) => Date.parse(r.modifiedAt) > afterMs || (Date.parse(r.modifiedAt) === afterMs && r.erpId > afterId),
      );
      tail.sort((a, b) => (a.erpId < b.erpId ? -1 : 1));
      records.push(...tail.slice(0, limit - records.length));
    }
    const hasMore = records.length === limit;
    return { records, quarantined: [], hasMore };
  }
  change(entity, indices) {
    const m = this.delta.get(entity) ?? new Map();
    indices.forEach((i, k) => m.set(i, this.make(entity, i, iso(T1 + k), 1)));
    this.delta.set(entity, m);
  }
  async pushDocument() {
    throw new Error('not in this bench');
  }
  async findByReference() {
    return null;
  }
  async fetchInvoicePdf() {
    throw new Error('not in this bench');
  }
}

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const orm = await MikroORM.init(ormOptions(url.toString()));
  await orm.getMigrator().up();
  await orm.close(true);
  return url.toString();
}

async function main() {
  const started = Date.now();
  const databaseUrl = await freshDatabase();
  const erp = new GeneratedErp();
  const config = loadConfig(
    {
      NODE_ENV: 'production',
      KONTOR_TOKEN_SECRET: 'x'.repeat(40),
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'warn',
    },
    { redisPrefix: 'kontor:bench-erp:' },
  );
  const core = await createCore(config, { erp: { connector: erp, env: {}, config: { batchSize: BATCH, maxPagesPerRun: 1_000_000 } } });
  const sync = (e, opts = {}) => core.services.erpSync.syncEntity(core.context(), e, opts);
  const results = [];
  try {
    let total = 0;
    // a run waiting for an entity it refers to is tried again shortly, as the workers do (they wait 5 s)
    const timed = async (e) => {
      const s = performance.now();
      let r = await sync(e);
      while (r.skipped?.startsWith('waiting')) {
        await new Promise((done) => setTimeout(done, 20));
        r = await sync(e);
      }
      if (r.skipped) throw new Error(`${e} skipped: ${r.skipped}`);
      const ms = performance.now() - s;
      total += r.received;
      results.push({
        step: `import ${e}`,
        rows: r.received,
        changed: r.changed,
        seconds: +(ms / 1000).toFixed(2),
        rowsPerSecond: Math.round(r.received / (ms / 1000)),
      });
      console.log(results.at(-1));
    };
    const t0 = performance.now();
    for (const e of ['categories', 'characteristics', 'warehouses', 'priceLists']) await timed(e);
    // the workers run entities side by side (erp queue concurrency): the first loads of prices and stock start
    // while the products' first load runs (they resolve products at their end) and write once it has committed
    await Promise.all([timed('products'), timed('prices'), timed('stock')]);
    const importMs = performance.now() - t0;
    const overall = {
      step: 'initial import overall',
      rows: total,
      seconds: +(importMs / 1000).toFixed(2),
      rowsPerSecond: Math.round(total / (importMs / 1000)),
      target: '>= 100000 rows/s',
    };
    results.push(overall);
    console.log(overall);

    // a delta of 10,000 changes: 6,000 prices, 4,000 stock rows, spread over the catalog
    const step = Math.floor((PRODUCTS * LISTS) / 6000);
    erp.change(
      'prices',
      Array.from({ length: 6000 }, (_, k) => k * step),
    );
    erp.change(
      'stock',
      Array.from({ length: 4000 }, (_, k) => k * Math.floor((PRODUCTS * WAREHOUSES) / 4000)),
    );
    const d0 = performance.now();
    const dp = await sync('prices');
    const ds = await sync('stock');
    const deltaMs = performance.now() - d0;
    const delta = {
      step: 'delta of 10,000 changes',
      changed: dp.changed + ds.changed,
      reread: dp.received + ds.received,
      seconds: +(deltaMs / 1000).toFixed(3),
      target: '<= 2 s',
    };
    results.push(delta);
    console.log(delta);

    // context: what plain PostgreSQL does on this machine right now (INSERT … SELECT of 100k generated rows into
    // an empty table shaped like price_list_entry, no JSON, no conflicts, no foreign keys)
    const { withPgClient } = require(path.join(dist, 'modules/erp-sync/pg.js'));
    const rawMs = await withPgClient(core.orm.em.fork(), async (c) => {
      await c.query(
        'create temp table raw_baseline (a uuid, b uuid, erp_id text, amount_minor bigint, content_hash text, updated_at timestamptz, primary key (a, b))',
      );
      await c.query('create unique index on raw_baseline (erp_id)');
      const r0 = performance.now();
      await c.query(
        `insert into raw_baseline select gen_random_uuid(), gen_random_uuid(), 'e' || i, i, md5(i::text), now() from generate_series(1, 100000) i`,
      );
      const ms = performance.now() - r0;
      await c.query('drop table raw_baseline');
      return ms;
    });
    results.push({
      step: 'baseline: plain INSERT … SELECT, 100k rows, same indexes',
      seconds: +(rawMs / 1000).toFixed(2),
      rowsPerSecond: Math.round(100000 / (rawMs / 1000)),
    });
    console.log(results.at(-1));

    // a rerun with nothing new: the overlap window re-reads, nothing is written
    const n0 = performance.now();
    const np = await sync('prices');
    results.push({
      step: 'rerun, nothing changed (prices)',
      reread: np.received,
      changed: np.changed,
      seconds: +((performance.now() - n0) / 1000).toFixed(3),
    });
    console.log(results.at(-1));
  } finally {
    await core.close();
  }
  const { loadavg } = await import('node:os');
  console.log(
    JSON.stringify({
      bench: 'erp-import',
      loadAverage: loadavg().map((x) => +x.toFixed(2)),
      products: PRODUCTS,
      priceRows: PRODUCTS * LISTS,
      stockRows: PRODUCTS * WAREHOUSES,
      batch: BATCH,
      results,
      wallSeconds: Math.round((Date.now() - started) / 1000),
    }),
  );
}

export const description =
  'ERP sync: initial import of 100k products, 1M prices, 500k stock rows (≥ 100,000 rows/s) and a 10,000-change delta (≤ 2 s)';
export default async function run() {
  return main();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

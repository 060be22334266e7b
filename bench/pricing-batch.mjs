// Pricing: one batch of customer prices end to end below GraphQL — `PricingService.pricesFor` for 100 products
// (the one SQL statement that loads a company's rules for them, then the engine per product) on a database of its
// own: 50,000 products on two price lists, 500 companies with trade terms (discounts by category, manufacturer and
// product, individual prices), tiers on 30 % of the products, 300 promotions. Product facts are given (as the
// catalog hands them over), so only pricing's own work is measured. Bounded: 2 s warm-up, 5 s sequential,
// 5 s with 8 batches in flight.
//
//   npm run bench -- pricing-batch
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDatabase, prepareDatabase, root, say } from './lib.mjs';

export const description = 'pricesFor: one company, 100 products per batch (one SQL statement + engine), latency and batches/s';

const require = createRequire(import.meta.url);
const PRODUCTS = 50_000;
const COMPANIES = 500;
const CATEGORIES = 200;
const MAKERS = 100;

async function seed(orm) {
  const c = orm.em.getConnection();
  await c.execute(`
    insert into company (id, name, created_at, updated_at)
      select gen_random_uuid(), 'Bench ' || g, now(), now() from generate_series(1, ${COMPANIES}) g;
    insert into price_list (id, code, name, currency, is_default, prices_are_gross, updated_at) values
      (gen_random_uuid(), 'BENCH-DEFAULT', 'Default', 'PLN', true, false, now()),
      (gen_random_uuid(), 'BENCH-GROSS', 'Gross', 'PLN', false, true, now());
    create table bench_product as
      select gen_random_uuid() as id,
             ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g % ${CATEGORIES})), 12, '0'))::uuid as category_id,
             ('00000000-0000-4000-9000-' || lpad(to_hex(1 + (g % ${MAKERS})), 12, '0'))::uuid as maker_id
        from generate_series(1, ${PRODUCTS}) g;
    insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at)
      select l.id, p.id, 100 + (random() * 500000)::int, now() from bench_product p, price_list l where l.code like 'BENCH-%';
    insert into company_trade_terms (company_id, price_list_id, updated_at)
      select c.id, case when random() < 0.5 then (select id from price_list where code = 'BENCH-GROSS') end, now() from company c;
    insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
      select gen_random_uuid(), c.id, 'category', ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, 300 + (random() * 2000)::int, now()
        from company c, generate_series(1, 20) k;
    insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
      select gen_random_uuid(), c.id, 'manufacturer', ('00000000-0000-4000-9000-' || lpad(to_hex(k), 12, '0'))::uuid, 200 + (random() * 1000)::int, now()
        from company c, generate_series(1, 10) k;
    insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
      select gen_random_uuid(), c.id, 'product', p.id, 1500, now()
        from company c cross join lateral (select id from bench_product order by random() limit 20) p
      on conflict do nothing;
    insert into individual_price (company_id, product_id, net_minor, currency, updated_at)
      select c.id, p.id, 1000, 'PLN', now()
        from company c cross join lateral (select id from bench_product order by random() limit 50) p
      on conflict do nothing;
    insert into volume_tier (id, product_id, min_quantity, percent_bp, updated_at)
      select gen_random_uuid(), id, 10, 500, now() from bench_product where random() < 0.3;
    insert into promotion (id, code, name, valid_from, valid_to, product_ids, category_ids, percent_bp, updated_at)
      select gen_random_uuid(), 'B' || g, 'Bench', now() - interval '1 day', now() + interval '1 day',
             array(select id from bench_product order by random() limit 5),
             case when g % 10 = 0 then array[('00000000-0000-4000-8000-' || lpad(to_hex(g % ${CATEGORIES} + 1), 12, '0'))::uuid] else '{}' end,
             1000, now()
        from generate_series(1, 300) g;
    analyze;`);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

export default async function run() {
  const db = await createDatabase('pricing_batch');
  say(`seeding ${PRODUCTS} products, ${COMPANIES} companies …`);
  await prepareDatabase(db.url, seed);
  const { MikroORM } = require('@mikro-orm/postgresql');
  const { ormOptions } = require(path.join(root, 'api/dist/config/orm.js'));
  const { PricingService } = require(path.join(root, 'api/dist/modules/pricing/pricing.service.js'));
  const orm = await MikroORM.init(ormOptions(db.url));
  try {
    const conn = orm.em.getConnection();
    const companies = (await conn.execute(`select company_id as id from company_trade_terms`)).map((r) => r.id);
    const products = await conn.execute(`select id, category_id, maker_id from bench_product`);
    const facts = products.map((p) => ({
      productId: p.id,
      categoryIds: [p.category_id],
      categoryPath: [p.category_id],
      manufacturerId: p.maker_id,
      vatRateBp: 2300,
    }));
    const pricing = new PricingService({ factsFor: async () => [] });
    const actor = {
      kind: 'staff',
      userId: 'bench',
      role: 'admin',
      sessionId: 'bench',
      assignedCompanyIds: 'all',
      permissions: new Set(['prices.view']),
    };
    const clock = { now: () => new Date() };
    let n = 0;
    const batch = async () => {
      const i = n++;
      const company = companies[i % companies.length];
      const start = (i * 7919) % (facts.length - 100);
      const ctx = { em: orm.em.fork(), actor, clock, log: console, locale: 'pl', requestId: 'bench', ip: null, userAgent: null };
      const t = process.hrtime.bigint();
      const prices = await pricing.pricesFor(ctx, company, facts.slice(start, start + 100), 1 + (i % 20));
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (prices.size !== 100) throw new Error(`expected 100 prices, got ${prices.size}`);
      return ms;
    };
    const phase = async (seconds, inFlight) => {
      const times = [];
      const until = Date.now() + seconds * 1000;
      const started = Date.now();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (Date.now() < until) times.push(await batch());
        }),
      );
      const elapsed = (Date.now() - started) / 1000;
      times.sort((a, b) => a - b);
      return {
        batches: times.length,
        perSecond: Math.round(times.length / elapsed),
        p50: pct(times, 50),
        p95: pct(times, 95),
        p99: pct(times, 99),
      };
    };
    await phase(2, 4);
    const results = [];
    for (const [title, inFlight] of [
      ['sequential, one batch of 100 at a time', 1],
      ['8 batches of 100 in flight', 8],
    ]) {
      const r = await phase(5, inFlight);
      say(
        `${title}: ${r.perSecond} batches/s (${(r.perSecond * 100).toLocaleString('en-US')} prices/s), p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`,
      );
      results.push({ title, ...r });
    }
    return results;
  } finally {
    await orm.close(true);
    await db.drop();
  }
}

// Shared by the ordering benchmarks (orders.mjs, basket.mjs, reservations-expiry.mjs): a bench catalog with
// stock and prices, a signed-in buyer, and a load helper whose request body changes per request.
import { createRequire } from 'node:module';
import { gql, load } from './lib.mjs';

const require = createRequire(import.meta.url);

/**
 * `products` bench products with `stockEach` units in each of two bench warehouses, priced on every price list
 * (so whatever list the demo companies use has them). Returns their ids and the warehouses'.
 */
export async function seedBenchCatalog(orm, { products = 1000, stockEach = 1_000_000_000 } = {}) {
  const c = orm.em.fork().getConnection();
  await c.execute(`insert into warehouse (id, erp_id, code, name, pickup, position, updated_at)
    values (gen_random_uuid(), 'BW-1', 'BW1', 'Bench 1', true, 90, now()), (gen_random_uuid(), 'BW-2', 'BW2', 'Bench 2', true, 91, now())`);
  await c.execute(`insert into price_list (id, code, name, currency, is_default, updated_at)
    select gen_random_uuid(), 'BENCH', 'Bench', 'PLN', true, now() where not exists (select 1 from price_list where is_default)`);
  await c.execute(
    `insert into product (id, erp_id, sku, names, unit, min_quantity, step_quantity, vat_rate_bp, active, created_at, updated_at)
     select gen_random_uuid(), 'BP-' || g, 'BENCH-' || lpad(g::text, 6, '0'), jsonb_build_object('pl', 'Produkt ' || g, 'en', 'Product ' || g),
            'szt', 1, 1, 2300, true, now(), now() from generate_series(1, ?) g`,
    [products],
  );
  await c.execute(`insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at)
    select l.id, p.id, 1000 + (hashtext(p.sku) & 65535), now() from price_list l, product p where p.sku like 'BENCH-%'`);
  await c.execute(
    `insert into stock (id, product_id, warehouse_id, on_hand, erp_reserved, kontor_held, as_of, updated_at)
     select gen_random_uuid(), p.id, w.id, ?, 0, 0, now(), now() from product p, warehouse w where p.sku like 'BENCH-%' and w.code in ('BW1', 'BW2')`,
    [stockEach],
  );
}

export async function benchIds(databaseUrl) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const p = await c.query(`select id from product where sku like 'BENCH-%' order by sku`);
    const w = await c.query(`select id, code from warehouse where code in ('BW1', 'BW2') order by code`);
    const company = await c.query(`select company_id from app_user where email = 'active@budmax.example'`);
    return { products: p.rows.map((r) => r.id), warehouses: w.rows.map((r) => r.id), companyId: company.rows[0].company_id };
  } finally {
    await c.end();
  }
}

export async function signIn(graphqlUrl, email, password) {
  const res = await gql(
    graphqlUrl,
    `mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthTokens { accessToken } ... on UserError { code message } } }`,
    { input: { email, password } },
  );
  if (res.login.__typename !== 'AuthTokens') throw new Error(`login failed: ${JSON.stringify(res.login)}`);
  return res.login.accessToken;
}

/** lib.load() with `makeBody(i)` building each request's body (unique idempotency keys, varied products). */
export const loadVaried = (opts) => load(opts);

export function fiveOf(products) {
  const picked = new Set();
  while (picked.size < 5) picked.add(products[Math.floor(Math.random() * products.length)]);
  return [...picked];
}

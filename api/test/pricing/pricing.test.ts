import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/common/actor';
import { ApiKey } from '../../src/modules/accounts/api-key.entity';
import { sha256 } from '../../src/modules/accounts/tokens';
import { SqlProductFacts, type PricingService } from '../../src/modules/pricing/pricing.service';
import { startTestApp, type TestApp } from '../harness';

/**
 * Customer prices end to end: the rules in PostgreSQL, product facts from the catalog's product table,
 * the engine, and the `prices` query with its access rules.
 */

const PRICES = `query($ids: [ID!]!, $q: Float, $c: ID) {
  prices(productIds: $ids, quantity: $q, companyId: $c) {
    productId
    price { quantity rule explanation vatRate unitNet { amount currency } unitGross { amount currency } listNet { amount currency } }
  }
}`;

let app: TestApp;
let sql: (text: string, params?: unknown[]) => Promise<any[]>;
const ids = {
  root: randomUUID(),
  tools: randomUUID(),
  drills: randomUUID(),
  maker: randomUUID(),
  otherMaker: randomUUID(),
  defaultList: randomUUID(),
  aList: randomUUID(),
  // p[0] a drill (tools > drills, maker); p[1] a tool (tools, other maker); p[2..] bulk products under root
  p: [] as string[],
  unpriced: randomUUID(),
};
const BULK = 120;
let tokens: Record<string, string>;
let aKey: string;

const cats = `'{}'::jsonb`;
async function seed() {
  for (let i = 0; i < BULK; i++) ids.p.push(randomUUID());
  await sql(`insert into manufacturer (id, name, updated_at) values (?, 'Maker', now()), (?, 'Other', now())`, [ids.maker, ids.otherMaker]);
  await sql(
    `insert into category (id, parent_id, names, updated_at) values (?, null, ${cats}, now());
     insert into category (id, parent_id, names, updated_at) values (?, ?, ${cats}, now());
     insert into category (id, parent_id, names, updated_at) values (?, ?, ${cats}, now());`,
    [ids.root, ids.tools, ids.root, ids.drills, ids.tools],
  );
  const productRows = ids.p.map((id, i) => {
    const [cat, maker] = i === 0 ? [ids.drills, ids.maker] : i === 1 ? [ids.tools, ids.otherMaker] : [ids.root, ids.otherMaker];
    return `('${id}', 'SKU-${i}', '{"pl":"Produkt ${i}"}', '${cat}', '${maker}', ${i === 1 ? 800 : 2300}, now(), now())`;
  });
  productRows.push(`('${ids.unpriced}', 'SKU-X', '{"pl":"Bez ceny"}', '${ids.root}', null, 2300, now(), now())`);
  await sql(
    `insert into product (id, sku, names, category_id, manufacturer_id, vat_rate_bp, created_at, updated_at) values ${productRows.join(',')}`,
  );

  const a = app.world.a.company.id;
  const b = app.world.b.company.id;
  await sql(
    `insert into price_list (id, code, name, currency, prices_are_gross, is_default, updated_at) values
       (?, 'DEFAULT', 'Default', 'PLN', false, true, now()), (?, 'A', 'For A', 'PLN', false, false, now())`,
    [ids.defaultList, ids.aList],
  );
  // default list: 100.00 each; A's list: 80.00 each (every product but "unpriced")
  const entries = ids.p.flatMap((id) => [`('${ids.defaultList}', '${id}', 10000, now())`, `('${ids.aList}', '${id}', 8000, now())`]);
  await sql(`insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at) values ${entries.join(',')}`);
  await sql(
    `insert into company_trade_terms (company_id, price_list_id, manual_discount_cap_bp, updated_at) values (?, ?, 500, now()), (?, null, null, now())`,
    [a, ids.aList, b],
  );
  // A: 10 % on tools (and below), 20 % on drills (deeper: wins for the drill), 5 % on the other maker
  await sql(
    `insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at) values
       (?, ?, 'category', ?, 1000, now()), (?, ?, 'category', ?, 2000, now()), (?, ?, 'manufacturer', ?, 500, now())`,
    [randomUUID(), a, ids.tools, randomUUID(), a, ids.drills, randomUUID(), a, ids.otherMaker],
  );
  // B: an individual price for the drill
  await sql(`insert into individual_price (company_id, product_id, net_minor, currency, updated_at) values (?, ?, 7777, 'PLN', now())`, [
    b,
    ids.p[0],
  ]);
  // a global tier on the tool from 10 units: 70.00
  await sql(`insert into volume_tier (id, product_id, min_quantity, net_minor, updated_at) values (?, ?, 10, 7000, now())`, [
    randomUUID(),
    ids.p[1],
  ]);
}

beforeAll(async () => {
  app = await startTestApp();
  sql = (text, params = []) => app.core.orm.em.getConnection().execute(text, params);
  await seed();
  tokens = {};
  for (const email of ['observer@a.test', 'passive@a.test', 'passive@b.test', 'rep@kontor.test', 'staff@kontor.test']) {
    tokens[email] = (await app.login(email)).accessToken;
  }
  const em = app.core.orm.em.fork();
  const secret = 'pricing-key-secret-aaaaaaaaaaaaa';
  const prefix = `K${sha256(secret).slice(0, 11)}`.replace(/[^A-Za-z0-9]/g, 'x');
  em.create(ApiKey, {
    company: app.world.a.company,
    name: 'pricing',
    prefix,
    secretHash: sha256(secret),
    scopes: ['catalog.view', 'prices.view'],
  });
  await em.flush();
  aKey = `kontor_${prefix}_${secret}`;
});

afterAll(async () => {
  await app?.close();
});

type Row = { productId: string; price: { rule: string; unitNet: { amount: string }; unitGross: { amount: string }; [k: string]: any } };
const byId = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.productId, r.price]));

describe('prices query', () => {
  it('gives company A its own list and discounts: deepest category, manufacturer, net and gross', async () => {
    const res = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0], ids.p[1], ids.p[2]] }, tokens['passive@a.test']);
    expect(res.errors).toBeUndefined();
    const p = byId(res.data!.prices);
    expect(p[ids.p[0]]).toMatchObject({
      rule: 'discount:category',
      quantity: 1,
      vatRate: '23',
      listNet: { amount: '80.00', currency: 'PLN' },
      unitNet: { amount: '64.00', currency: 'PLN' },
      unitGross: { amount: '78.72', currency: 'PLN' },
    });
    expect(p[ids.p[0]].explanation[0]).toBe('list 80.00 PLN net');
    expect(p[ids.p[1]]).toMatchObject({
      rule: 'discount:category',
      unitNet: { amount: '72.00' },
      unitGross: { amount: '77.76' },
      vatRate: '8',
    });
    expect(p[ids.p[2]]).toMatchObject({ rule: 'discount:manufacturer', unitNet: { amount: '76.00' } });
  });

  it('gives company B its own prices: the default list and its individual price', async () => {
    const res = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0], ids.p[2]] }, tokens['passive@b.test']);
    const p = byId(res.data!.prices);
    expect(p[ids.p[0]]).toMatchObject({ rule: 'individual', unitNet: { amount: '77.77' }, listNet: { amount: '100.00' } });
    expect(p[ids.p[2]]).toMatchObject({ rule: 'list', unitNet: { amount: '100.00' } });
  });

  it('refuses an observer (no prices.view) with FORBIDDEN and no data', async () => {
    const res = await app.gql(PRICES, { ids: [ids.p[0]] }, tokens['observer@a.test']);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.prices ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain('80.00');
  });

  it('refuses anonymous callers', async () => {
    const res = await app.gql(PRICES, { ids: [ids.p[0]] });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("ignores another company's id for a customer: still the customer's own prices", async () => {
    const res = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]], c: app.world.b.company.id }, tokens['passive@a.test']);
    expect(res.errors).toBeUndefined();
    expect(byId(res.data!.prices)[ids.p[0]]).toMatchObject({ rule: 'discount:category', unitNet: { amount: '64.00' } });
  });

  it("an API key always gets its own company's prices", async () => {
    const res = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]], c: app.world.b.company.id }, { apiKey: aKey });
    expect(res.errors).toBeUndefined();
    expect(byId(res.data!.prices)[ids.p[0]].unitNet.amount).toBe('64.00');
  });

  it('a sales rep prices for an assigned company, not for another one, and at the default list without one', async () => {
    const rep = tokens['rep@kontor.test'];
    const forA = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]], c: app.world.a.company.id }, rep);
    expect(byId(forA.data!.prices)[ids.p[0]].unitNet.amount).toBe('64.00');
    const forB = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]], c: app.world.b.company.id }, rep);
    expect(forB.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(forB.data?.prices ?? null).toBeNull();
    expect(JSON.stringify(forB)).not.toContain('77.77');
    const none = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]] }, rep);
    expect(byId(none.data!.prices)[ids.p[0]]).toMatchObject({ rule: 'list', unitNet: { amount: '100.00' } });
  });

  it('a staff admin may price for any company', async () => {
    const res = await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[0]], c: app.world.b.company.id }, tokens['staff@kontor.test']);
    expect(byId(res.data!.prices)[ids.p[0]]).toMatchObject({ rule: 'individual', unitNet: { amount: '77.77' } });
  });

  it('leaves out unknown and unpriced products, answers duplicates once, keeps the asked order', async () => {
    const res = await app.gql<{ prices: Row[] }>(
      PRICES,
      { ids: [ids.p[2], randomUUID(), ids.unpriced, ids.p[0], ids.p[2]] },
      tokens['passive@a.test'],
    );
    expect(res.data!.prices.map((r) => r.productId)).toEqual([ids.p[2], ids.p[0]]);
  });

  it('refuses absurd batches and quantities with BAD_USER_INPUT', async () => {
    const many = Array.from({ length: 201 }, () => randomUUID());
    const big = await app.gql(PRICES, { ids: many }, tokens['passive@a.test']);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toContain('at most 200');
    for (const q of [0, -1, 1.0001, 1e12]) {
      const res = await app.gql(PRICES, { ids: [ids.p[0]], q }, tokens['passive@a.test']);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const notUuid = await app.gql(PRICES, { ids: ['nope'] }, tokens['passive@a.test']);
    expect(notUuid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const exactly200 = await app.gql(PRICES, { ids: ids.p.slice(0, 100).concat(many.slice(0, 100)) }, tokens['passive@a.test']);
    expect(exactly200.errors).toBeUndefined();
    expect(exactly200.data!.prices).toHaveLength(100);
  });

  it('applies volume tiers by quantity, also fractional ones', async () => {
    const at = async (q: number) =>
      byId((await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[1]], q }, tokens['passive@b.test'])).data!.prices)[ids.p[1]];
    expect(await at(9.999)).toMatchObject({ rule: 'list', unitNet: { amount: '100.00' }, quantity: 9.999 });
    expect(await at(10)).toMatchObject({ rule: 'tier', unitNet: { amount: '70.00' } });
  });
});

describe('promotions over time', () => {
  it('a promotion counts from its start (inclusive) to its end (exclusive), for the companies it names', async () => {
    const start = new Date(app.clock.now().getTime() + 3_600_000);
    const end = new Date(start.getTime() + 86_400_000);
    await sql(
      `insert into promotion (id, code, name, valid_from, valid_to, company_ids, product_ids, percent_bp, updated_at)
       values (?, 'WEEK', 'Week', ?, ?, ?::uuid[], ?::uuid[], 5000, now())`,
      [randomUUID(), start.toISOString(), end.toISOString(), `{${app.world.b.company.id}}`, `{${ids.p[3]}}`],
    );
    // a fresh token at each moment, since access tokens expire as the clock moves
    const price = async (user: 'a' | 'b') => {
      const token = await app.tokenFor(app.world[user].users.passive.id);
      return byId((await app.gql<{ prices: Row[] }>(PRICES, { ids: [ids.p[3]] }, token)).data!.prices)[ids.p[3]];
    };
    const saved = app.clock.now();
    try {
      expect((await price('b')).rule).toBe('list');
      app.clock.set(new Date(start.getTime() - 1));
      expect((await price('b')).rule).toBe('list');
      app.clock.set(start);
      expect(await price('b')).toMatchObject({ rule: 'promotion', unitNet: { amount: '50.00' } });
      expect((await price('a')).rule).toBe('discount:manufacturer'); // not for A
      app.clock.set(new Date(end.getTime() - 1));
      expect((await price('b')).rule).toBe('promotion');
      app.clock.set(end);
      expect((await price('b')).rule).toBe('list');
    } finally {
      app.clock.set(saved);
    }
  });
});

describe('pricing service', () => {
  const staff = (assigned: string[], extra: string[] = []): Actor =>
    ({
      kind: 'staff',
      userId: randomUUID(),
      role: 'sales_rep',
      sessionId: randomUUID(),
      assignedCompanyIds: new Set(assigned),
      permissions: new Set(['prices.view', ...extra]),
    }) as Actor;

  it('loads everything for 100 products in at most 3 statements (facts + rules), the same as for one', async () => {
    const pricing = app.core.services.pricing as PricingService;
    // every statement any pooled connection sends (through MikroORM or as a prepared statement)
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = proto.query;
    let statements = 0;
    proto.query = function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    };
    try {
      const ctx = app.core.context({ actor: staff([app.world.a.company.id]) });
      statements = 0;
      const one = await pricing.pricesForProductIds(ctx, app.world.a.company.id, [ids.p[0]], 1);
      const forOne = statements;
      statements = 0;
      const hundred = await pricing.pricesForProductIds(ctx, app.world.a.company.id, ids.p.slice(0, 100), 1);
      const forHundred = statements;
      expect(one).toHaveLength(1);
      expect(hundred).toHaveLength(100);
      expect(forHundred).toBeGreaterThan(0);
      expect(forHundred).toBeLessThanOrEqual(3);
      expect(forHundred).toBe(forOne);
      // and pricesFor alone (facts given by the caller) is one statement
      statements = 0;
      const facts = hundred.map((p) => ({
        productId: p.productId,
        categoryIds: [ids.root],
        manufacturerId: ids.otherMaker,
        vatRateBp: 2300,
      }));
      await pricing.pricesFor(ctx, app.world.a.company.id, facts, 1);
      expect(statements).toBe(1);
    } finally {
      proto.query = original;
    }
  });

  it('refuses an actor without prices.view and a company the actor may not reach', async () => {
    const pricing = app.core.services.pricing as PricingService;
    const observer = app.core.context({
      actor: {
        kind: 'customer',
        userId: 'u',
        sessionId: 's',
        companyId: app.world.a.company.id,
        permissions: new Set(['catalog.view']),
      } as Actor,
    });
    await expect(pricing.pricesForProductIds(observer, null, [ids.p[0]], 1)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const rep = app.core.context({ actor: staff([app.world.a.company.id]) });
    await expect(pricing.pricesForProductIds(rep, app.world.b.company.id, [ids.p[0]], 1)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('per-product quantities and a manual discount capped by the trade terms, only for staff who may grant it', async () => {
    const pricing = app.core.services.pricing as PricingService;
    const [facts] = await new SqlProductFacts().factsFor(app.core.context({ actor: staff([]) }), [ids.p[2]]);
    const manualDiscounts = new Map([[ids.p[2], { kind: 'percent' as const, percentBp: 2000 }]]);
    const granting = app.core.context({ actor: staff([app.world.a.company.id], ['staff.discounts.grant']) });
    const withManual = (
      await pricing.pricesFor(granting, app.world.a.company.id, [facts!], new Map([[ids.p[2], 3]]), { manualDiscounts })
    ).get(ids.p[2])!;
    // A's price 76.00; 20 % asked, A's cap is 5 % → 72.20
    expect(withManual).toMatchObject({
      quantity: 3,
      rule: 'discount:manufacturer',
      ruleNetMinor: 7600,
      unitNetMinor: 7220,
      manualDiscountMinor: 380,
    });
    const notGranting = app.core.context({ actor: staff([app.world.a.company.id]) });
    expect(
      (await pricing.pricesFor(notGranting, app.world.a.company.id, [facts!], 1, { manualDiscounts })).get(ids.p[2])!.unitNetMinor,
    ).toBe(7600);
  });

  it('without a default price list and without terms, nothing is priced', async () => {
    const pricing = app.core.services.pricing as PricingService;
    await sql(`update price_list set is_default = false where id = ?`, [ids.defaultList]);
    try {
      const ctx = app.core.context({ actor: staff([]) });
      expect(await pricing.pricesForProductIds(ctx, null, [ids.p[0]], 1)).toEqual([]);
    } finally {
      await sql(`update price_list set is_default = true where id = ?`, [ids.defaultList]);
    }
  });
});

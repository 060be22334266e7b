import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../src/common/prepared-query';
import { sha256 } from '../../src/modules/accounts/tokens';
import { priceLeaks } from '../access-matrix';
import { startTestApp, type GqlResponse, type TestApp } from '../harness';
import { seedCatalog, seedPrices, type CatalogWorld } from './catalog-fixtures';

/**
 * The catalog through GraphQL for every kind of actor: company A is restricted to an assortment without the
 * "hidden" product; company B sees everything. Prices: A buys from a cheaper list with 10 % off Tools.
 */
let app: TestApp;
let cw: CatalogWorld;
const tokens: Record<string, string> = {};

type Auth = string | { apiKey: string } | undefined;
async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  auth?: Auth,
  lang?: string,
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (typeof auth === 'string') headers.authorization = `Bearer ${auth}`;
  else if (auth) headers['x-api-key'] = auth.apiKey;
  if (lang) headers['accept-language'] = lang;
  const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

const LIST = `query($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String, $companyId: ID) {
  products(filter: $filter, sort: $sort, first: $first, after: $after, companyId: $companyId) {
    edges { cursor node { id sku name available stockAsOf price { unitNet { amount currency } unitGross { amount } rule } } }
    pageInfo { hasNextPage endCursor } } }`;
const LIST_NO_PRICE = `query($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String, $companyId: ID) {
  products(filter: $filter, sort: $sort, first: $first, after: $after, companyId: $companyId) {
    edges { node { id sku name available } } pageInfo { hasNextPage endCursor } } }`;
const DETAIL = `query($id: ID!, $companyId: ID) { product(id: $id, companyId: $companyId) {
  id sku name ean model description images vatRateBp manufacturerName
  characteristics { code name kind unit value label }
  stock { code pickup onHand erpReserved kontorHeld available asOf planned { quantity expectedOn } }
  associated { id sku name }
  price { unitNet { amount } } } }`;
const SEARCH = `query($term: String!, $first: Int, $companyId: ID) { searchProducts(term: $term, first: $first, companyId: $companyId) { id sku name } }`;
const SEARCH_PRICED = `query($term: String!) { searchProducts(term: $term) { id sku price { unitNet { amount } } } }`;
const FACETS = `query($filter: ProductFilter, $companyId: ID) { productFacets(filter: $filter, companyId: $companyId) {
  totalCount manufacturers { value label count } categories { value label count }
  characteristics { code kind unit min max values { value label count } } } }`;
const FACETS_PRICED = `query($filter: ProductFilter) { productFacets(filter: $filter) { totalCount priceRange { min { amount currency } max { amount } } } }`;

const skus = (r: GqlResponse) => (r.data?.products?.edges ?? []).map((e: { node: { sku: string } }) => e.node.sku);
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp();
  const w = app.world;
  cw = await seedCatalog(app.core.orm.em.fork(), w.a.company.id);
  await seedPrices(app.core.orm.em.fork(), cw, { a: w.a.company.id, b: w.b.company.id });
  for (const [name, user] of [
    ['observer', w.a.users.observer],
    ['passive', w.a.users.passive],
    ['active', w.a.users.active],
    ['active_extended', w.a.users.active_extended],
    ['admin', w.a.users.admin],
    ['bPassive', w.b.users.passive],
    ['bObserver', w.b.users.observer],
    ['rep', w.rep],
    ['staff', w.staffAdmin],
  ] as const) {
    tokens[name] = await app.tokenFor(user.id);
  }
});
afterAll(() => app?.close());

const A_VISIBLE = ['CB-200', 'DR-100', 'GR-500', 'SC-600', 'ST-300'];
const ALL = ['CB-200', 'DR-100', 'GR-500', 'HD-400', 'SC-600', 'ST-300'];

describe('access levels', () => {
  const customerLevels = ['observer', 'passive', 'active', 'active_extended', 'admin'];

  it('anonymous callers are refused every catalog query', async () => {
    for (const q of [LIST_NO_PRICE, `{ categories { id } }`, `{ warehouses { id } }`, FACETS]) {
      const r = await gql(q);
      expect(code(r)).toBe('UNAUTHENTICATED');
    }
    expect(code(await gql(SEARCH, { term: 'kabel' }))).toBe('UNAUTHENTICATED');
    expect(code(await gql(DETAIL, { id: cw.p.drill }))).toBe('UNAUTHENTICATED');
  });

  it('every level of company A sees its assortment only, in lists, search, facets, detail and associated products', async () => {
    for (const level of customerLevels) {
      const t = tokens[level];
      const list = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU' }, t);
      expect(list.errors, level).toBeUndefined();
      expect(skus(list).sort(), level).toEqual(A_VISIBLE);
      const search = await gql(SEARCH, { term: 'stalowy' }, t);
      expect(search.data!.searchProducts.map((p: { sku: string }) => p.sku).sort(), level).toEqual(['SC-600', 'ST-300']);
      const facets = await gql(FACETS, {}, t);
      expect(facets.data!.productFacets.totalCount, level).toBe(5);
      expect((await gql(DETAIL, { id: cw.p.hidden }, t)).data!.product, level).toBeNull();
      const detail = await gql(`query($id: ID!) { product(id: $id) { associated { sku } } }`, { id: cw.p.drill }, t);
      expect(
        detail.data!.product.associated.map((p: { sku: string }) => p.sku),
        level,
      ).toEqual(['SC-600', 'CB-200']);
    }
  });

  it('company B (unrestricted) sees the whole catalog, including what A may not', async () => {
    expect(skus(await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU' }, tokens.bObserver))).toEqual(ALL);
    expect((await gql(DETAIL, { id: cw.p.hidden }, tokens.bPassive)).data!.product.sku).toBe('HD-400');
  });

  it('a customer may not borrow another company’s view with companyId', async () => {
    for (const q of [LIST_NO_PRICE, FACETS, SEARCH]) {
      const r = await gql(q, { companyId: app.world.b.company.id, term: 'kabel' }, tokens.passive);
      expect(code(r)).toBe('NOT_FOUND');
      expect(JSON.stringify(r.data ?? null)).not.toContain('HD-400');
    }
    expect(code(await gql(DETAIL, { id: cw.p.hidden, companyId: app.world.b.company.id }, tokens.passive))).toBe('NOT_FOUND');
    // their own id is fine
    expect(skus(await gql(LIST_NO_PRICE, { first: 50, companyId: app.world.a.company.id }, tokens.passive))).toHaveLength(5);
  });

  it('a sales rep sees the whole catalog, or an assigned company’s assortment and prices; never an unassigned company’s', async () => {
    expect(skus(await gql(LIST_NO_PRICE, { first: 50 }, tokens.rep))).toHaveLength(6);
    const forA = await gql(LIST, { first: 50, sort: 'SKU', companyId: app.world.a.company.id }, tokens.rep);
    expect(skus(forA)).toEqual(A_VISIBLE);
    expect(forA.data!.products.edges.find((e: any) => e.node.sku === 'CB-200').node.price.unitNet.amount).toBe('10.00');
    const forB = await gql(LIST, { first: 50, companyId: app.world.b.company.id }, tokens.rep);
    expect(code(forB)).toBe('NOT_FOUND');
    expect(forB.data?.products ?? null).toBeNull();
  });

  it('a staff admin may act for any company', async () => {
    const forB = await gql(LIST, { first: 50, sort: 'SKU', companyId: app.world.b.company.id }, tokens.staff);
    expect(skus(forB)).toEqual(ALL);
    expect(forB.data!.products.edges.find((e: any) => e.node.sku === 'CB-200').node.price.unitNet.amount).toBe('12.00');
  });

  it('API keys: catalog scope only gets no stock figures; the key’s company assortment applies', async () => {
    const em = app.core.orm.em.fork();
    const key = (secret: string, scopes: string[]) => {
      const prefix = `C${sha256(secret).slice(0, 11)}`.replace(/[^A-Za-z0-9]/g, 'x');
      return { prefix, secret, scopes, full: `kontor_${prefix}_${secret}` };
    };
    const catalogOnly = key('catalog-only-key-aaaaaaaaaaaaaaaa', ['catalog.view']);
    const reader = key('catalog-reader-key-aaaaaaaaaaaaaaa', ['catalog.view', 'stock.view', 'prices.view']);
    for (const k of [catalogOnly, reader]) {
      await em
        .getConnection()
        .execute(
          `insert into api_key (id, company_id, name, prefix, secret_hash, scopes, created_at) values (gen_random_uuid(), ?, ?, ?, ?, ?::text[], now())`,
          [app.world.a.company.id, k.secret, k.prefix, sha256(k.secret), `{${k.scopes.join(',')}}`],
        );
    }
    const bare = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU' }, { apiKey: catalogOnly.full });
    expect(skus(bare)).toEqual(A_VISIBLE);
    expect(bare.data!.products.edges.every((e: any) => e.node.available === null)).toBe(true);
    const detail = await gql(DETAIL, { id: cw.p.drill }, { apiKey: catalogOnly.full });
    expect(detail.data!.product.stock).toBeNull();
    expect(priceLeaks({ PRICE_x: detail.data!.product.price })).toEqual([]);
    const priced = await gql(LIST, { first: 50, sort: 'SKU' }, { apiKey: reader.full });
    expect(priced.errors).toBeUndefined();
    expect(priced.data!.products.edges.find((e: any) => e.node.sku === 'DR-100').node.price.unitNet.amount).toBe('360.00');
  });
});

describe('prices', () => {
  it('an observer gets no price anywhere: not in lists, search, detail, associated products or facets', async () => {
    const t = tokens.observer;
    const list = await gql(LIST, { first: 50 }, t);
    expect(list.data!.products.edges.length).toBe(5);
    expect(list.data!.products.edges.every((e: any) => e.node.price === null)).toBe(true);
    expect(list.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const search = await gql(SEARCH_PRICED, { term: 'kabel' }, t);
    expect(search.data!.searchProducts.every((p: any) => p.price === null)).toBe(true);
    const detail = await gql(
      `query($id: ID!) { product(id: $id) { price { unitNet { amount } } associated { price { unitNet { amount } } } } }`,
      { id: cw.p.drill },
      t,
    );
    expect(detail.data!.product.price).toBeNull();
    expect(detail.data!.product.associated.every((p: any) => p.price === null)).toBe(true);
    const facets = await gql(FACETS_PRICED, {}, t);
    expect(facets.data!.productFacets.priceRange).toBeNull();
    for (const body of [list.data, search.data, detail.data, facets.data]) expect(JSON.stringify(body)).not.toMatch(/"amount"/);
  });

  it('an observer is refused sorting or filtering by price, with a clear error', async () => {
    for (const vars of [{ sort: 'PRICE_ASC' }, { sort: 'PRICE_DESC' }, { filter: { priceMin: '1.00' } }, { filter: { priceMax: '100' } }]) {
      const r = await gql(LIST_NO_PRICE, { first: 10, ...vars }, tokens.observer);
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors![0].message).toMatch(/prices\.view/);
      expect(r.data?.products ?? null).toBeNull();
    }
    const f = await gql(FACETS, { filter: { priceMin: '1' } }, tokens.observer);
    expect(code(f)).toBe('FORBIDDEN');
  });

  it('companies get their own prices (price list, category discount), net and gross', async () => {
    const a = await gql(LIST, { first: 50, sort: 'SKU' }, tokens.passive);
    const b = await gql(LIST, { first: 50, sort: 'SKU' }, tokens.bPassive);
    const price = (r: GqlResponse, sku: string) => r.data!.products.edges.find((e: any) => e.node.sku === sku)?.node.price;
    expect(price(a, 'DR-100')).toMatchObject({
      unitNet: { amount: '360.00', currency: 'PLN' },
      unitGross: { amount: '442.80' },
      rule: 'discount:category',
    });
    expect(price(b, 'DR-100')).toMatchObject({ unitNet: { amount: '500.00', currency: 'PLN' }, rule: 'list' });
    expect(price(a, 'CB-200').unitNet.amount).toBe('10.00');
    expect(price(b, 'CB-200').unitNet.amount).toBe('12.00');
    expect(price(a, 'GR-500')).toBeNull(); // no price on any list
  });

  it('sorts and filters by the customer’s own price, keyset-paginated', async () => {
    const asc = await gql(LIST, { first: 2, sort: 'PRICE_ASC' }, tokens.passive);
    expect(skus(asc)).toEqual(['SC-600', 'CB-200']);
    const next = await gql(LIST, { first: 10, sort: 'PRICE_ASC', after: asc.data!.products.pageInfo.endCursor }, tokens.passive);
    expect(skus(next)).toEqual(['ST-300', 'DR-100', 'GR-500']); // no price last
    expect(next.data!.products.pageInfo.hasNextPage).toBe(false);
    expect(skus(await gql(LIST, { first: 10, sort: 'PRICE_DESC' }, tokens.bPassive))).toEqual([
      'DR-100',
      'HD-400',
      'ST-300',
      'CB-200',
      'SC-600',
      'GR-500',
    ]);
    const range = await gql(LIST, { first: 10, filter: { priceMin: '10.00', priceMax: '30' } }, tokens.passive);
    expect(skus(range).sort()).toEqual(['CB-200', 'ST-300']);
    const facets = await gql(FACETS_PRICED, {}, tokens.passive);
    expect(facets.data!.productFacets.priceRange).toEqual({ min: { amount: '0.09', currency: 'PLN' }, max: { amount: '360.00' } });
    expect(code(await gql(LIST, { first: 10, filter: { priceMin: '1.234' } }, tokens.passive))).toBe('BAD_USER_INPUT');
  });

  it('search and detail carry the customer’s price', async () => {
    const s = await gql(SEARCH_PRICED, { term: 'DR-1' }, tokens.passive);
    expect(s.data!.searchProducts[0]).toMatchObject({ sku: 'DR-100', price: { unitNet: { amount: '360.00' } } });
    const d = await gql(DETAIL, { id: cw.p.drill }, tokens.bPassive);
    expect(d.data!.product.price.unitNet.amount).toBe('500.00');
  });
});

describe('lists, filters and pages', () => {
  it('walks every page with keyset cursors, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: GqlResponse = await gql(LIST_NO_PRICE, { first: 2, after }, tokens.bObserver);
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.products.edges.map((e: any) => e.node.name));
      if (!r.data!.products.pageInfo.hasNextPage) break;
      after = r.data!.products.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(seen).toEqual([...seen].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('names follow the reader’s language with a fallback to Polish', async () => {
    const en = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU' }, tokens.bObserver, 'en');
    expect(en.data!.products.edges.map((e: any) => e.node.name)).toContain('Impact drill');
    const de = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU' }, tokens.bObserver, 'de-DE');
    const names = de.data!.products.edges.map((e: any) => e.node.name);
    expect(names).toContain('Schlagbohrmaschine');
    expect(names).toContain('Kabel żółty 3x1,5'); // no German name: Polish
    const tree = await gql(`{ categories { name children { name } } }`, {}, tokens.bObserver, 'ru');
    expect(tree.data!.categories.map((c: any) => c.name)).toEqual(['Narzędzia', 'Кабели']);
  });

  it('a category filter takes the whole subtree, at any depth', async () => {
    const tools = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU', filter: { categoryId: cw.cat.tools } }, tokens.bObserver);
    expect(skus(tools)).toEqual(['DR-100', 'GR-500', 'HD-400', 'SC-600', 'ST-300']);
    expect(skus(await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU', filter: { categoryId: cw.cat.drills } }, tokens.bObserver))).toEqual([
      'DR-100',
      'GR-500',
      'HD-400',
      'SC-600',
    ]);
    expect(skus(await gql(LIST_NO_PRICE, { first: 50, filter: { categoryId: cw.cat.deep } }, tokens.bObserver))).toEqual(['GR-500']);
    const tree = await gql(`{ categories { name depth children { name children { name } } } }`, {}, tokens.bObserver);
    expect(tree.data!.categories[0].children[0].children[0].name).toBe('Wiertarki akumulatorowe');
    const flat = await gql(`{ categories(flat: true) { id name depth parentId path children { id } } }`, {}, tokens.bObserver);
    expect(flat.data!.categories.map((c: any) => c.name)).toEqual([
      'Narzędzia',
      'Wiertarki',
      'Wiertarki akumulatorowe',
      'Głęboka',
      'Najgłębsza',
      'Kable',
    ]);
    const deep = flat.data!.categories[4];
    expect(deep).toMatchObject({ name: 'Najgłębsza', depth: 5, children: [] });
    expect(deep.path).toHaveLength(5);
    expect(deep.path[0]).toBe(cw.cat.tools);
  });

  it('filters by manufacturer, characteristics (option, number range, yes/no) and stock', async () => {
    const t = tokens.bObserver;
    const list = (filter: object) => gql(LIST_NO_PRICE, { first: 50, sort: 'SKU', filter }, t).then(skus);
    expect(await list({ manufacturerIds: [cw.man.makita] })).toEqual(['CB-200', 'ST-300']);
    expect(await list({ characteristics: [{ code: 'colour', values: ['yellow'] }] })).toEqual(['CB-200', 'ST-300']);
    expect(await list({ characteristics: [{ code: 'colour', values: ['yellow', 'red'] }] })).toEqual([
      'CB-200',
      'DR-100',
      'HD-400',
      'ST-300',
    ]);
    expect(await list({ characteristics: [{ code: 'width', min: 15, max: 100 }] })).toEqual(['DR-100', 'ST-300']);
    expect(await list({ characteristics: [{ code: 'waterproof', values: ['true'] }] })).toEqual(['CB-200']);
    expect(await list({ characteristics: [{ code: 'colour', values: ['red'] }], manufacturerIds: [cw.man.bosch] })).toEqual([
      'DR-100',
      'HD-400',
    ]);
    expect(await list({ inStockOnly: true })).toEqual(['CB-200', 'DR-100']);
  });

  it('facet counts follow the filter', async () => {
    const f = await gql(FACETS, { filter: { categoryId: cw.cat.tools } }, tokens.bObserver);
    const facets = f.data!.productFacets;
    expect(facets.totalCount).toBe(5);
    expect(facets.manufacturers).toEqual([
      { value: cw.man.bosch, label: 'Bosch', count: 3 },
      { value: cw.man.makita, label: 'Makita', count: 1 },
    ]);
    expect(facets.categories).toEqual([{ value: cw.cat.drills, label: 'Wiertarki', count: 4 }]);
    const colour = facets.characteristics.find((c: any) => c.code === 'colour');
    expect(colour.values).toEqual([
      { value: 'yellow', label: 'Żółty', count: 1 },
      { value: 'red', label: 'Czerwony', count: 2 },
    ]);
    const width = facets.characteristics.find((c: any) => c.code === 'width');
    expect(width).toMatchObject({ kind: 'NUMBER', unit: 'mm', min: 20, max: 125 });
    expect(facets.characteristics.find((c: any) => c.code === 'note')).toBeUndefined(); // not filterable
    const red = await gql(FACETS, { filter: { characteristics: [{ code: 'colour', values: ['red'] }] } }, tokens.passive);
    expect(red.data!.productFacets.totalCount).toBe(1); // A cannot see the hidden red product
  });

  it('detail: texts, characteristics, stock per warehouse with planned deliveries and data age', async () => {
    const d = (await gql(DETAIL, { id: cw.p.drill }, tokens.observer)).data!.product;
    expect(d).toMatchObject({
      sku: 'DR-100',
      ean: '5901234567890',
      model: 'GSB-18V',
      description: 'Opis',
      vatRateBp: 2300,
      manufacturerName: 'Bosch',
    });
    expect(d.images).toHaveLength(2);
    expect(d.characteristics).toEqual([
      { code: 'colour', name: 'Kolor', kind: 'ONE_OF', unit: null, value: 'red', label: 'Czerwony' },
      { code: 'width', name: 'Szerokość', kind: 'NUMBER', unit: 'mm', value: '80', label: '80' },
      { code: 'waterproof', name: 'Wodoodporny', kind: 'BOOLEAN', unit: null, value: 'false', label: 'no' },
    ]);
    expect(d.stock).toHaveLength(2);
    expect(d.stock[0]).toMatchObject({
      code: 'WRO',
      pickup: true,
      onHand: 10,
      erpReserved: 2,
      kontorHeld: 1,
      available: 7,
      asOf: '2026-11-23T10:00:00.000Z',
    });
    expect(d.stock[0].planned).toHaveLength(1);
    expect(d.stock[0].planned[0].quantity).toBe(40);
    expect(d.stock[1]).toMatchObject({ code: 'WAW', available: 5, planned: [] });
    const list = await gql(LIST_NO_PRICE, { first: 50, sort: 'SKU', filter: { categoryId: cw.cat.cordless } }, tokens.observer);
    expect(list.data!.products.edges[0].node.available).toBe(12);
  });

  it('warehouses list their address and pick-up', async () => {
    const r = await gql(`{ warehouses { code name street postalCode city country pickup } }`, {}, tokens.observer);
    expect(r.data!.warehouses).toEqual([
      {
        code: 'WRO',
        name: 'Wrocław Centralny',
        street: 'Magazynowa 1',
        postalCode: '50-001',
        city: 'Wrocław',
        country: 'PL',
        pickup: true,
      },
      { code: 'WAW', name: 'Warszawa', street: 'Składowa 2', postalCode: '00-001', city: 'Warszawa', country: 'PL', pickup: false },
    ]);
  });
});

describe('bad input gets clear errors', () => {
  it.each([
    ['an absurd page size', { first: 100000 }, /at most 100/],
    ['a zero page size', { first: 0 }, /from 1 to/],
    ['a malformed cursor', { after: 'not-a-cursor' }, /cursor is malformed/],
    ['a cursor of another sort', { sort: 'PRICE_ASC', after: Buffer.from('["x","y"]').toString('base64url') }, /cursor is malformed/],
    ['an unknown characteristic', { filter: { characteristics: [{ code: 'flavour', values: ['x'] }] } }, /no characteristic "flavour"/],
    ['an unknown option', { filter: { characteristics: [{ code: 'colour', values: ['plaid'] }] } }, /no option "plaid"/],
    ['a range on a non-number', { filter: { characteristics: [{ code: 'colour', min: 1 }] } }, /not a number/],
    [
      'values and a range at once',
      { filter: { characteristics: [{ code: 'width', values: ['1'], min: 1 }] } },
      /either values or a min\/max/,
    ],
    ['an unknown category', { filter: { categoryId: '00000000-0000-4000-8000-000000000000' } }, /no category/],
    ['a malformed id', { filter: { categoryId: 'abc' } }, /not a valid id/],
  ])('%s', async (_what, vars, message) => {
    const r = await gql(LIST_NO_PRICE, { first: 10, ...vars }, tokens.passive);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(message);
    expect(r.data?.products ?? null).toBeNull();
  });

  it('an unknown filter field is refused by the schema', async () => {
    const r = await gql(LIST_NO_PRICE, { first: 10, filter: { colour: 'red' } }, tokens.passive);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/colour/);
  });

  it('search: too many results asked, an overlong term', async () => {
    expect(code(await gql(SEARCH, { term: 'kabel', first: 500 }, tokens.passive))).toBe('BAD_USER_INPUT');
    expect(code(await gql(SEARCH, { term: 'x'.repeat(500) }, tokens.passive))).toBe('BAD_USER_INPUT');
    const odd = await gql(SEARCH, { term: `?' & | ! :* (\\` }, tokens.passive);
    expect(odd.errors).toBeUndefined();
    expect(odd.data!.searchProducts).toEqual([]);
  });
});

describe('quick search', () => {
  const find = async (term: string, lang?: string, who = tokens.bObserver) => {
    const r = await gql(SEARCH, { term, first: 10 }, who, lang);
    expect(r.errors, term).toBeUndefined();
    return r.data!.searchProducts.map((p: { sku: string }) => p.sku);
  };

  it('forgives typos through the catalog’s words ("stel" → steel)', async () => {
    expect((await find('stel', 'en')).sort()).toEqual(['HD-400', 'SC-600', 'ST-300']);
    expect(await find('wiertraka')).toEqual(['DR-100']);
  });
  it('ignores accents both ways ("zolty" → żółty)', async () => {
    expect(await find('zolty')).toEqual(['CB-200']);
    expect(await find('ŻÓŁTY kabel')).toEqual(['CB-200']);
    expect(await find('szlifierka katowa')).toEqual(['GR-500']);
  });
  it('matches word prefixes as you type', async () => {
    expect(await find('wier')).toEqual(['DR-100']);
    expect(await find('szlif')).toEqual(['GR-500']);
    expect((await find('stal')).sort()).toEqual(['HD-400', 'SC-600', 'ST-300']);
  });
  it('matches SKU, EAN and model prefixes, codes first', async () => {
    expect(await find('DR-1')).toEqual(['DR-100']);
    expect(await find('dr-100')).toEqual(['DR-100']);
    expect(await find('5909876')).toEqual(['CB-200']);
    expect(await find('GSB')).toEqual(['DR-100']);
  });
  it('searches in the reader’s language', async () => {
    expect(await find('impact', 'en')).toEqual(['DR-100']);
    expect(await find('кабель', 'ru')).toEqual(['CB-200']);
    expect(await find('impact', 'pl')).toEqual([]);
  });
  it('keeps restricted products out of search', async () => {
    expect(await find('tajny', 'pl', tokens.bObserver)).toEqual(['HD-400']);
    expect(await find('tajny', 'pl', tokens.observer)).toEqual([]);
    expect(await find('HD-4', 'pl', tokens.observer)).toEqual([]);
  });
});

/**
 * Every statement any pooled connection sends while fn runs (the driver's query, under MikroORM and the catalog
 * alike), whitespace folded, with its values and whether its session always runs generic plans.
 */
async function statements(fn: () => Promise<unknown>): Promise<Array<{ text: string; values: unknown[]; generic: boolean }>> {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  const seen: Array<{ text: string; values: unknown[]; generic: boolean }> = [];
  proto.query = function (this: { connectionParameters?: { options?: string } }, q: unknown, ...rest: unknown[]) {
    const text = typeof q === 'string' ? q : ((q as { text?: string })?.text ?? '');
    seen.push({
      text: text.replace(/\s+/g, ' '),
      values: (q as { values?: unknown[] })?.values ?? (rest[0] as unknown[]) ?? [],
      generic: /force_generic_plan/.test(this.connectionParameters?.options ?? ''),
    });
    return original.call(this, q, ...rest);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen;
}

/** The statements' texts (and, into `values`, their values). */
async function count(fn: () => Promise<unknown>, values?: unknown[][]): Promise<string[]> {
  const seen = await statements(fn);
  values?.push(...seen.map((q) => q.values));
  return seen.map((q) => q.text);
}

describe('no N+1: statements per request', () => {
  it('a product page with prices and stock: sign-in check, one statement (the list and the rules that price it)', async () => {
    const t = tokens.passive;
    await gql(LIST, { first: 50 }, t); // warm caches
    const q = await count(() => gql(LIST, { first: 50 }, t));
    expect(q.length).toBeLessThanOrEqual(2);
    expect(q.filter((x) => x.startsWith('with page as materialized (select p.id') && x.includes('with terms as'))).toHaveLength(1);
    const qs = await count(() => gql(LIST_NO_PRICE, { first: 50, filter: { categoryId: cw.cat.tools, inStockOnly: true } }, t));
    expect(qs.length).toBeLessThanOrEqual(2);
  });
  it('a page of the tree, its prices and a remembered search run their generic plans; filtered pages are planned for their values', async () => {
    const t = tokens.passive;
    const list = (r: Array<{ text: string; generic: boolean }>) => r.filter((x) => x.text.trim().startsWith('select p.id'));
    const pricing = (r: Array<{ text: string; generic: boolean }>) => r.filter((x) => x.text.trim().startsWith('with terms as'));
    // a page and the rules that price it, in one statement
    const priced = (r: Array<{ text: string; generic: boolean }>) =>
      r.filter((x) => x.text.trim().startsWith('with page as materialized (select p.id') && x.text.includes('with terms as'));
    await gql(LIST, { first: 50, filter: { categoryId: cw.cat.tools } }, t);
    const page = await statements(() => gql(LIST, { first: 50, filter: { categoryId: cw.cat.tools } }, t));
    expect(priced(page).map((x) => x.generic)).toEqual([true]);
    expect([...list(page), ...pricing(page)]).toEqual([]);
    const all = await statements(() => gql(LIST, { first: 50, sort: 'SKU' }, t));
    expect(priced(all).map((x) => x.generic)).toEqual([true]);
    const unpriced = await statements(() => gql(LIST_NO_PRICE, { first: 50, filter: { categoryId: cw.cat.tools } }, t));
    expect(list(unpriced).map((x) => x.generic)).toEqual([true]);
    expect(priced(unpriced)).toEqual([]);
    // a filter whose best plan depends on its values: planned for them, on the ORM's sessions; its prices in a
    // statement of their own, which runs its generic plan
    for (const filter of [
      { categoryId: cw.cat.tools, inStockOnly: true },
      { manufacturerIds: [cw.man.makita] },
      { characteristics: [{ code: 'colour', values: ['red'] }] },
    ]) {
      const filtered = await statements(() => gql(LIST, { first: 50, filter }, t));
      expect(
        list(filtered).map((x) => x.generic),
        JSON.stringify(filter),
      ).toEqual([false]);
      expect(pricing(filtered).map((x) => x.generic)).toEqual([true]);
    }
    // a remembered ranking's rows: by id, whatever the term
    await gql(SEARCH_PRICED, { term: 'kabel' }, t);
    const again = await statements(() => gql(SEARCH_PRICED, { term: 'kabel' }, t));
    const rows = priced(again).filter((x) => x.text.includes('unnest'));
    expect(rows.map((x) => x.generic)).toEqual([true]);
    expect(pricing(again)).toEqual([]);
  });
  it('detail with stock and associated products, search, facets, the tree: constant statements', async () => {
    const t = tokens.passive;
    await gql(SEARCH_PRICED, { term: 'kabel' }, t);
    expect((await count(() => gql(DETAIL, { id: cw.p.drill }, t))).length).toBeLessThanOrEqual(3);
    expect((await count(() => gql(SEARCH_PRICED, { term: 'kabel' }, t))).length).toBeLessThanOrEqual(3);
    expect((await count(() => gql(FACETS, {}, t))).length).toBeLessThanOrEqual(2);
    expect((await count(() => gql(`{ categories { name children { name children { name } } } }`, {}, t))).length).toBeLessThanOrEqual(2);
  });
});

describe('quick search over a larger catalog (runs last: adds products)', () => {
  /** n products `<prefix>-0001`…, every `every`-th named `<hit> <i>` in Polish, the others `<other> <i>`. */
  const addProducts = (prefix: string, n: number, every: number, hit: string, other: string) =>
    app.core.orm.em.getConnection().execute(
      `insert into product (id, sku, names, created_at, updated_at)
       select gen_random_uuid(), ? || '-' || lpad(i::text, 4, '0'),
              jsonb_build_object('pl', case when i % ? = 0 then ? || ' ' || i else ? || ' ' || i end), now(), now()
         from generate_series(1, ?) i`,
      [prefix, every, hit, other, n],
    );
  it('a common word is served by the name-order walk, a rare one by the index; both only return matches', async () => {
    await addProducts('UNI', 200, 2, 'Uchwyt uniwersalny', 'Adapter');
    const common = await gql(SEARCH, { term: 'uniwers', first: 50 }, tokens.bObserver);
    expect(common.errors).toBeUndefined();
    expect(common.data!.searchProducts).toHaveLength(50);
    expect(common.data!.searchProducts.every((p: { name: string }) => p.name.startsWith('Uchwyt uniwersalny'))).toBe(true);
    const rare = await gql(SEARCH, { term: 'uchwyt 198', first: 50 }, tokens.bObserver);
    expect(rare.data!.searchProducts.map((p: { sku: string }) => p.sku)).toEqual(['UNI-0198']);
    const typo = await gql(SEARCH, { term: 'unwersalny', first: 5 }, tokens.bObserver);
    expect(typo.data!.searchProducts).toHaveLength(5);
    // company A's assortment does not hold them
    expect((await gql(SEARCH, { term: 'uniwers', first: 50 }, tokens.passive)).data!.searchProducts).toEqual([]);
  });
  it('a model code typed with a word is matched as typed, not corrected to a dictionary word', async () => {
    await app.core.orm.em
      .getConnection()
      .execute(`update product set names = jsonb_build_object('pl', 'Uchwyt uniwersalny WK1234 ścienny') where sku = 'UNI-0194'`);
    const found = await gql(SEARCH, { term: 'uchwyt wk1234', first: 5 }, tokens.bObserver);
    expect(found.data!.searchProducts.map((p: { sku: string }) => p.sku)).toEqual(['UNI-0194']);
    expect((await gql(SEARCH, { term: 'uchwyt wk12', first: 5 }, tokens.bObserver)).data!.searchProducts).toHaveLength(1);
    expect((await gql(SEARCH, { term: 'uchwyt wk9999', first: 5 }, tokens.bObserver)).data!.searchProducts).toEqual([]);
  });
  it('a term with a model code goes to the index at once (no sample walk), planned once for every term', async () => {
    let found: GqlResponse | undefined;
    const seen = await count(async () => {
      found = await gql(SEARCH, { term: 'uchwyt wk1234', first: 4 }, tokens.bObserver);
    });
    expect(found!.data!.searchProducts.map((p: { sku: string }) => p.sku)).toEqual(['UNI-0194']);
    const ranking = seen.filter((q) => q.startsWith('with '));
    expect(ranking).toHaveLength(1);
    expect(ranking[0]).not.toContain('walk as');
    // the ranking runs its generic plan (no planning per term), on the sessions set up for it; the ORM's keep theirs
    expect(seen.filter((q) => q.includes('plan_cache_mode'))).toEqual([]);
    const ctx = app.core.context();
    expect(await query(ctx, `select current_setting('plan_cache_mode') as m`, [], { generic: true })).toEqual([
      { m: 'force_generic_plan' },
    ]);
    // a common word still samples the catalog first, with the same generic plan
    const common = await count(() => gql(SEARCH, { term: 'adapter', first: 3 }, tokens.bObserver));
    expect(common.filter((q) => q.startsWith('with ')).map((q) => q.includes('walk as'))).toEqual([true]);
    const modes = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.core.orm.em.getConnection().execute(`select current_setting('plan_cache_mode') as m from pg_sleep(0.05)`),
      ),
    );
    expect(new Set(modes.map((r) => r[0].m))).toEqual(new Set(['auto']));
  });
  it('a begun word stands for the catalog words it begins (the index reads their lists, no prefix scan)', async () => {
    const values: unknown[][] = [];
    const seen = await count(async () => {
      const r = await gql(SEARCH, { term: 'adapter uniw', first: 7 }, tokens.bObserver);
      expect(r.data!.searchProducts).toEqual([]);
      const hit = await gql(SEARCH, { term: 'uchwyt uniw', first: 7 }, tokens.bObserver);
      expect(hit.data!.searchProducts).toHaveLength(7);
    }, values);
    const tsqueries = seen.flatMap((q, i) =>
      q.startsWith('with ') ? values[i].filter((v) => typeof v === 'string' && v.includes("'")) : [],
    );
    expect(tsqueries).toContain("'adapter' & 'uniwersalny'");
    expect(tsqueries).toContain("'uchwyt' & 'uniwersalny'");
    // more words than are named one by one: the prefix itself
    await app.core.orm.em
      .getConnection()
      .execute(`insert into search_word (word) select 'zqx' || i from generate_series(1, 40) i on conflict do nothing`);
    await app.core.orm.em
      .getConnection()
      .execute(`update search_word set word = translate(word, '0123456789', 'abcdefghij') where word like 'zqx%'`);
    values.length = 0;
    const many = await count(() => gql(SEARCH, { term: 'adapter zqx', first: 7 }, tokens.bObserver), values);
    const q = many.findIndex((x) => x.startsWith('with '));
    expect(values[q]).toContain("'adapter' & 'zqx':*");
  });
  it('a repeated search reuses its ranking but reads rows fresh: a rename shows, a deactivated product drops out', async () => {
    const first = await gql(SEARCH, { term: 'uchwyt 196', first: 5 }, tokens.bObserver);
    expect(first.data!.searchProducts.map((p: { sku: string }) => p.sku)).toEqual(['UNI-0196']);
    const db = app.core.orm.em.getConnection();
    await db.execute(`update product set names = jsonb_build_object('pl', 'Uchwyt uniwersalny 196 nowy') where sku = 'UNI-0196'`);
    let again: GqlResponse | undefined;
    const seen = await count(async () => {
      again = await gql(SEARCH, { term: 'uchwyt 196', first: 5 }, tokens.bObserver);
    });
    expect(again!.data!.searchProducts).toMatchObject([{ sku: 'UNI-0196', name: 'Uchwyt uniwersalny 196 nowy' }]);
    // the ranking was remembered: only the rows were read (no candidate walk, no ranking statement)
    expect(seen.filter((q) => q.startsWith('with '))).toEqual([]);
    await db.execute(`update product set active = false where sku = 'UNI-0196'`);
    expect((await gql(SEARCH, { term: 'uchwyt 196', first: 5 }, tokens.bObserver)).data!.searchProducts).toEqual([]);
    // another page size is ranked on its own
    expect((await gql(SEARCH, { term: 'uchwyt 196', first: 6 }, tokens.bObserver)).data!.searchProducts).toEqual([]);
  });
  it('a word in 2 % of a catalog larger than the walk still fills the page it asks for', async () => {
    await addProducts('ZW', 3000, 50, 'Zawias meblowy', 'Element');
    // 60 hinges among ~3,400 products: the walk over 2,000 of them meets about 35, fewer than the page of 50
    const hinges = await gql(SEARCH, { term: 'zawias', first: 50 }, tokens.bObserver);
    expect(hinges.data!.searchProducts).toHaveLength(50);
    expect(hinges.data!.searchProducts.every((p: { name: string }) => p.name.startsWith('Zawias meblowy'))).toBe(true);
    // a number with a word: the index is asked for the number, the word is checked on what it returns
    const one = await gql(SEARCH, { term: 'zawias 1500', first: 5 }, tokens.bObserver);
    expect(one.data!.searchProducts.map((p: { sku: string }) => p.sku)).toEqual(['ZW-1500']);
    expect((await gql(SEARCH, { term: 'element 1500', first: 5 }, tokens.bObserver)).data!.searchProducts).toEqual([]);
    expect(
      (await gql(SEARCH, { term: 'element 1501', first: 5 }, tokens.bObserver)).data!.searchProducts.map((p: { sku: string }) => p.sku),
    ).toEqual(['ZW-1501']);
  });
  it('a term whose words seldom stand together goes to the index at once (word shares from the statistics)', async () => {
    await app.core.orm.em.getConnection().execute('analyze product');
    app.core.services.search.forgetWordShares();
    // "zawias" and "meblowy" are each in ~2 % of the catalog: together an estimated 0.03 %, below the walk's 1 %
    let hinges: GqlResponse | undefined;
    const rare = await count(async () => {
      hinges = await gql(SEARCH, { term: 'zawias meblowy', first: 40 }, tokens.bObserver);
    });
    expect(hinges!.data!.searchProducts).toHaveLength(40);
    expect(hinges!.data!.searchProducts.every((p: { name: string }) => p.name.startsWith('Zawias meblowy'))).toBe(true);
    const ranking = rare.filter((q) => q.startsWith('with '));
    expect(ranking).toHaveLength(1);
    expect(ranking[0]).not.toContain('walk as');
    // "element" is in most of the catalog: with "zaw" an estimated 1.5 %, so the walk samples first
    const common = await count(() => gql(SEARCH, { term: 'element zaw', first: 7 }, tokens.bObserver));
    expect(common.filter((q) => q.startsWith('with ')).map((q) => q.includes('walk as'))).toEqual([true]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BridgeHttpConnector } from '../../src/modules/erp-sync/bridge/bridge-http.connector';
import type {
  ChangeBatch,
  ErpConnector,
  ErpCursor,
  ErpEntity,
  ErpPrice,
  ErpRecordBase,
  ErpStock,
} from '../../src/modules/erp-sync/erp-connector';
import { ERP_EVENTS } from '../../src/modules/erp-sync/events';
import { sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

/** A connector that "dies" (throws) on the n-th pull, as a worker killed between pages would. */
class DyingConnector implements ErpConnector {
  readonly name = 'dying';
  pulls = 0;
  dieAt: number | null = null;
  /** Feeds served from here instead of the ERP: records in cursor order (modifiedAt, erpId). */
  scripted: Partial<Record<ErpEntity, ErpRecordBase[]>> = {};
  /** Pulls of `entity` from its `from`-th on wait for `until` (a run held open between its pages). */
  hold: { entity: ErpEntity; from: number; until: Promise<void>; reached: () => void } | null = null;
  private readonly pullsOf = new Map<ErpEntity, number>();
  constructor(private readonly inner: ErpConnector) {}
  async pullChanges<E extends ErpEntity>(entity: E, after: ErpCursor | null, limit: number): Promise<ChangeBatch<E>> {
    const k = (this.pullsOf.get(entity) ?? 0) + 1;
    this.pullsOf.set(entity, k);
    const hold = this.hold;
    if (hold && hold.entity === entity && k >= hold.from) {
      hold.reached();
      await hold.until;
    }
    this.pulls++;
    if (this.dieAt !== null && this.pulls >= this.dieAt) throw new Error('worker killed');
    const feed = this.scripted[entity];
    if (feed) {
      const rest = feed.filter(
        (r) => !after || r.modifiedAt > after.modifiedAt || (r.modifiedAt === after.modifiedAt && r.erpId > after.erpId),
      );
      return { records: rest.slice(0, limit) as never, quarantined: [], hasMore: rest.length > limit };
    }
    return this.inner.pullChanges(entity, after, limit);
  }
  pushDocument: ErpConnector['pushDocument'] = (d, k) => this.inner.pushDocument(d, k);
  findByReference: ErpConnector['findByReference'] = (k, r) => this.inner.findByReference(k, r);
  fetchInvoicePdf: ErpConnector['fetchInvoicePdf'] = (id) => this.inner.fetchInvoicePdf(id);
}

const kontorDigest = (app: ErpTestApp) =>
  sql<{ d: string; n: number }>(
    app.core,
    `select md5(string_agg(p.erp_id || ':' || l.erp_id || ':' || e.amount_minor, ',' order by p.erp_id, l.erp_id)) d, count(*)::int n
       from price_list_entry e join product p on p.id = e.product_id join price_list l on l.id = e.price_list_id`,
  ).then((r) => r[0]);
/** A table's constraints and indexes, each by its full definition and whether it is valid. */
const tableShape = (app: ErpTestApp, table: string) =>
  sql<{ kind: string; name: string; def: string; valid: boolean }>(
    app.core,
    `select contype::text as kind, conname as name, pg_get_constraintdef(oid) as def, convalidated as valid
       from pg_constraint where conrelid = $1::regclass
     union all
     select 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid), indisvalid
       from pg_index where indrelid = $1::regclass
     order by 1, 2`,
    [table],
  );
const erpDigest = (erp: DemoErp) =>
  erp.pool
    .query<{ d: string; n: number }>(
      `select md5(string_agg((doc->>'productErpId') || ':' || (doc->>'priceListErpId') || ':' || (doc->>'netMinor'), ','
                             order by doc->>'productErpId', doc->>'priceListErpId')) d, count(*)::int n
         from erp_record where entity = 'prices'`,
    )
    .then((r) => r.rows[0]);

/** A demo ERP and a Kontor behind a connector that can be told to die; `synced` are imported first. */
async function dyingSetup(synced: readonly ErpEntity[]) {
  const erp = await startTestErp();
  const dying = new DyingConnector(new BridgeHttpConnector(erp.url, { timeoutMs: 5000 }));
  const app = await startErpApp({ connector: dying });
  for (const e of synced) await app.core.services.erpSync.syncEntity(app.ctx(), e);
  return { erp, dying, app };
}

describe('ERP sync resilience', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  let dying: DyingConnector;

  beforeAll(async () => {
    ({ erp, dying, app } = await dyingSetup(['categories', 'characteristics', 'warehouses', 'products', 'priceLists']));
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('a first load killed mid-run keeps nothing and leaves the table as it was; the next run loads it again', async () => {
    const before = await tableShape(app, 'price_list_entry');
    dying.pulls = 0;
    dying.dieAt = 4; // three pages of 50 written in the first load's one transaction, then killed
    await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'prices', { batchSize: 50 })).rejects.toThrow('worker killed');
    expect((await kontorDigest(app)).n).toBe(0);
    const [state] = await sql<{ cursor_erp_id: string | null; last_error: string }>(
      app.core,
      `select cursor_erp_id, last_error from erp_sync_state where entity = 'prices'`,
    );
    expect(state.cursor_erp_id).toBeNull();
    expect(state.last_error).toMatch(/worker killed/);
    expect(await tableShape(app, 'price_list_entry')).toEqual(before);

    // a first load that stops at its page limit commits what it read
    dying.dieAt = null;
    const first = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices', { batchSize: 50, maxPages: 1 });
    expect(first).toMatchObject({ firstLoad: true, changed: 50, hasMore: true });
    expect((await kontorDigest(app)).n).toBe(50);
    expect(await tableShape(app, 'price_list_entry')).toEqual(before);
  });

  it('a worker killed mid-run: the cursor never passes what was applied, and a rerun converges to the ERP’s state', async () => {
    // the table holds rows already (the test above): pages commit one by one
    dying.pulls = 0;
    dying.dieAt = 4; // three pages of 50 applied, then killed
    await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'prices', { batchSize: 50 })).rejects.toThrow('worker killed');
    const mid = await kontorDigest(app);
    expect(mid.n).toBe(150);
    const [state] = await sql<{ cursor_erp_id: string; last_error: string }>(
      app.core,
      `select cursor_erp_id, last_error from erp_sync_state where entity = 'prices'`,
    );
    // the cursor sits exactly on the last applied record
    const applied = await sql<{ erp_id: string }>(app.core, `select max(erp_id) erp_id from price_list_entry`);
    expect(state.cursor_erp_id).toBe(applied[0].erp_id);
    expect(state.last_error).toMatch(/worker killed/);

    // meanwhile the ERP changes records on both sides of the cursor
    await erp.admin.price({ productErpId: 'P-000001', priceListErpId: 'PL-DET', netMinor: 101 });
    await erp.admin.price({ productErpId: 'P-000200', priceListErpId: 'PL-HURT', netMinor: 202 });

    dying.dieAt = null;
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices', { batchSize: 50 });
    expect(r.recovered).toBe(true);
    expect(await kontorDigest(app)).toEqual(await erpDigest(erp));
    // a second rerun changes nothing
    const again = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices', { batchSize: 50 });
    expect(again.changed).toBe(0);
  });

  it('a failure inside the transaction rolls back the page and its cursor together', async () => {
    await erp.admin.price({ productErpId: 'P-000002', priceListErpId: 'PL-DET', netMinor: 303 });
    const [before] = await sql<{ cursor_modified_at: string; cursor_erp_id: string }>(
      app.core,
      `select cursor_modified_at::text, cursor_erp_id from erp_sync_state where entity = 'prices'`,
    );
    // the price list entry table refuses writes for a moment (a constraint violation mid-apply)
    await sql(app.core, `alter table price_list_entry add constraint erp_test_no_303 check (amount_minor <> 303) not valid`);
    try {
      await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'prices')).rejects.toThrow(/erp_test_no_303/);
    } finally {
      await sql(app.core, `alter table price_list_entry drop constraint erp_test_no_303`);
    }
    const [mid] = await sql<{ cursor_modified_at: string; cursor_erp_id: string }>(
      app.core,
      `select cursor_modified_at::text, cursor_erp_id from erp_sync_state where entity = 'prices'`,
    );
    expect(mid).toEqual(before);
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices');
    expect(r.changed).toBe(1);
    expect(await kontorDigest(app)).toEqual(await erpDigest(erp));
  });

  it('stale blocking data fails closed: customers are refused until customer data syncs, staff are not', async () => {
    const q = `{ me { __typename } }`;
    const customer = await app.tokenFor(app.world.a.users.active.id);
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    app.core.services.erpFreshness.reset();
    const refused = await app.gql(q, {}, customer);
    expect(refused.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.errors?.[0].message).toMatch(/ERP has not confirmed customer and blocking data/);
    expect((await app.gql(q, {}, staff)).errors).toBeUndefined();

    await app.core.services.erpSync.syncEntity(app.ctx(), 'customers');
    app.core.services.erpFreshness.reset();
    expect((await app.gql(q, {}, customer)).errors).toBeUndefined();

    // the ERP goes silent past the limit (15 minutes by default)
    app.clock.advance(16 * 60_000);
    app.core.services.erpFreshness.reset();
    expect((await app.gql(q, {}, customer)).errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    await app.core.services.erpSync.syncEntity(app.ctx(), 'customers');
    app.core.services.erpFreshness.reset();
    expect((await app.gql(q, {}, customer)).errors).toBeUndefined();
  });
});

describe('ERP sync order', () => {
  it('an entity waits for the entities its records refer to, instead of quarantining their references', async () => {
    const erp = await startTestErp();
    const app = await startErpApp({ erpUrl: erp.url });
    try {
      const early = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices');
      expect(early.skipped).toBe('waiting for a first successful sync of products, priceLists');
      for (const e of ['categories', 'characteristics', 'products', 'priceLists'] as const)
        await app.core.services.erpSync.syncEntity(app.ctx(), e);
      const later = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices');
      expect(later).toMatchObject({ changed: 480, quarantined: 0 });
    } finally {
      await app.close();
      await erp.close();
    }
  });

  it('stock carries its as-of time and its numbers are hidden past the staleness limit, in lists, search and detail', async () => {
    const erp = await startTestErp();
    const app = await startErpApp({ erpUrl: erp.url });
    try {
      const fresh = app.core.services.erpFreshness;
      expect(await fresh.stockFreshness(app.clock.now())).toEqual({ asOf: null, hidden: true });
      for (const e of ['categories', 'characteristics', 'warehouses', 'products', 'stock'] as const)
        await app.core.services.erpSync.syncEntity(app.ctx(), e);
      fresh.reset();
      const now = await fresh.stockFreshness(app.clock.now());
      expect(now.hidden).toBe(false);
      expect(now.asOf?.getTime()).toBe(app.clock.now().getTime());
      // what users see: numbers while fresh; past the limit no numbers (list, search, detail), the as-of time stays
      let staff = await app.tokenFor(app.world.staffAdmin.id);
      const LIST = `{ products(first: 5) { edges { node { id available stockAsOf stockStale } } } }`;
      const fresh1 = (
        await app.gql<{ products: { edges: Array<{ node: { id: string; available: number | null; stockStale: boolean } }> } }>(
          LIST,
          {},
          staff,
        )
      ).data!.products.edges.map((e) => e.node);
      expect(fresh1.length).toBeGreaterThan(0);
      expect(fresh1.every((n) => !n.stockStale && typeof n.available === 'number')).toBe(true);
      const DETAIL = `query($id: ID!) { product(id: $id) { available stockStale stockAsOf stock { available } } }`;
      const d1 = (await app.gql<{ product: { stock: unknown[] | null } }>(DETAIL, { id: fresh1[0].id }, staff)).data!.product;
      expect(d1.stock?.length).toBeGreaterThan(0);

      app.clock.advance(7 * 3600_000);
      expect((await fresh.stockFreshness(app.clock.now())).hidden).toBe(true);
      fresh.reset();
      staff = await app.tokenFor(app.world.staffAdmin.id); // a new access token at the new time
      const stale = (
        await app.gql<{
          products: { edges: Array<{ node: { available: number | null; stockStale: boolean; stockAsOf: string | null } }> };
        }>(LIST, {}, staff)
      ).data!.products.edges.map((e) => e.node);
      expect(stale.every((n) => n.stockStale && n.available === null && n.stockAsOf !== null)).toBe(true);
      const d2 = (
        await app.gql<{ product: { available: number | null; stockStale: boolean; stock: unknown[] | null } }>(
          DETAIL,
          { id: fresh1[0].id },
          staff,
        )
      ).data!.product;
      expect(d2).toMatchObject({ available: null, stockStale: true, stock: null });
      const SEARCH = `query($t: String!) { searchProducts(term: $t, first: 5) { available stockStale } }`;
      const name = (
        await app.gql<{ product: { name: string } }>(`query($id: ID!) { product(id: $id) { name } }`, { id: fresh1[0].id }, staff)
      ).data!.product.name;
      const found = (
        await app.gql<{ searchProducts: Array<{ available: number | null; stockStale: boolean }> }>(
          SEARCH,
          { t: name.split(' ')[0] },
          staff,
        )
      ).data!.searchProducts;
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((n) => n.stockStale && n.available === null)).toBe(true);

      // the next stock sync brings the numbers back
      await app.core.services.erpSync.syncEntity(app.ctx(), 'stock');
      fresh.reset();
      const back = (
        await app.gql<{ products: { edges: Array<{ node: { available: number | null; stockStale: boolean } }> } }>(LIST, {}, staff)
      ).data!.products.edges.map((e) => e.node);
      expect(back.every((n) => !n.stockStale && typeof n.available === 'number')).toBe(true);
    } finally {
      await app.close();
      await erp.close();
    }
  });
});

describe('ERP sync: the first load of the catalog', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  let dying: DyingConnector;

  beforeAll(async () => {
    ({ erp, dying, app } = await dyingSetup(['categories', 'characteristics']));
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  const plainIndexOids = () =>
    sql<{ o: number }>(
      app.core,
      `select indexrelid::int o from pg_index where indrelid = 'product'::regclass and not indisunique order by 1`,
    ).then((r) => r.map((x) => x.o));
  const products = () => sql<{ n: number }>(app.core, `select count(*)::int n from product where erp_id is not null`).then((r) => r[0].n);

  it('sets the product table’s plain indexes aside for the load and builds them again; a killed load leaves them all', async () => {
    const before = await tableShape(app, 'product');
    expect(before.filter((d) => d.kind === 'index').length).toBeGreaterThan(20);
    const oids = await plainIndexOids();

    dying.pulls = 0;
    dying.dieAt = 3; // two pages in, then killed: the indexes had been dropped inside the run's transaction
    await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'products', { batchSize: 50 })).rejects.toThrow('worker killed');
    expect(await products()).toBe(0);
    expect(await tableShape(app, 'product')).toEqual(before);
    expect(await plainIndexOids()).toEqual(oids);

    dying.dieAt = null;
    const run = await app.core.services.erpSync.syncEntity(app.ctx(), 'products', { batchSize: 50 });
    expect(run).toMatchObject({ firstLoad: true, changed: 240, pages: 5 });
    expect(await products()).toBe(240);
    // the same indexes, by name and definition, valid, and built afresh (new relations, not the ones from before)
    const after = await tableShape(app, 'product');
    expect(after).toEqual(before);
    const rebuilt = await plainIndexOids();
    expect(rebuilt.length).toBe(oids.length);
    expect(rebuilt.filter((o) => oids.includes(o))).toEqual([]);
    // and they serve: a search by SKU prefix finds the imported product
    const found = await app.gql<{ searchProducts: Array<{ sku: string }> }>(
      `{ searchProducts(term: "SKU-00001", first: 3) { sku } }`,
      {},
      await app.tokenFor(app.world.staffAdmin.id),
    );
    expect(found.data!.searchProducts.map((p) => p.sku)).toContain('SKU-000010');

    // a second run into the now full table goes page by page again
    const again = await app.core.services.erpSync.syncEntity(app.ctx(), 'products', { batchSize: 50 });
    expect(again).toMatchObject({ firstLoad: false, changed: 0 });
  });

  it('writes a first load of stock product by product, whatever order the ERP sends it in; later pages win', async () => {
    await app.core.services.erpSync.syncEntity(app.ctx(), 'warehouses');
    const warehouses = (await sql<{ e: string }>(app.core, `select erp_id e from warehouse where erp_id is not null order by 1`)).map(
      (r) => r.e,
    );
    const productIds = (await sql<{ e: string }>(app.core, `select erp_id e from product order by 1 limit 30`)).map((r) => r.e);
    expect(warehouses.length).toBeGreaterThanOrEqual(2);
    // the ERP's order: warehouse by warehouse; then the first row again with a new figure, the second one deleted,
    // and a row for a product Kontor does not know
    let second = 0;
    const at = () => new Date(Date.UTC(2026, 0, 1) + ++second * 1000).toISOString();
    const feed: ErpStock[] = [];
    for (const w of warehouses)
      for (const p of productIds)
        feed.push({ erpId: `S-${w}-${p}`, modifiedAt: at(), warehouseErpId: w, productErpId: p, onHand: 10 + feed.length, erpReserved: 1 });
    const [resent, deleted] = feed;
    feed.push({ ...resent, modifiedAt: at(), onHand: 999 });
    feed.push({ ...deleted, modifiedAt: at(), deleted: true });
    feed.push({ ...resent, erpId: 'S-unknown', modifiedAt: at(), productErpId: 'NO-SUCH-PRODUCT' });
    dying.scripted.stock = feed;
    const stockRows = () => sql<{ n: number }>(app.core, `select count(*)::int n from stock`).then((r) => r[0].n);
    // the one write at the end sets the table's keys and indexes aside and builds them again: the same ones after
    const shape = await tableShape(app, 'stock');
    expect(shape.filter((d) => d.kind === 'u' || d.kind === 'p').length).toBe(3);

    // killed mid-load: nothing kept, and nothing left staged for the next run
    dying.pulls = 0;
    dying.dieAt = 3;
    await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'stock', { batchSize: 20 })).rejects.toThrow('worker killed');
    expect(await stockRows()).toBe(0);
    expect(await tableShape(app, 'stock')).toEqual(shape);

    dying.dieAt = null;
    const heard: Array<{ productErpIds: string[] }> = [];
    const off = await app.core.bus.on(ERP_EVENTS.stockChanged, undefined, (p) => void heard.push(p as never));
    const run = await app.core.services.erpSync.syncEntity(app.ctx(), 'stock', { batchSize: 20 });
    const rows = warehouses.length * productIds.length;
    expect(run).toMatchObject({ firstLoad: true, changed: rows, unchanged: 1, quarantined: 1 }); // unchanged: the first version of the row sent again
    expect(await stockRows()).toBe(rows);
    expect(await tableShape(app, 'stock')).toEqual(shape);
    const state = await sql<{ applied: number }>(app.core, `select applied::int from erp_sync_state where entity = 'stock'`);
    expect(state[0].applied).toBe(rows);
    // the table in product order: each product's rows of every warehouse side by side (one run of rows per product)
    const order = await sql<{ runs: number; products: number }>(
      app.core,
      `select count(*) filter (where prev is distinct from product_id)::int runs, count(distinct product_id)::int products
         from (select product_id, lag(product_id) over (order by ctid) prev from stock) x`,
    );
    expect(order[0]).toEqual({ runs: productIds.length, products: productIds.length });
    // the later pages won: the row sent again has its new figure, the deleted one is zeroed
    const figures = await sql<{ e: string; on_hand: number; erp_reserved: number }>(
      app.core,
      `select erp_id e, on_hand::float8 on_hand, erp_reserved::float8 erp_reserved from stock where erp_id = any($1) order by 1`,
      [[resent.erpId, deleted.erpId]],
    );
    expect(figures).toEqual(
      [
        { e: resent.erpId, on_hand: 999, erp_reserved: 1 },
        { e: deleted.erpId, on_hand: 0, erp_reserved: 0 },
      ].sort((a, b) => (a.e < b.e ? -1 : 1)),
    );
    // one event after the commit, naming every product
    await new Promise((r) => setTimeout(r, 150));
    await off();
    expect(heard.flatMap((e) => e.productErpIds).sort()).toEqual(productIds);

    // the next run goes page by page (the ERP's feed now holds each row's latest version) and a new figure lands
    const latest = new Map(feed.map((r) => [r.erpId, r]));
    latest.set(feed[5].erpId, { ...feed[5], modifiedAt: at(), onHand: 7 });
    dying.scripted.stock = [...latest.values()].sort((a, b) => (a.modifiedAt < b.modifiedAt ? -1 : 1));
    const next = await app.core.services.erpSync.syncEntity(app.ctx(), 'stock', { batchSize: 20 });
    expect(next).toMatchObject({ firstLoad: false, changed: 1 });
    delete dying.scripted.stock;
  });
});

describe('ERP sync: prices and stock load beside the products’ first load', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  let dying: DyingConnector;

  beforeAll(async () => {
    ({ erp, dying, app } = await dyingSetup(['categories', 'characteristics', 'warehouses', 'priceLists']));
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  const sync = (e: ErpEntity, batchSize?: number) => app.core.services.erpSync.syncEntity(app.ctx(), e, batchSize ? { batchSize } : {});
  const count = (q: string) => sql<{ n: number }>(app.core, q).then((r) => r[0].n);
  /** Holds the products' run after its first page; resolves once it is held there. */
  const holdProducts = () => {
    let release!: () => void;
    let reached!: () => void;
    const held = new Promise<void>((r) => (reached = r));
    dying.hold = { entity: 'products', from: 2, until: new Promise<void>((r) => (release = r)), reached };
    return { held, release };
  };
  /** Waits until `n` sessions wait for a lock on the product table (staged loads at their one write). */
  const waitersOnProducts = async (n: number) => {
    for (let i = 0; i < 200; i++) {
      if ((await count(`select count(*)::int n from pg_locks where relation = 'product'::regclass and not granted`)) === n) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${n} sessions never came to wait for the product table`);
  };

  it('waits for products that have not started; gives way, writing nothing, when the products’ first load fails', async () => {
    expect((await sync('prices')).skipped).toBe('waiting for a first successful sync of products');

    const { held, release } = holdProducts();
    const products = sync('products', 50);
    products.catch(() => undefined);
    await held;
    // the products' first load is under way: the prices' first load starts, stages every page, and waits to write
    const prices = sync('prices', 100);
    await waitersOnProducts(1);
    dying.dieAt = dying.pulls + 1; // the products' next page kills their run: it rolls back
    release();
    await expect(products).rejects.toThrow('worker killed');
    const gaveWay = await prices;
    expect(gaveWay).toMatchObject({ skipped: 'waiting for a first successful sync of products', changed: 0, quarantined: 0 });
    expect(await count(`select count(*)::int n from price_list_entry`)).toBe(0);
    expect(await count(`select count(*)::int n from erp_quarantine where entity = 'prices'`)).toBe(0);
    const state = await sql<{ last_error: string | null; cursor: string | null }>(
      app.core,
      `select last_error, cursor_erp_id cursor from erp_sync_state where entity = 'prices'`,
    );
    expect(state[0]).toEqual({ last_error: null, cursor: null });
    dying.hold = null;
    dying.dieAt = null;
  });

  it('stages prices and stock while products load, and writes them once the products have committed', async () => {
    const productErpIds = (
      await erp.pool.query<{ e: string }>(`select erp_id e from erp_record where entity = 'products' order by 1 limit 3`)
    ).rows.map((r) => r.e);
    const lists = (await sql<{ e: string }>(app.core, `select erp_id e from price_list where erp_id is not null order by 1 limit 2`)).map(
      (r) => r.e,
    );
    const [p1, p2, p3] = productErpIds;
    const [l1, l2] = lists;
    let second = 0;
    const at = () => new Date(Date.UTC(2026, 0, 1) + ++second * 1000).toISOString();
    const price = (erpId: string, l: string, p: string, netMinor: number, deleted?: boolean): ErpPrice => ({
      erpId,
      modifiedAt: at(),
      priceListErpId: l,
      productErpId: p,
      netMinor,
      currency: 'PLN',
      minQuantity: 1,
      ...(deleted ? { deleted } : {}),
    });
    // later pages win; a deletion removes its entry unless a later id took the entry over; an unknown product waits
    // in quarantine
    dying.scripted.prices = [
      price('PX-1', l1, p1, 100),
      price('PX-2', l1, p2, 200),
      price('PX-3', l2, p1, 300),
      price('PX-1', l1, p1, 150),
      price('PX-4', l1, p3, 400),
      price('PX-4', l1, p3, 400, true),
      price('PX-5', l2, 'NO-SUCH-PRODUCT', 500),
      price('PX-6', l2, p3, 600),
      price('PX-7', l2, p3, 650),
      price('PX-6', l2, p3, 600, true),
    ];
    const erpStock = (await erp.pool.query<{ n: number }>(`select count(*)::int n from erp_record where entity = 'stock'`)).rows[0].n;

    const { held, release } = holdProducts();
    const products = sync('products', 50);
    await held;
    const prices = sync('prices', 2);
    const stock = sync('stock', 20);
    await waitersOnProducts(2);
    expect(await count(`select count(*)::int n from price_list_entry`)).toBe(0);
    release();
    const [pr, pc, st] = await Promise.all([products, prices, stock]);
    expect(pr).toMatchObject({ firstLoad: true, changed: 240 });
    expect(pc).toMatchObject({ firstLoad: true, changed: 4, quarantined: 1, pages: 5 });
    expect(st).toMatchObject({ firstLoad: true, changed: erpStock, quarantined: 0 });
    expect(await count(`select count(*)::int n from stock`)).toBe(erpStock);

    const rows = await sql<{ e: string; l: string; p: string; a: number }>(
      app.core,
      `select e.erp_id e, l.erp_id l, p.erp_id p, e.amount_minor::int a from price_list_entry e
         join price_list l on l.id = e.price_list_id join product p on p.id = e.product_id order by 1`,
    );
    expect(rows).toEqual([
      { e: 'PX-1', l: l1, p: p1, a: 150 },
      { e: 'PX-2', l: l1, p: p2, a: 200 },
      { e: 'PX-3', l: l2, p: p1, a: 300 },
      { e: 'PX-7', l: l2, p: p3, a: 650 },
    ]);
    const quarantined = await sql<{ raw: string; reason: string }>(
      app.core,
      `select raw, reason from erp_quarantine where entity = 'prices'`,
    );
    expect(quarantined).toHaveLength(1);
    expect(JSON.parse(quarantined[0].raw)).toMatchObject({
      erpId: 'PX-5',
      productErpId: 'NO-SUCH-PRODUCT',
      priceListErpId: l2,
      netMinor: 500,
    });
    expect(quarantined[0].reason).toBe('its price list or product is unknown to Kontor');
    // the keys were set aside for the write and are back: a second entry for (l1, p1) is refused
    await expect(
      sql(
        app.core,
        `insert into price_list_entry (price_list_id, product_id, erp_id, amount_minor, updated_at)
         select price_list_id, product_id, 'PX-dup', 1, now() from price_list_entry where erp_id = 'PX-1'`,
      ),
    ).rejects.toThrow(/price_list_entry_pkey/);

    // the next run goes page by page: a changed price lands, an unchanged one is left alone
    dying.scripted.prices = [price('PX-3', l2, p1, 300), price('PX-2', l1, p2, 222)];
    const next = await sync('prices', 2);
    expect(next).toMatchObject({ firstLoad: false, changed: 1 });
    delete dying.scripted.prices;
  });
});

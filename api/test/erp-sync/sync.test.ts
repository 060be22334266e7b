import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_REVOKED } from '../../src/modules/accounts/accounts.service';
import { ERP_ENTITIES, type ErpEntity } from '../../src/modules/erp-sync/erp-connector';
import { ERP_EVENTS } from '../../src/modules/erp-sync/events';
import { loadDemoSeed, sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

/** Parents first, as a full import applies them. */
const ORDERED: readonly ErpEntity[] = ERP_ENTITIES;

describe('ERP sync against the demo ERP (bridge protocol)', () => {
  let erp: DemoErp;
  let app: ErpTestApp;

  const syncAll = async () => {
    const out: Record<string, { changed: number; unchanged: number; quarantined: number; received: number; firstLoad: boolean }> = {};
    for (const e of ORDERED) out[e] = await app.core.services.erpSync.syncEntity(app.ctx(), e, { batchSize: 100 });
    return out;
  };
  const listen = async (topic: string) => {
    const got: any[] = [];
    const off = await app.core.bus.on(topic, undefined, (p) => got.push(p));
    return { got, off };
  };
  const settle = () => new Promise((r) => setTimeout(r, 150));

  beforeAll(async () => {
    erp = await startTestErp();
    app = await startErpApp({ erpUrl: erp.url });
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('imports everything, then a rerun rewrites nothing', async () => {
    const first = await syncAll();
    expect(first.products.changed).toBe(240);
    expect(first.prices.changed).toBe(480);
    expect(first.stock.changed).toBe(480);
    expect(first.customers.changed).toBeGreaterThanOrEqual(3);
    expect(first.invoices.changed).toBe(3);
    // products, prices and stock went into empty tables: each run was one first load (constraints built afterwards)
    expect([first.products.firstLoad, first.prices.firstLoad, first.stock.firstLoad]).toEqual([true, true, true]);
    expect(first.customers.firstLoad).toBe(false);
    const [counts] = await sql<{ p: number; e: number; s: number; c: number; i: number; b: number; u: number }>(
      app.core,
      `select (select count(*)::int from product where erp_id like 'P-%') p, (select count(*)::int from price_list_entry) e,
              (select count(*)::int from stock) s, (select count(*)::int from company where erp_id like 'K-%') c,
              (select count(*)::int from invoice) i, (select count(*)::int from customer_balance) b,
              (select count(*)::int from app_user where email like '%@budmax.example') u`,
    );
    expect(counts).toEqual({ p: 240, e: 480, s: 480, c: 3, i: 3, b: 3, u: 4 });
    // imported products are found by search, typos included: their words reached the search dictionary
    const words = await sql<{ word: string }>(app.core, `select word from search_word where word in ('produkt', 'demonstracyjny')`);
    expect(words.map((w) => w.word).sort()).toEqual(['demonstracyjny', 'produkt']);
    const found = await app.gql<{ searchProducts: Array<{ sku: string }> }>(
      `{ searchProducts(term: "demonstracyjy 17", first: 5) { sku } }`,
      {},
      await app.tokenFor(app.world.staffAdmin.id),
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchProducts.map((p) => p.sku)).toContain('SKU-000017');
    const before = await sql<{ x: string }>(app.core, `select string_agg(xmin::text, ',' order by erp_id) x from price_list_entry`);

    // the overlap window re-reads recent records: nothing changed, so nothing is written and no event goes out
    const prices = await listen(ERP_EVENTS.pricesChanged);
    const again = await syncAll();
    for (const e of ORDERED) expect(again[e].changed, e).toBe(0);
    for (const e of ORDERED) expect(again[e].firstLoad, e).toBe(false);
    expect(again.prices.unchanged).toBe(480);
    const after = await sql<{ x: string }>(app.core, `select string_agg(xmin::text, ',' order by erp_id) x from price_list_entry`);
    expect(after[0].x).toBe(before[0].x);
    await settle();
    expect(prices.got).toEqual([]);
    await prices.off();
  });

  it('applies a delta: a price and a stock change, with events after commit', async () => {
    const prices = await listen(ERP_EVENTS.pricesChanged);
    const stock = await listen(ERP_EVENTS.stockChanged);
    await erp.admin.price({ productErpId: 'P-000007', priceListErpId: 'PL-DET', netMinor: 4242 });
    await erp.admin.stock({ productErpId: 'P-000009', warehouseErpId: 'W-KRK', onHand: 77 });
    const r1 = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices');
    const r2 = await app.core.services.erpSync.syncEntity(app.ctx(), 'stock');
    expect([r1.changed, r2.changed]).toEqual([1, 1]);
    const [row] = await sql<{ amount_minor: string; on_hand: string }>(
      app.core,
      `select e.amount_minor, s.on_hand from price_list_entry e join product p on p.id = e.product_id join price_list l on l.id = e.price_list_id
         join stock s on s.product_id = (select id from product where erp_id = 'P-000009') and s.warehouse_id = (select id from warehouse where erp_id = 'W-KRK')
        where p.erp_id = 'P-000007' and l.erp_id = 'PL-DET'`,
    );
    expect(Number(row.amount_minor)).toBe(4242);
    expect(Number(row.on_hand)).toBe(77);
    await settle();
    expect(prices.got).toEqual([{ productErpIds: ['P-000007'] }]);
    expect(stock.got).toEqual([{ productErpIds: ['P-000009'] }]);
    await prices.off();
    await stock.off();
  });

  it('blocking a customer in the ERP blocks the company and revokes access at once', async () => {
    const revoked = await listen(ACCESS_REVOKED);
    await erp.admin.block({ customerErpId: 'K-0002', blocked: true, reason: 'Overdue payments' });
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'customers');
    expect(r.changed).toBe(1);
    const [c] = await sql<{ id: string; blocked: boolean; blocked_reason: string }>(
      app.core,
      `select id, blocked, blocked_reason from company where erp_id = 'K-0002'`,
    );
    expect(c).toMatchObject({ blocked: true, blocked_reason: 'Overdue payments' });
    await settle();
    expect(revoked.got).toContainEqual({ companyId: c.id, reason: 'Company blocked in the ERP' });
    await revoked.off();
  });

  it('drops duplicated and reordered deliveries and converges', async () => {
    await erp.setFaults({ duplicates: true, reorder: true });
    try {
      for (let i = 1; i <= 5; i++) await erp.admin.stock({ productErpId: `P-00010${i}`, warehouseErpId: 'W-WAW', onHand: 1000 + i });
      const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'stock', { batchSize: 3 });
      expect(r.changed).toBe(5);
      expect(r.duplicates).toBeGreaterThanOrEqual(5);
      const rows = await sql<{ erp_id: string; on_hand: string }>(
        app.core,
        `select p.erp_id, s.on_hand from stock s join product p on p.id = s.product_id join warehouse w on w.id = s.warehouse_id
          where w.erp_id = 'W-WAW' and p.erp_id like 'P-00010_' and p.erp_id between 'P-000101' and 'P-000105' order by 1`,
      );
      expect(rows.map((x) => Number(x.on_hand))).toEqual([1001, 1002, 1003, 1004, 1005]);
    } finally {
      await erp.setFaults({ duplicates: false, reorder: false });
    }
  });

  it('a duplicated status message is applied once (inbox) and an older status never overwrites a newer one', async () => {
    const { putRecords } = await loadDemoSeed();
    const statuses = await listen(ERP_EVENTS.statusChanged);
    const base = { documentKind: 'order', erpNumber: 'ZK/1', reason: null };
    await putRecords(erp.pool, 'orderStatuses', [
      { erpId: 'ZK-900', kontorReference: 'ref-900', status: 'accepted', changedAt: '2026-01-02T10:00:00.000Z', ...base },
    ]);
    await app.core.services.erpSync.syncEntity(app.ctx(), 'orderStatuses');
    // a stale status (older changedAt) arrives later
    await putRecords(erp.pool, 'orderStatuses', [
      { erpId: 'ZK-900', kontorReference: 'ref-900', status: 'received', changedAt: '2026-01-01T10:00:00.000Z', ...base },
    ]);
    await erp.setFaults({ duplicates: true });
    try {
      await app.core.services.erpSync.syncEntity(app.ctx(), 'orderStatuses');
    } finally {
      await erp.setFaults({ duplicates: false });
    }
    const [doc] = await sql<{ status: string }>(app.core, `select status from erp_document where kontor_reference = 'ref-900'`);
    expect(doc.status).toBe('accepted');
    await settle();
    expect(statuses.got.filter((e) => e.kontorReference === 'ref-900').map((e) => e.status)).toEqual(['accepted']);
    await statuses.off();
  });

  it('quarantines malformed, truncated and wrongly encoded records with a reason, counts them, and applies the rest', async () => {
    const { putRecords } = await loadDemoSeed();
    await putRecords(erp.pool, 'products', [
      { erpId: 'P-BAD-1', sku: 'BAD-1', name: 'No unit and no VAT', categoryErpId: null, active: true },
      { erpId: 'P-BAD-2', sku: 'BAD-2', name: 'Bad VAT', unit: 'szt', vatRateBp: 'twenty-three', categoryErpId: null, active: true },
      { erpId: 'P-BAD-3', sku: 'BAD-3', name: 'Zaï¿½ó\uFFFDłć', unit: 'szt', vatRateBp: 2300, categoryErpId: null, active: true },
      { erpId: 'P-GOOD-1', sku: 'GOOD-1', name: 'Fine product', unit: 'szt', vatRateBp: 800, categoryErpId: 'C-11', active: true },
    ]);
    const before = await sql<{ quarantined: string }>(app.core, `select quarantined from erp_sync_state where entity = 'products'`);
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'products');
    expect(r.changed).toBe(1);
    expect(r.quarantined).toBe(3);
    const q = await sql<{ raw: string; reason: string }>(
      app.core,
      `select raw, reason from erp_quarantine where entity = 'products' order by raw`,
    );
    expect(q.map((x) => x.reason)).toEqual([
      expect.stringContaining("must have required property 'unit'"),
      expect.stringContaining('/vatRateBp must be integer'),
      'text is not valid UTF-8 (wrongly encoded)',
    ]);
    const after = await sql<{ quarantined: string }>(app.core, `select quarantined from erp_sync_state where entity = 'products'`);
    expect(Number(after[0].quarantined) - Number(before[0].quarantined)).toBe(3);
    const good = await sql(app.core, `select 1 from product where erp_id = 'P-GOOD-1'`);
    expect(good).toHaveLength(1);
  });

  it('a truncated page moves nothing; once whole again the feed converges', async () => {
    await erp.admin.price({ productErpId: 'P-000011', priceListErpId: 'PL-DET', netMinor: 1111 });
    const [stateBefore] = await sql<{ cursor_modified_at: Date }>(
      app.core,
      `select cursor_modified_at from erp_sync_state where entity = 'prices'`,
    );
    await erp.setFaults({ truncate: true });
    await expect(app.core.services.erpSync.syncEntity(app.ctx(), 'prices')).rejects.toThrow(/not valid JSON/);
    await erp.setFaults({ truncate: false });
    const [stateMid] = await sql<{ cursor_modified_at: Date; last_error: string }>(
      app.core,
      `select cursor_modified_at, last_error from erp_sync_state where entity = 'prices'`,
    );
    expect(new Date(stateMid.cursor_modified_at).getTime()).toBe(new Date(stateBefore.cursor_modified_at).getTime());
    expect(stateMid.last_error).toMatch(/truncated/);
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'prices');
    expect(r.changed).toBe(1);
    expect(r.recovered).toBe(true);
  });

  it('reconciliation soft-deletes what the ERP dropped, but refuses a mass deletion', async () => {
    await erp.pool.query(`delete from erp_record where entity = 'products' and erp_id in ('P-000239', 'P-000240')`);
    const small = await app.core.services.erpSync.reconcile(app.ctx(), 'products');
    expect(small).toMatchObject({ refused: false, softDeleted: 2 });
    const gone = await sql<{ active: boolean }>(app.core, `select active from product where erp_id in ('P-000239', 'P-000240')`);
    expect(gone.map((g) => g.active)).toEqual([false, false]);

    await erp.pool.query(`delete from erp_record where entity = 'products' and erp_id > 'P-000100' and erp_id like 'P-0%'`);
    const big = await app.core.services.erpSync.reconcile(app.ctx(), 'products');
    expect(big.refused).toBe(true);
    expect(big.missing).toBeGreaterThan(100);
    const [live] = await sql<{ n: number }>(app.core, `select count(*)::int n from product where active and erp_id like 'P-0%'`);
    expect(live.n).toBe(238);
    const [state] = await sql<{ last_error: string }>(app.core, `select last_error from erp_sync_state where entity = 'products'`);
    expect(state.last_error).toMatch(/reconciliation refused/);
  });

  it('trade terms and promotions land in the pricing tables; an impossible promotion is quarantined', async () => {
    const [terms] = await sql<{ n: number; list: string; days: number }>(
      app.core,
      `select count(*)::int n, min(l.erp_id) list, min(t.payment_term_days) days from company_trade_terms t join company c on c.id = t.company_id
         join price_list l on l.id = t.price_list_id where c.erp_id = 'K-0001'`,
    );
    expect(terms).toEqual({ n: 1, list: 'PL-HURT', days: 30 });
    const rules = await sql<{ scope: string; percent_bp: number; cat: string }>(
      app.core,
      `select r.scope, r.percent_bp, k.erp_id cat from discount_rule r join company c on c.id = r.company_id join category k on k.id = r.scope_id
        where c.erp_id = 'K-0001'`,
    );
    expect(rules).toEqual([{ scope: 'category', percent_bp: 500, cat: 'C-21' }]);
    const { putRecords } = await loadDemoSeed();
    await putRecords(erp.pool, 'promotions', [
      {
        erpId: 'PROMO-1',
        name: 'Kable -10%',
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2027-01-01T00:00:00Z',
        percentBp: 1000,
        categoryErpIds: ['C-21'],
      },
      {
        erpId: 'PROMO-BAD',
        name: 'Both',
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2027-01-01T00:00:00Z',
        percentBp: 1000,
        netMinor: 500,
      },
    ]);
    const r = await app.core.services.erpSync.syncEntity(app.ctx(), 'promotions');
    expect(r).toMatchObject({ changed: 1, quarantined: 1 });
    const [promo] = await sql<{ percent_bp: number; cats: number }>(
      app.core,
      `select percent_bp, cardinality(category_ids) cats from promotion where erp_id = 'PROMO-1'`,
    );
    expect(promo).toEqual({ percent_bp: 1000, cats: 1 });
  });
});

import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ManualClock } from '../../../src/common/clock';
import { EdiConnector } from '../../../src/modules/erp-sync/edi/edi-connector';
import { EdiFolders } from '../../../src/modules/erp-sync/edi/edi-folders';
import type { ErpEntity } from '../../../src/modules/erp-sync/erp-connector';
import { enqueueOutbox } from '../../../src/modules/erp-sync/outbox';
import { sql, startErpApp, type ErpTestApp } from '../erp-harness';
import { FIXTURE_DIR, SENDER, tempRoot } from './helpers';

// in dependency order, as a full sync runs them (products wait for categories and characteristics to have synced once)
const ENTITIES: ErpEntity[] = ['categories', 'characteristics', 'products', 'priceLists', 'prices', 'customers', 'orderStatuses'];

describe('EDI++ through the sync engine and the outbox relay', () => {
  let app: ErpTestApp;
  let edi: EdiConnector;
  let root: string;
  let cleanup: () => void;
  const drop = (name: string, as = name) => copyFileSync(path.join(FIXTURE_DIR, name), path.join(root, 'inbox', as));
  const syncAll = async () => {
    const out: Record<string, { changed: number; unchanged: number; quarantined: number; received: number }> = {};
    for (const e of ENTITIES) out[e] = await app.core.services.erpSync.syncEntity(app.ctx(), e, { batchSize: 2 });
    return out;
  };

  beforeAll(async () => {
    ({ root, cleanup } = tempRoot());
    edi = new EdiConnector({ root, clock: new ManualClock(new Date('2026-11-23T12:00:00Z')), sender: SENDER, settleMs: 0 });
    await new EdiFolders(root).ensure();
    app = await startErpApp({ connector: edi });
  });
  afterAll(async () => {
    await app?.close();
    await edi?.close();
    cleanup?.();
  });

  it('imports products, prices and customers from 1250 and 852 files; refused files are counted with their reason', async () => {
    drop('products-852.epp');
    drop('customers-1250.epp');
    drop('broken-utf8-labelled-1250.epp');
    drop('broken-truncated.epp');
    const r = await syncAll();
    expect(r.products).toMatchObject({ received: 3, changed: 3, quarantined: 2 });
    expect(r.prices).toMatchObject({ received: 4, changed: 4 });
    expect(r.customers).toMatchObject({ received: 2, changed: 2, quarantined: 0 });

    const products = await sql<{ sku: string; names: Record<string, string>; ean: string | null; unit: string; vat_rate_bp: number }>(
      app.core,
      `select sku, names, ean, unit, vat_rate_bp from product where erp_id in ('ZOL-001', 'GWÓŹDŹ-100', 'USL-TRANSPORT') order by sku`,
    );
    expect(products.map((p) => [p.sku, p.ean, p.unit, p.vat_rate_bp])).toEqual([
      ['GWÓŹDŹ-100', null, 'kg', 800],
      ['USL-TRANSPORT', null, 'usł.', 0],
      ['ZOL-001', '5901234123457', 'szt.', 2300],
    ]);
    expect(JSON.stringify(products[2].names)).toContain('Łódź żółta ąćęłńóśźż');
    const prices = await sql<{ amount_minor: string }>(
      app.core,
      `select e.amount_minor from price_list_entry e join price_list l on l.id = e.price_list_id join product p on p.id = e.product_id
        where l.erp_id = 'Hurtowa' and p.erp_id = 'ZOL-001'`,
    );
    expect(prices.map((p) => Number(p.amount_minor))).toEqual([3950]);
    const companies = await sql<{ name: string; tax_id: string }>(
      app.core,
      `select name, tax_id from company where erp_id = 'KLIENT-ŁÓDŹ'`,
    );
    expect(companies).toEqual([{ name: 'Świętokrzyska Hurtownia Spożywcza Sp. z o.o.', tax_id: '6570000000' }]);
    const quarantine = await sql<{ entity: string; source: string; reason: string }>(
      app.core,
      `select entity, source, reason from erp_quarantine where source like 'edi++:%' order by source`,
    );
    expect(quarantine.map((q) => [q.entity, q.source, q.reason.split(':')[0]])).toEqual([
      ['products', 'edi++:broken-truncated.epp', 'truncated'],
      ['products', 'edi++:broken-utf8-labelled-1250.epp', 'wrong encoding'],
    ]);
  });

  it('rewrites nothing for a duplicate file or the same records in the other code page; applies a real change', async () => {
    drop('products-852.epp', 'again.epp'); // same bytes: dropped
    drop('products-1250.epp'); // same records: unchanged
    let r = await syncAll();
    // The engine's overlap window re-reads the earlier file too: everything unchanged, nothing rewritten.
    expect(r.products).toMatchObject({ changed: 0, quarantined: 0 });
    expect(r.products.unchanged).toBeGreaterThanOrEqual(3);
    expect(r.prices).toMatchObject({ changed: 0 });
    expect(edi.inbox.totals.duplicates).toBe(1);

    const text = iconv
      .decode(readFileSync(path.join(FIXTURE_DIR, 'products-1250.epp')), 'win1250')
      .replace('"Hurtowa",39.5000,48.5900', '"Hurtowa",41.0000,50.4300');
    writeFileSync(path.join(root, 'inbox', 'price-change.epp'), iconv.encode(text, 'win1250'));
    r = await syncAll();
    expect(r.prices).toMatchObject({ changed: 1 });
  });

  it('sends an order from the outbox as a ZK file, once', async () => {
    const [company] = await sql<{ id: string }>(app.core, `select id from company where erp_id = 'KLIENT-ŁÓDŹ'`);
    expect(company).toBeDefined();
    const em = app.core.orm.em.fork();
    const reference = '3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a7f';
    await em.transactional(async (tx) => {
      await enqueueOutbox(tx as never, {
        aggregateType: 'order',
        aggregateId: reference,
        kind: 'order',
        payload: {
          kontorReference: reference,
          number: 'K/2026/000001',
          customerErpId: 'KLIENT-ŁÓDŹ',
          placedAt: '2026-11-23T13:45:30Z',
          currency: 'PLN',
          lines: [{ lineNo: 1, productErpId: 'ZOL-001', quantity: 2, unitNetMinor: 4100, vatRateBp: 2300 }],
        },
      });
    });
    const relay = app.core.services.outboxRelay;
    app.clock.advance(60_000);
    const deliver = async () => {
      for (const ids of await relay.claimDue(app.ctx())) await relay.deliver(app.ctx(), ids);
    };
    await deliver();
    await deliver(); // nothing left to send: still one file
    const files = readdirSync(path.join(root, 'outbox')).filter((f) => f.endsWith('.epp'));
    expect(files).toEqual([`ZK_${reference}.epp`]);
    const zk = iconv.decode(readFileSync(path.join(root, 'outbox', files[0])), 'win1250');
    expect(zk).toContain('"K/2026/000001"');
    expect(zk).toContain(`"Kontor ${reference}"`);
    expect(zk).toContain(
      '1,1,"ZOL-001",1,1,0,0,0.0000,0.0000,"szt.",2.0000,2.0000,0.0000,41.0000,50.4300,23.0000,82.0000,18.8600,100.8600',
    );
    const sent = await sql<{ sent_at: string | null; erp_id: string }>(
      app.core,
      `select sent_at, erp_id from outbox where aggregate_id = '${reference}'`,
    );
    expect(sent).toEqual([{ sent_at: expect.anything(), erp_id: `ZK_${reference}.epp` }]);
  });

  it('routes a change of that order to the dead letters with the lines to set by hand in Subiekt, writing nothing', async () => {
    const reference = '3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a7f';
    const em = app.core.orm.em.fork();
    await em.transactional(async (tx) => {
      await enqueueOutbox(tx as never, {
        aggregateType: 'order',
        aggregateId: reference,
        kind: 'orderChange',
        payload: {
          kontorReference: reference,
          number: 'K/2026/000001',
          documentType: 'order',
          customerErpId: 'KLIENT-ŁÓDŹ',
          changedAt: '2026-11-23T14:10:00Z',
          currency: 'PLN',
          netMinor: 12300,
          grossMinor: 15129,
          lines: [{ lineNo: 1, productErpId: 'ZOL-001', quantity: 3, unitNetMinor: 4100, vatRateBp: 2300, warehouseId: null }],
          reason: null,
        },
      });
    });
    const relay = app.core.services.outboxRelay;
    app.clock.advance(60_000);
    for (const ids of await relay.claimDue(app.ctx())) await relay.deliver(app.ctx(), ids);
    const dead = await sql<{ kind: string; reason: string; attempts: number }>(
      app.core,
      `select kind, reason, attempts from erp_dead_letter where aggregate_id = '${reference}'`,
    );
    expect(dead).toHaveLength(1);
    expect(dead[0].kind).toBe('orderChange');
    expect(dead[0].attempts).toBe(1);
    expect(dead[0].reason).toMatch(
      /^rejected: EDI\+\+ has no document that changes an order: change the ZK with original number \S+ \(Kontor order K\/2026\/000001\) in Subiekt GT by hand/,
    );
    expect(dead[0].reason).toContain('1. ZOL-001 × 3 at 41.00 PLN net, VAT 23%; net 123.00 PLN, gross 151.29 PLN.');
    expect(dead[0].reason).toContain(`It was written as ZK_${reference}.epp`);
    expect(readdirSync(path.join(root, 'outbox')).filter((f) => f.endsWith('.epp'))).toEqual([`ZK_${reference}.epp`]);
  });

  it('holds the order’s later messages behind that dead letter until staff mark it done by hand; then they go on', async () => {
    const reference = '3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a7f';
    const em = app.core.orm.em.fork();
    // a later message of the same aggregate, written after the change
    await em.transactional(async (tx) => {
      await enqueueOutbox(tx as never, {
        aggregateType: 'order',
        aggregateId: reference,
        kind: 'order',
        payload: {
          kontorReference: `${reference}-2`,
          number: 'K/2026/000001/2',
          customerErpId: 'KLIENT-ŁÓDŹ',
          placedAt: '2026-11-23T14:20:00Z',
          currency: 'PLN',
          lines: [{ lineNo: 1, productErpId: 'ZOL-001', quantity: 1, unitNetMinor: 4100, vatRateBp: 2300 }],
        },
      });
    });
    const relay = app.core.services.outboxRelay;
    const deliver = async () => {
      app.clock.advance(60_000);
      for (const ids of await relay.claimDue(app.ctx())) await relay.deliver(app.ctx(), ids);
    };
    const pending = () =>
      sql<{ n: number }>(app.core, `select count(*)::int as n from outbox where aggregate_id = '${reference}' and sent_at is null`);
    await deliver();
    expect((await pending())[0].n).toBe(2); // the dead change and the message behind it

    const [dl] = await sql<{ id: string }>(
      app.core,
      `select id from erp_dead_letter where aggregate_id = '${reference}' and kind = 'orderChange'`,
    );
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    const RESOLVE = `mutation($input: ResolveErpDeadLetterInput!) { resolveErpDeadLetter(input: $input) {
      __typename ... on ErpDeadLetter { resolvedAt resolution } ... on UserError { code message } } }`;
    const customer = await app.tokenFor(app.world.a.users.active.id);
    expect((await app.gql(RESOLVE, { input: { id: dl.id, resolution: 'x' } }, customer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await app.gql(RESOLVE, { input: { id: dl.id, resolution: '  ' } }, staff);
    expect(empty.data?.resolveErpDeadLetter).toMatchObject({ code: 'VALIDATION' });
    const done = await app.gql(RESOLVE, { input: { id: dl.id, resolution: 'ZK changed in Subiekt: ZOL-001 × 3' } }, staff);
    expect(done.data?.resolveErpDeadLetter).toMatchObject({
      __typename: 'ErpDeadLetter',
      resolution: 'ZK changed in Subiekt: ZOL-001 × 3',
    });
    expect((await app.gql(RESOLVE, { input: { id: dl.id, resolution: 'again' } }, staff)).data?.resolveErpDeadLetter).toMatchObject({
      code: 'VALIDATION',
    });
    const open = await app.gql<{ erpDeadLetters: { edges: Array<{ node: { id: string } }> } }>(
      `{ erpDeadLetters(first: 50) { edges { node { id } } } }`,
      {},
      staff,
    );
    expect(open.data?.erpDeadLetters.edges.map((e) => e.node.id)).not.toContain(dl.id);

    await deliver();
    expect((await pending())[0].n).toBe(0);
    expect(readdirSync(path.join(root, 'outbox')).filter((f) => f.endsWith('.epp'))).toContain(`ZK_${reference}-2.epp`);
  });
});

import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ManualClock } from '../../../src/common/clock';
import {
  ErpRejectedError,
  ErpUnavailableError,
  type ErpConnector,
  type ErpCursor,
  type OutboundDocument,
} from '../../../src/modules/erp-sync/erp-connector';
import { EdiConnector } from '../../../src/modules/erp-sync/edi/edi-connector';
import { BridgeSchemas } from '../../../src/modules/erp-sync/bridge/bridge-schemas';
import { ediConnectorFromEnv, loadEdiOptions } from '../../../src/modules/erp-sync/edi/edi-config';
import { EdiFolders } from '../../../src/modules/erp-sync/edi/edi-folders';
import { eppReference, writeZkFile } from '../../../src/modules/erp-sync/edi/epp-orders';
import { parseEppFile } from '../../../src/modules/erp-sync/edi/epp-file';
import { FIXTURE_DIR, SENDER, fixture, tempRoot } from './helpers';

const ORDER_DOC: OutboundDocument = {
  kind: 'order',
  kontorReference: 'KON-2026-000123',
  body: {
    kontorReference: 'KON-2026-000123',
    number: 'KON/2026/000123',
    customerErpId: 'KLIENT-ŁÓDŹ',
    placedAt: '2026-11-23T13:45:30Z',
    currency: 'PLN',
    lines: [{ lineNo: 1, productErpId: 'ZOL-001', quantity: 3, unitNetMinor: 3950, vatRateBp: 2300 }],
    notes: 'Proszę o fakturę',
    delivery: { method: 'carrier', date: '2026-11-25', address: 'ul. Źródłowa 5, Kielce', contactName: null },
  },
};

describe('EDI++ connector (ErpConnector)', () => {
  let root: string;
  let cleanup: () => void;
  let clock: ManualClock;
  let edi: EdiConnector;
  const drop = (name: string, as = name) => copyFileSync(path.join(FIXTURE_DIR, name), path.join(root, 'inbox', as));

  beforeEach(async () => {
    ({ root, cleanup } = tempRoot());
    clock = new ManualClock(new Date('2026-11-23T12:00:00Z'));
    edi = new EdiConnector({ root, clock, sender: SENDER, settleMs: 0 });
    await new EdiFolders(root).ensure();
  });
  afterEach(async () => {
    await edi.close();
    cleanup();
  });

  it('is an ErpConnector named edi++', () => {
    const port: ErpConnector = edi;
    expect(port.name).toBe('edi++');
  });

  it('serves accepted files by cursor, page by page, never skipping and never repeating', async () => {
    await edi.scanOnce();
    drop('products-1250.epp');
    const p1 = await edi.pullChanges('products', null, 2);
    expect(p1.hasMore).toBe(true);
    expect(p1.records.map((r) => r.erpId)).toEqual(['GWÓŹDŹ-100', 'USL-TRANSPORT']);
    expect(p1.records[0].modifiedAt).toBe('2026-11-23T12:00:00.000Z');
    const c1: ErpCursor = { modifiedAt: p1.records[1].modifiedAt, erpId: p1.records[1].erpId };
    const p2 = await edi.pullChanges('products', c1, 2);
    expect(p2.records.map((r) => r.erpId)).toEqual(['ZOL-001']);
    expect(p2.hasMore).toBe(false);
    const c2: ErpCursor = { modifiedAt: p2.records[0].modifiedAt, erpId: 'ZOL-001' };
    expect((await edi.pullChanges('products', c2, 10)).records).toEqual([]);

    // A later file (even with the clock standing still) comes strictly after the cursor.
    const text = iconv.decode(fixture('products-1250.epp'), 'win1250').replace('Transport ćwierćtonowy', 'Transport półtonowy');
    writeFileSync(path.join(root, 'inbox', 'towary-2.epp'), iconv.encode(text, 'win1250'));
    const p3 = await edi.pullChanges('products', c2, 10);
    expect(p3.records.map((r) => r.erpId)).toEqual(['GWÓŹDŹ-100', 'USL-TRANSPORT', 'ZOL-001']);
    expect(p3.records[0].modifiedAt).toBe('2026-11-23T12:00:00.001Z');
    expect(p3.records.find((r) => r.erpId === 'USL-TRANSPORT')).toMatchObject({ name: 'Transport półtonowy' });

    // The engine's overlap window (a cursor some minutes back, erpId '') re-reads, never loses.
    const overlap = await edi.pullChanges('products', { modifiedAt: '2026-11-23T11:58:00.000Z', erpId: '' }, 100);
    expect(overlap.records).toHaveLength(6);

    const prices = await edi.pullChanges('prices', null, 100);
    expect(prices.records.map((p) => [p.erpId, p.netMinor])).toContainEqual(['Hurtowa:ZOL-001:1', 3950]);
    expect((await edi.pullChanges('priceLists', null, 100)).records.map((p) => p.erpId)).toEqual([
      'Detaliczna',
      'Hurtowa',
      'Detaliczna',
      'Hurtowa',
    ]);
    expect((await edi.pullChanges('categories', null, 100)).records).toHaveLength(4);
    expect(await edi.pullChanges('stock', null, 100)).toEqual({ records: [], quarantined: [], hasMore: false });
  });

  it('keeps its journal across restarts', async () => {
    drop('customers-852.epp');
    await edi.scanOnce();
    await edi.close();
    const again = new EdiConnector({ root, clock, sender: SENDER, settleMs: 0 });
    const r = await again.pullChanges('customers', null, 10);
    expect(r.records.map((c) => c.erpId)).toEqual(['DE-BERLIN', 'KLIENT-ŁÓDŹ']);
    drop('products-1250.epp');
    const p = await again.pullChanges('products', null, 10);
    expect(Date.parse(p.records[0].modifiedAt)).toBeGreaterThan(Date.parse(r.records[0].modifiedAt));
    await again.close();
  });

  it('hands each quarantined file to the engine once, under the entity it carried', async () => {
    drop('broken-bad-number.epp');
    drop('broken-utf8-labelled-1250.epp');
    drop('customers-1250.epp', 'customers-ok.epp');
    const b = iconv.decode(fixture('customers-1250.epp'), 'win1250').replace('"Kielce","25-001"', '"Kielce","25-001" x');
    writeFileSync(path.join(root, 'inbox', 'customers-bad.epp'), iconv.encode(b, 'win1250'));
    const customers = await edi.pullChanges('customers', null, 10);
    expect(customers.records).toHaveLength(2);
    expect(customers.quarantined).toEqual([
      {
        entity: 'customers',
        source: 'edi++:customers-bad.epp',
        reason: expect.stringMatching(/^malformed: line 8: unexpected " " after a quoted text/),
        raw: expect.any(String),
      },
    ]);
    const products = await edi.pullChanges('products', null, 10);
    expect(products.records).toEqual([]);
    expect(products.quarantined.map((q) => [q.source, q.reason.split(':')[0]]).sort()).toEqual([
      ['edi++:broken-bad-number.epp', '1 record(s) cannot be read; nothing from this file was imported'],
      ['edi++:broken-utf8-labelled-1250.epp', 'wrong encoding'],
    ]);
    expect((await edi.pullChanges('products', null, 10)).quarantined).toEqual([]);
    expect(edi.inbox.totals).toMatchObject({ accepted: 1, quarantined: 3 });
  });

  it('with skip-record, imports the good records and hands each refused record to the engine', async () => {
    const skip = new EdiConnector({ root, clock, sender: SENDER, settleMs: 0, recordErrors: 'skip-record' });
    drop('broken-comma-decimal.epp');
    const prices = await skip.pullChanges('prices', null, 100);
    expect(prices.records.map((p) => p.erpId)).toEqual(['Detaliczna:USL-TRANSPORT:1', 'Detaliczna:ZOL-001:1', 'Hurtowa:GWÓŹDŹ-100:1']);
    expect(prices.quarantined).toEqual([
      {
        entity: 'prices',
        source: 'edi++:broken-comma-decimal.epp:17',
        raw: '"ZOL-001","Hurtowa",39,50,48.5900,31.6700,24.0500,9.5000',
        reason: expect.stringMatching(/^line 17, CENNIK: net 39 and gross 50 of ZOL-001 do not agree/),
      },
    ]);
    expect((await skip.pullChanges('products', null, 100)).records).toHaveLength(3);
    await skip.close();
  });

  it('writes an order as a ZK file into outbox/, once per reference', async () => {
    const first = await edi.pushDocument(ORDER_DOC, 'kontor:order:1:1');
    expect(first).toEqual({ kontorReference: 'KON-2026-000123', erpId: 'ZK_KON-2026-000123.epp', erpNumber: null, status: 'received' });
    const file = path.join(root, 'outbox', 'ZK_KON-2026-000123.epp');
    const bytes = readFileSync(file);
    const text = iconv.decode(bytes, 'win1250');
    expect(text).toContain('"ZK",1,0,0,"KON-2026-000123","","KON/2026/000123"');
    expect(text).toContain('"Proszę o fakturę | Dostawa: carrier, 2026-11-25, ul. Źródłowa 5, Kielce"');
    expect(text).toContain(
      '1,1,"ZOL-001",1,1,0,0,0.0000,0.0000,"szt.",3.0000,3.0000,0.0000,39.5000,48.5900,23.0000,118.5000,27.2600,145.7600',
    );
    const mtime = statSync(file).mtimeMs;

    clock.advance(60_000);
    expect(await edi.pushDocument(ORDER_DOC, 'kontor:order:1:1')).toEqual(first);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['ZK_KON-2026-000123.epp']);

    expect(await edi.findByReference('order', 'KON-2026-000123')).toEqual(first);
    expect(await edi.findByReference('order', 'KON-2026-999999')).toBeNull();
    // Even when the ERP has taken the file away, the reference is known.
    rmSync(file);
    expect(await edi.findByReference('order', 'KON-2026-000123')).toEqual(first);
  });

  it('writes a transfer request as an MM document into outbox/, atomically and once per transfer', async () => {
    const doc: OutboundDocument = {
      kind: 'transferRequest',
      kontorReference: 'TR-2026-000007',
      body: {
        kontorReference: 'TR-2026-000007',
        orderKontorReference: 'KON-2026-000123',
        fromWarehouseErpId: 'MAG',
        toWarehouseErpId: 'ŁDZ',
        lines: [
          { lineNo: 1, productErpId: 'ZOL-001', quantity: 3 },
          { lineNo: 2, productErpId: 'GWÓŹDŹ-100', quantity: 1.25 },
        ],
      },
    };
    const first = await edi.pushDocument(doc, 'kontor:order:KON-2026-000123:3');
    expect(first).toEqual({ kontorReference: 'TR-2026-000007', erpId: 'MM_TR-2026-000007.epp', erpNumber: null, status: 'received' });
    const file = path.join(root, 'outbox', 'MM_TR-2026-000007.epp');
    const bytes = readFileSync(file);
    // no temporary file is left behind: it was renamed into place
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['MM_TR-2026-000007.epp']);
    const parsed = parseEppFile(bytes, 'Europe/Warsaw');
    expect(parsed.info.warehouseCode).toBe('MAG');
    const block = parsed.blocks[0];
    if (block.kind !== 'document') throw new Error('expected a document');
    expect(block.docType).toBe('MMW');
    const h = block.header.fields.map((f) => f.value);
    expect(h.length).toBe(62);
    expect([h[4], h[9], h[10], h[24], h[49]]).toEqual(['TR-2026-000007', 'KON-2026-000123', 'ŁDZ', '2', 'Kontor TR-2026-000007']);
    expect(block.lines.map((l) => [l.fields[2].value, l.fields[10].value])).toEqual([
      ['ZOL-001', '3.0000'],
      ['GWÓŹDŹ-100', '1.2500'],
    ]);
    expect(iconv.decode(bytes, 'win1250')).toContain('"ŁDZ"');

    clock.advance(60_000);
    expect(await edi.pushDocument(doc, 'kontor:order:KON-2026-000123:3')).toEqual(first);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(await edi.findByReference('transferRequest', 'TR-2026-000007')).toEqual(first);
    expect(await edi.findByReference('transferRequest', 'TR-2026-999999')).toBeNull();
    rmSync(file);
    expect(await edi.findByReference('transferRequest', 'TR-2026-000007')).toEqual(first);

    await expect(
      edi.pushDocument({ ...doc, kontorReference: 'TR-2', body: { ...doc.body, toWarehouseErpId: 'MAG' } }, 'k'),
    ).rejects.toThrow(/cannot be written as an MM document: the source and target warehouse are both MAG/);
  });

  it('refuses a cancellation for good with what to do by hand in Subiekt (EDI++ has no cancellation document)', async () => {
    await edi.pushDocument(ORDER_DOC, 'kontor:order:1:1');
    const err = (await edi
      .pushDocument(
        {
          kind: 'orderCancellation',
          kontorReference: 'KON-2026-000123',
          body: { kontorReference: 'KON-2026-000123', number: 'KON/2026/000123', reason: 'duplicate', cancelledAt: '2026-11-23T14:00:00Z' },
        },
        'kontor:order:1:2',
      )
      .catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(ErpRejectedError);
    expect(err.message).toBe(
      'EDI++ has no cancellation document: cancel the ZK with original number KON-2026-000123 (Kontor order KON/2026/000123) in Subiekt GT ' +
        'by hand (reason: duplicate). It was written as ZK_KON-2026-000123.epp; if its file is still in outbox/ and Subiekt has not ' +
        'imported it, delete the file instead.',
    );
    // nothing was written for it
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['ZK_KON-2026-000123.epp']);
  });

  it('refuses a change of an order for good with the lines the ZK must have, to set by hand in Subiekt', async () => {
    const change = (kontorReference: string, number: string | null): OutboundDocument => ({
      kind: 'orderChange',
      kontorReference: `${kontorReference}:change:2`,
      body: {
        kontorReference: `${kontorReference}:change:2`,
        orderKontorReference: kontorReference,
        sequence: 2,
        number,
        documentType: 'order',
        customerErpId: 'KLIENT-ŁÓDŹ',
        changedAt: '2026-11-23T14:00:00Z',
        currency: 'PLN',
        netMinor: 20350,
        grossMinor: 24929,
        lines: [
          { lineNo: 1, productErpId: 'ZOL-001', quantity: 5, unitNetMinor: 3950, vatRateBp: 2300 },
          { lineNo: 2, productErpId: 'GWÓŹDŹ-100', quantity: 1.25, unitNetMinor: 480, vatRateBp: 800 },
        ],
        reason: 'more needed',
      },
    });
    await edi.pushDocument(ORDER_DOC, 'kontor:order:1:1');
    const err = (await edi
      .pushDocument(change('KON-2026-000123', 'KON/2026/000123'), 'kontor:order:1:2')
      .catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(ErpRejectedError);
    expect(err.message).toBe(
      'EDI++ has no document that changes an order: change the ZK with original number KON-2026-000123 (Kontor order KON/2026/000123) ' +
        'in Subiekt GT by hand so that it has exactly these lines (quantities as shown, remove any other line): ' +
        '1. ZOL-001 × 5 at 39.50 PLN net, VAT 23%; 2. GWÓŹDŹ-100 × 1.25 at 4.80 PLN net, VAT 8%; net 203.50 PLN, gross 249.29 PLN ' +
        '(reason: more needed). It was written as ZK_KON-2026-000123.epp; if its file is still in outbox/, let Subiekt import it first, then change it.',
    );
    // nothing was written for it, and the order's ZK is untouched
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['ZK_KON-2026-000123.epp']);
    expect(await edi.findByReference('orderChange', 'KON-2026-000123:change:2')).toBeNull();

    const unknown = (await edi.pushDocument(change('KON-2026-000999', null), 'kontor:order:9:2').catch((e: unknown) => e)) as Error;
    expect(unknown).toBeInstanceOf(ErpRejectedError);
    expect(unknown.message).toMatch(
      /^EDI\+\+ has no document that changes an order, and no ZK was written for order KON-2026-000999 \(a proforma, or the order never reached the outbox\): nothing to change/,
    );
    expect(unknown.message).toContain('1. ZOL-001 × 5 at 39.50 PLN net, VAT 23%');
  });

  it('refuses what EDI++ cannot carry, for good; reports an unwritable outbox as transient', async () => {
    await expect(edi.pushDocument({ ...ORDER_DOC, kind: 'reservation' }, 'k')).rejects.toThrow(ErpRejectedError);
    await expect(edi.pushDocument({ ...ORDER_DOC, body: { ...ORDER_DOC.body, currency: 'zł' } }, 'k')).rejects.toThrow(
      /cannot be written as a ZK document: currency "zł"/,
    );
    await expect(edi.pushDocument({ ...ORDER_DOC, body: { ...ORDER_DOC.body, lines: 'x' } }, 'k')).rejects.toThrow(ErpRejectedError);
    await expect(edi.fetchInvoicePdf('FS 1/2026')).rejects.toThrow(ErpRejectedError);

    await edi.scanOnce();
    rmSync(path.join(root, 'outbox'), { recursive: true });
    writeFileSync(path.join(root, 'outbox'), 'not a folder');
    const err = await edi.pushDocument(ORDER_DOC, 'k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ErpUnavailableError);
    expect(await edi.findByReference('order', 'KON-2026-000123')).toBeNull();
  });

  it('reads the ZK the ERP exports back as an order status, matched by Kontor reference', async () => {
    drop('zk-from-subiekt.epp');
    const s = await edi.pullChanges('orderStatuses', null, 10);
    expect(s.records).toEqual([
      {
        erpId: 'ZK:KON-2026-000042',
        modifiedAt: '2026-11-23T12:00:00.000Z',
        kontorReference: 'KON-2026-000042',
        documentKind: 'order',
        erpNumber: 'ZK 17/11/2026',
        status: 'accepted',
        changedAt: '2026-11-23T09:00:00.000Z',
      },
    ]);
    expect(await edi.findByReference('order', 'KON-2026-000042')).toEqual({
      kontorReference: 'KON-2026-000042',
      erpId: 'ZK:KON-2026-000042',
      erpNumber: 'ZK 17/11/2026',
      status: 'accepted',
    });
  });

  it('maps a shortened reference in a ZK from the ERP back to the full one', async () => {
    const uuid = '3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a7f';
    await edi.pushDocument({ ...ORDER_DOC, kontorReference: uuid }, 'k');
    // The ERP exports the order back with field 5 only (its comment field rewritten).
    const ours = iconv
      .decode(
        writeZkFile(
          {
            kontorReference: uuid,
            number: 'ZK 5/11/2026',
            customerErpId: 'KLIENT-ŁÓDŹ',
            placedAt: new Date('2026-11-23T13:00:00Z'),
            currency: 'PLN',
            lines: [{ lineNo: 1, productErpId: 'ZOL-001', quantity: 1, unitNetMinor: 100, vatRateBp: 2300 }],
          },
          { sender: SENDER, timeZone: 'Europe/Warsaw', issuedBy: 'Subiekt', defaultUnit: 'szt.', exportedAt: new Date() },
        ).bytes,
        'win1250',
      )
      .replace(`"Kontor ${uuid}"`, '"zmieniony"');
    expect(ours).toContain(`"${eppReference(uuid)}"`);
    writeFileSync(path.join(root, 'inbox', 'zk.epp'), iconv.encode(ours, 'win1250'));
    const s = await edi.pullChanges('orderStatuses', null, 10);
    expect(s.records.map((r) => [r.kontorReference, r.erpNumber])).toEqual([[uuid, 'ZK 5/11/2026']]);
  });
});

describe('EDI++ configuration', () => {
  const clock = new ManualClock();

  it('is off without KONTOR_EDI_ROOT', () => {
    expect(ediConnectorFromEnv({}, clock)).toBeNull();
  });

  it('reads the settings with defaults', () => {
    const o = loadEdiOptions({ KONTOR_EDI_ROOT: '/srv/edi', KONTOR_EDI_SENDER_NAME: 'Hurtownia Żółw', KONTOR_EDI_CODEPAGE: '852' }, clock)!;
    expect(o).toMatchObject({
      root: '/srv/edi',
      timeZone: 'Europe/Warsaw',
      currency: 'PLN',
      codePage: 852,
      recordErrors: 'quarantine-file',
      settleMs: 2000,
    });
    expect(o.sender).toMatchObject({ code: 'KONTOR', name: 'Hurtownia Żółw', shortName: 'Hurtownia Żółw', country: 'Polska' });
    expect(ediConnectorFromEnv({ KONTOR_EDI_ROOT: '/srv/edi' }, clock)?.name).toBe('edi++');
  });

  it('names every wrong setting', () => {
    expect(() =>
      loadEdiOptions(
        {
          KONTOR_EDI_ROOT: '/x',
          KONTOR_EDI_TIMEZONE: 'Mars/Base',
          KONTOR_EDI_CURRENCY: 'zł',
          KONTOR_EDI_CODEPAGE: '65001',
          KONTOR_EDI_SETTLE_SECONDS: '-1',
        },
        clock,
      ),
    ).toThrow(/KONTOR_EDI_TIMEZONE[\s\S]*KONTOR_EDI_CURRENCY[\s\S]*KONTOR_EDI_CODEPAGE[\s\S]*KONTOR_EDI_SETTLE_SECONDS/);
  });
});

describe('EDI++ records and the bridge protocol', () => {
  it('serves records that match the bridge JSON Schemas, and reads the bridge order document', async () => {
    const { root, cleanup } = tempRoot();
    const edi = new EdiConnector({ root, clock: new ManualClock(new Date('2026-11-23T12:00:00Z')), sender: SENDER, settleMs: 0 });
    try {
      await new EdiFolders(root).ensure();
      for (const f of ['products-852.epp', 'customers-1250.epp', 'zk-from-subiekt.epp'])
        copyFileSync(path.join(FIXTURE_DIR, f), path.join(root, 'inbox', f));
      const schemas = new BridgeSchemas();
      let checked = 0;
      for (const entity of ['categories', 'products', 'priceLists', 'prices', 'customers', 'orderStatuses'] as const) {
        const { records } = await edi.pullChanges(entity, null, 100);
        expect(records.length, entity).toBeGreaterThan(0);
        for (const r of records) {
          expect(schemas.check(entity, r), `${entity} ${r.erpId}`).toBeNull();
          checked++;
        }
      }
      expect(checked).toBe(2 + 3 + 2 + 4 + 2 + 1);
      expect(schemas.check('order', ORDER_DOC.body)).toBeNull();
      const pushed = await edi.pushDocument(ORDER_DOC, 'k');
      expect(schemas.check('pushed-document', pushed)).toBeNull();
    } finally {
      await edi.close();
      cleanup();
    }
  });
});

import { copyFileSync, existsSync, promises as fs, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ManualClock } from '../../../src/common/clock';
import { isEppName, writeFileAtomic } from '../../../src/modules/erp-sync/edi/edi-folders';
import { EdiInbox, type AcceptedFile } from '../../../src/modules/erp-sync/edi/edi-inbox';
import { FIXTURE_DIR, fixture, tempRoot } from './helpers';

const BROKEN: Array<[string, RegExp]> = [
  ['broken-truncated.epp', /^truncated: line \d+: the last record has no line end/],
  ['broken-truncated-quote.epp', /^truncated: line \d+: a quoted text never closes/],
  ['broken-utf8-labelled-1250.epp', /^wrong encoding: the bytes are UTF-8 .*declares code page 1250/],
  ['broken-852-labelled-1250.epp', /^wrong encoding: \[INFO\] declares code page 1250 \(Windows-1250\) but the text reads as CP852/],
  ['broken-only-info.epp', /^malformed: the file holds only \[INFO\]/],
  ['broken-missing-zawartosc.epp', /^malformed: line 5: \[NAGLOWEK\] "TOWARY" has no \[ZAWARTOSC\]/],
  ['broken-missing-info.epp', /^wrong encoding: the file does not start with an \[INFO\] section/],
  [
    'broken-bad-number.epp',
    /^1 record\(s\) cannot be read; nothing from this file was imported:\n {2}- line 8, TOWARY: field 12 \(VAT rate\) "2x.00"/,
  ],
  ['broken-comma-decimal.epp', /^1 record\(s\) cannot be read.*\n.*CENNIK: net 39 and gross 50 of ZOL-001/],
  ['broken-zk-line-count.epp', /^truncated: line \d+: document ZK declares 2 lines but \[ZAWARTOSC\] holds 1/],
];

function setup(opts: Partial<ConstructorParameters<typeof EdiInbox>[0]> = {}) {
  const { root, cleanup } = tempRoot();
  const accepted: AcceptedFile[] = [];
  const quarantined: string[] = [];
  const inbox = new EdiInbox({
    root,
    clock: new ManualClock(new Date('2026-11-23T12:00:00Z')),
    timeZone: 'Europe/Warsaw',
    currency: 'PLN',
    settleMs: 0,
    sink: async (f) => {
      accepted.push(f);
    },
    onQuarantine: async (q) => {
      quarantined.push(q.name);
    },
    ...opts,
  });
  const drop = (fixtureName: string, as = fixtureName) => copyFileSync(path.join(FIXTURE_DIR, fixtureName), path.join(root, 'inbox', as));
  const list = (folder: string) => readdirSync(path.join(root, folder)).sort();
  return { root, inbox, accepted, quarantined, drop, list, cleanup };
}

describe('EDI++ watched folders', () => {
  let env: ReturnType<typeof setup>;
  afterEach(() => env?.cleanup());

  it('accepts good files, quarantines every malformed one with its reason, drops duplicates — and goes on', async () => {
    env = setup();
    await env.inbox.prepare();
    // Broken files sort around the good ones, so the good ones are read after and between them.
    for (const [name] of BROKEN) env.drop(name);
    env.drop('products-1250.epp', 'a-products.epp');
    env.drop('customers-852.epp', 'c-customers.epp');
    env.drop('products-1250.epp', 'z-products-again.epp'); // same bytes as a-products.epp
    env.drop('products-852.epp', 'd-products-852.epp'); // same records, other bytes: not a duplicate

    const r = await env.inbox.scanOnce();
    expect({ accepted: r.accepted, quarantined: r.quarantined, duplicates: r.duplicates, retried: r.retried }).toEqual({
      accepted: 3,
      quarantined: BROKEN.length,
      duplicates: 1,
      retried: 0,
    });
    expect(env.accepted.map((a) => a.name)).toEqual(['a-products.epp', 'c-customers.epp', 'd-products-852.epp']);
    expect(env.accepted[0].data.products).toHaveLength(3);
    expect(env.accepted[1].data.customers.map((c) => c.name)).toEqual(['Świętokrzyska Hurtownia Spożywcza Sp. z o.o.', 'Müller GmbH']);
    expect(env.list('inbox')).toEqual([]);
    expect(env.list('processing')).toEqual([]);

    // Every broken file sits in quarantine/ with a readable reason.
    const q = env.list('quarantine');
    for (const [name, reason] of BROKEN) {
      const file = q.find((f) => f.endsWith(`_${name}`));
      expect(file, name).toBeDefined();
      expect(readFileSync(path.join(env.root, 'quarantine', file!)).equals(fixture(name))).toBe(true);
      const text = readFileSync(path.join(env.root, 'quarantine', `${file}.reason.txt`), 'utf8');
      expect(text).toContain(`File: ${name}\r\n`);
      expect(text).toContain('Nothing from this file was imported.');
      const outcome = r.files.find((f) => f.name === name);
      expect(outcome?.status, name).toBe('quarantined');
      expect(outcome?.status === 'quarantined' && outcome.reason, name).toMatch(reason);
      expect(text.replace(/\r\n/g, '\n')).toContain(`Reason: ${outcome?.status === 'quarantined' ? outcome.reason : ''}`);
    }
    expect(q).toHaveLength(BROKEN.length * 2);
    expect(env.quarantined.sort()).toEqual(BROKEN.map(([n]) => n).sort());

    // done/ holds the accepted and the duplicate files, each with an ack.
    const done = env.list('done');
    const ack = (name: string) => readFileSync(path.join(env.root, 'done', `${done.find((f) => f.endsWith(`_${name}`))}.ack`), 'utf8');
    expect(done.filter((f) => f.endsWith('.ack'))).toHaveLength(4);
    expect(ack('a-products.epp')).toMatch(/^status: accepted\r\nfile: a-products.epp\r\nsha256: [0-9a-f]{64}\r\n/);
    expect(ack('a-products.epp')).toContain(
      'products: 3\r\ncategories: 2\r\npriceLists: 2\r\nprices: 4\r\ncustomers: 0\r\norders: 0\r\nrefused records: 0\r\n',
    );
    expect(ack('a-products.epp')).toContain('warning: line 19: net price 0.1234 of GWÓŹDŹ-100 (Hurtowa) rounded to 0.12');
    expect(ack('z-products-again.epp')).toMatch(/^status: duplicate\r\n[\s\S]*the same content was already accepted as a-products.epp/);
    expect(env.inbox.totals).toMatchObject({ scans: 1, accepted: 3, quarantined: BROKEN.length, duplicates: 1 });

    // The same bytes dropped again later, under any name, are still a duplicate (the hashes persist).
    env.drop('products-1250.epp', 'towary.epp');
    const later = new EdiInbox({
      root: env.root,
      clock: new ManualClock(),
      timeZone: 'UTC',
      currency: 'PLN',
      settleMs: 0,
      sink: async () => {},
    });
    const r2 = await later.scanOnce();
    expect(r2.files).toEqual([{ name: 'towary.epp', status: 'duplicate', duplicateOf: 'a-products.epp' }]);
  });

  it('quarantines a file with a malformed ZK, or with nothing Kontor reads', async () => {
    env = setup();
    await env.inbox.prepare();
    const zk = iconv.decode(fixture('zk-from-subiekt.epp'), 'win1250');
    const header = zk.split('\r\n').find((l) => l.startsWith('"ZK"'))!;
    const short = header.split(',').slice(0, 40).join(',');
    writeFileSync(path.join(env.root, 'inbox', 'zk-short.epp'), iconv.encode(zk.replace(header, short), 'win1250'));
    writeFileSync(path.join(env.root, 'inbox', 'fs.epp'), iconv.encode(zk.replace('"ZK",1,0,17', '"FS",1,0,17'), 'win1250'));
    const r = await env.inbox.scanOnce();
    expect(r.files.map((f) => [f.name, f.status === 'quarantined' ? f.reason : f.status])).toEqual([
      ['fs.epp', 'malformed: the file holds no products, prices, customers or ZK orders (found: document FS (line 4))'],
      ['zk-short.epp', expect.stringMatching(/line 5, ZK: line 5: the ZK header has 40 fields, 62 expected/)],
    ]);
    expect(r.files[1]).toMatchObject({ entity: 'orderStatuses' });
  });

  it('with skip-record, takes the good records of a file and reports the bad ones', async () => {
    env = setup({ recordErrors: 'skip-record' });
    await env.inbox.prepare();
    env.drop('broken-bad-number.epp');
    const r = await env.inbox.scanOnce();
    expect(r.files[0]).toMatchObject({ status: 'partial', counts: { products: 2 } });
    expect(r.skippedRecords).toBe(1);
    const ack = readFileSync(path.join(env.root, 'done', `${env.list('done').find((f) => f.endsWith('.ack'))}`), 'utf8');
    expect(ack).toMatch(/^status: partial\r\n/);
    expect(ack).toContain('refused: line 8, TOWARY: field 12 (VAT rate) "2x.00" is not a number');
  });

  it('leaves files the ERP is still writing, and ignores temporary and hidden names', async () => {
    env = setup({ settleMs: 60_000 });
    await env.inbox.prepare();
    env.drop('products-1250.epp', 'fresh.epp');
    env.drop('customers-1250.epp', 'old.epp');
    const past = new Date(Date.now() - 120_000);
    utimesSync(path.join(env.root, 'inbox', 'old.epp'), past, past);
    for (const n of ['.hidden.epp', '~lock.epp', 'towary.epp.tmp', 'notes.txt']) writeFileSync(path.join(env.root, 'inbox', n), 'x');
    const r = await env.inbox.scanOnce();
    expect(r.files.map((f) => [f.name, f.status])).toEqual([['old.epp', 'accepted']]);
    expect(r.waiting).toBe(1);
    expect(env.list('inbox')).toEqual(['.hidden.epp', 'fresh.epp', 'notes.txt', 'towary.epp.tmp', '~lock.epp']);
    expect(['a.epp', 'A.EPP', '.a.epp', '~a.epp', 'a.epp.tmp', 'a.txt'].map(isEppName)).toEqual([true, true, false, false, false, false]);
  });

  it('puts a file back into inbox/ when the sink fails, and takes it on the next scan', async () => {
    let fail = true;
    const stored: string[] = [];
    env = setup({
      sink: async (f) => {
        if (fail) throw new Error('database is down');
        stored.push(f.name);
      },
    });
    await env.inbox.prepare();
    env.drop('customers-1250.epp');
    const r1 = await env.inbox.scanOnce();
    expect(r1.files).toEqual([{ name: 'customers-1250.epp', status: 'retry', error: 'database is down' }]);
    expect(env.list('inbox')).toEqual(['customers-1250.epp']);
    expect(env.list('done')).toEqual([]);
    fail = false;
    const r2 = await env.inbox.scanOnce();
    expect(r2.accepted).toBe(1);
    expect(stored).toEqual(['customers-1250.epp']);
  });

  it('a file-system failure on one file hands it back and does not stop the others', async () => {
    env = setup();
    await env.inbox.prepare();
    env.drop('broken-bad-number.epp', 'a-broken.epp');
    env.drop('customers-1250.epp', 'b-customers.epp');
    rmSync(path.join(env.root, 'quarantine'), { recursive: true });
    writeFileSync(path.join(env.root, 'quarantine'), 'not a folder'); // moving into quarantine/ fails
    const r = await env.inbox.scanOnce();
    expect(r.files.map((f) => [f.name, f.status])).toEqual([
      ['a-broken.epp', 'retry'],
      ['b-customers.epp', 'accepted'],
    ]);
    expect(env.list('inbox')).toEqual(['a-broken.epp']);
    expect(env.list('processing')).toEqual([]);
  });

  it('after a crash, puts files left in processing/ back into inbox/ and reads them', async () => {
    env = setup();
    await env.inbox.prepare();
    copyFileSync(
      path.join(FIXTURE_DIR, 'customers-1250.epp'),
      path.join(env.root, 'processing', '20261123T120000000Z-abcdef_customers.epp'),
    );
    const r = await env.inbox.scanOnce();
    expect(r).toMatchObject({ recovered: 1, accepted: 1 });
    expect(r.files.map((f) => f.name)).toEqual(['customers.epp']);
    expect(env.list('processing')).toEqual([]);
  });

  it('lets two consumers of one folder take each file exactly once (claim by rename)', async () => {
    env = setup();
    await env.inbox.prepare();
    const text = iconv.decode(fixture('customers-1250.epp'), 'win1250');
    for (let i = 0; i < 20; i++) {
      writeFileSync(
        path.join(env.root, 'inbox', `c${String(i).padStart(2, '0')}.epp`),
        iconv.encode(text.replace('"DE-BERLIN"', `"DE-${i}"`), 'win1250'),
      );
    }
    const seen: string[] = [];
    const mk = () =>
      new EdiInbox({
        root: env.root,
        clock: new ManualClock(),
        timeZone: 'UTC',
        currency: 'PLN',
        settleMs: 0,
        sink: async (f) => {
          seen.push(f.name);
        },
      });
    const [a, b] = await Promise.all([mk().scanOnce(), mk().scanOnce()]);
    expect(a.accepted + b.accepted).toBe(20);
    expect(seen.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}.epp`));
  });

  it('lets one scan at a time work on a folder, and takes over a lock its dead holder left', async () => {
    env = setup({ lockStaleMs: 60_000 });
    await env.inbox.prepare();
    env.drop('customers-1250.epp');
    const lock = path.join(env.root, 'state', 'inbox.lock');
    writeFileSync(lock, '12345 another process');
    const busy = await env.inbox.scanOnce();
    expect(busy).toMatchObject({ busy: true, accepted: 0 });
    expect(env.list('inbox')).toEqual(['customers-1250.epp']);
    const old = new Date(Date.now() - 120_000);
    utimesSync(lock, old, old);
    const r = await env.inbox.scanOnce();
    expect(r).toMatchObject({ busy: false, accepted: 1 });
    expect(existsSync(lock)).toBe(false);
  });

  it('writes atomically: the final name only ever shows the whole file, the temporary name is hidden', async () => {
    env = setup();
    await env.inbox.prepare();
    const target = path.join(env.root, 'outbox', 'ZK_big.epp');
    const data = Buffer.alloc(32 * 1024 * 1024, 0x41);
    let done = false;
    const watcher = (async () => {
      while (!done) {
        for (const name of await fs.readdir(path.join(env.root, 'outbox'))) {
          if (name === 'ZK_big.epp') {
            expect(statSync(target).size).toBe(data.length);
          } else {
            expect(isEppName(name)).toBe(false); // the ERP's import and our scan ignore it
          }
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    await writeFileAtomic(target, data);
    done = true;
    await watcher;
    expect(readFileSync(target).equals(data)).toBe(true);
    expect(env.list('outbox')).toEqual(['ZK_big.epp']);
    // exclusive: an existing file is never replaced
    expect(await writeFileAtomic(target, 'other', { exclusive: true })).toBe(false);
    expect(statSync(target).size).toBe(data.length);
    expect(env.list('outbox')).toEqual(['ZK_big.epp']);
  });

  it('polls with start() and stops cleanly with stop()', async () => {
    env = setup();
    env.inbox.start(1000);
    await env.inbox.stop(); // the first scan runs at start; stop waits for it
    env.drop('customers-1250.epp');
    expect(existsSync(path.join(env.root, 'inbox', 'customers-1250.epp'))).toBe(true);
    env.inbox.start(1000);
    for (let i = 0; i < 200 && env.accepted.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await env.inbox.stop();
    expect(env.accepted.map((a) => a.name)).toEqual(['customers-1250.epp']);
    expect(env.inbox.totals.scans).toBeGreaterThanOrEqual(2);
  });
});

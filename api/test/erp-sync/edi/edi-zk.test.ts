import iconv from 'iconv-lite';
import { parseEppFile } from '../../../src/modules/erp-sync/edi/epp-file';
import {
  computeZkTotals,
  eppReference,
  readZk,
  writeZkFile,
  ZkValidationError,
  type EdiOrder,
} from '../../../src/modules/erp-sync/edi/epp-orders';
import { fixture, SENDER } from './helpers';

export const ORDER: EdiOrder = {
  kontorReference: 'KON-2026-000123',
  number: 'KON/2026/000123',
  customerErpId: 'KLIENT-ŁÓDŹ',
  customer: {
    shortName: 'Świętokrzyska Hurt',
    name: 'Świętokrzyska Hurtownia Spożywcza Sp. z o.o.',
    city: 'Kielce',
    postCode: '25-001',
    street: 'ul. Źródłowa 5',
    taxId: '6570000000',
    country: 'Polska',
  },
  placedAt: new Date('2026-11-23T13:45:30Z'),
  currency: 'PLN',
  poNumber: 'PO/77/2026',
  note: 'Dostawa po 8:00, "rampa 2"\r\nproszę dzwonić',
  lines: [
    { lineNo: 1, productErpId: 'ZOL-001', quantity: 3, unitNetMinor: 3950, vatRateBp: 2300 },
    { lineNo: 2, productErpId: 'GWÓŹDŹ-100', quantity: 1.5, unitNetMinor: 12, vatRateBp: 800, unit: 'kg' },
    { lineNo: 3, productErpId: 'USL-TRANSPORT', quantity: 1, unitNetMinor: 15000, vatRateBp: 0 },
  ],
};

export const WRITE = {
  sender: SENDER,
  timeZone: 'Europe/Warsaw',
  issuedBy: 'Kontor',
  defaultUnit: 'szt.',
  exportedAt: new Date('2026-11-23T14:00:00Z'),
};

describe('ZK orders out', () => {
  it('writes the hand-checked expected file byte for byte (Windows-1250, CRLF)', () => {
    const { bytes, replaced, fileName } = writeZkFile(ORDER, WRITE);
    const expected = fixture('expected-zk-order.epp');
    if (!bytes.equals(expected)) {
      // Show the difference as text before failing.
      expect(iconv.decode(bytes, 'win1250')).toBe(iconv.decode(expected, 'win1250'));
    }
    expect(bytes.equals(expected)).toBe(true);
    expect(replaced).toEqual([]);
    expect(fileName).toBe('ZK_KON-2026-000123.epp');
    expect(bytes.includes(Buffer.from('\n'))).toBe(true);
    expect(/[^\r]\n/.test(bytes.toString('latin1'))).toBe(false); // every line ends CRLF
  });

  it('reads back what it writes (round trip through the reader)', () => {
    const file = parseEppFile(writeZkFile(ORDER, WRITE).bytes, 'Europe/Warsaw');
    expect(file.info).toMatchObject({ version: '1.11', codePage: 1250, generator: 'Kontor', senderName: 'Hurtownia Żółw Sp. z o.o.' });
    const block = file.blocks[0];
    if (block.kind !== 'document') throw new Error('expected a document');
    const zk = readZk(block, 'Europe/Warsaw');
    expect(zk).toMatchObject({
      kontorReference: 'KON-2026-000123',
      number: 'KON/2026/000123',
      poNumber: 'PO/77/2026',
      customerErpId: 'KLIENT-ŁÓDŹ',
      currency: 'PLN',
      note: 'Dostawa po 8:00, "rampa 2" proszę dzwonić',
      netMinor: 26868,
      vatMinor: 2727,
      grossMinor: 29595,
    });
    expect(zk.issuedAt!.toISOString()).toBe('2026-11-23T13:45:30.000Z');
    expect(zk.lines).toEqual(
      ORDER.lines.map((l, i) => ({
        lineNo: l.lineNo,
        productErpId: l.productErpId,
        unit: l.unit ?? 'szt.',
        quantity: l.quantity,
        unitNetMinor: l.unitNetMinor,
        vatRateBp: l.vatRateBp,
        netMinor: [11850, 18, 15000][i],
      })),
    );
  });

  it('fits a long reference (a UUID) into the 20-character field and keeps the full one in the comment', () => {
    const uuid = '3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a7f';
    const short = eppReference(uuid);
    expect(short).toMatch(/^K[A-Z2-7]{19}$/);
    expect(eppReference(uuid)).toBe(short);
    expect(eppReference('3f2b9c1e-8d4a-4f6b-9a7c-2e1d0c9b8a70')).not.toBe(short);
    expect(eppReference('KON-2026-000123')).toBe('KON-2026-000123');
    const file = parseEppFile(writeZkFile({ ...ORDER, kontorReference: uuid }, WRITE).bytes, 'UTC');
    const block = file.blocks[0];
    if (block.kind !== 'document') throw new Error('expected a document');
    expect(block.header.fields[4].value).toBe(short);
    expect(block.header.fields[49].value).toBe(`Kontor ${uuid}`);
    expect(readZk(block, 'UTC')).toMatchObject({ kontorReference: uuid, eppReference: short });
  });

  it('also writes CP852 that reads back the same', () => {
    const a = writeZkFile(ORDER, WRITE).bytes;
    const b = writeZkFile(ORDER, { ...WRITE, codePage: 852 }).bytes;
    expect(b.equals(a)).toBe(false);
    expect(iconv.decode(b, 'cp852').replace('"1.11",3,852,', '"1.11",3,1250,')).toBe(iconv.decode(a, 'win1250'));
  });

  it('computes amounts in integers with half-up rounding per line', () => {
    const t = computeZkTotals({
      ...ORDER,
      lines: [
        { lineNo: 1, productErpId: 'A', quantity: 0.333, unitNetMinor: 1, vatRateBp: 2300 }, // 0.333 gr → 0
        { lineNo: 2, productErpId: 'B', quantity: 0.5, unitNetMinor: 1, vatRateBp: 2300 }, // 0.5 gr → 1
        { lineNo: 3, productErpId: 'C', quantity: 1000000, unitNetMinor: 9999999, vatRateBp: 2300 },
        { lineNo: 4, productErpId: 'D', quantity: 0.1 + 0.2, unitNetMinor: 1000, vatRateBp: 500 }, // 300 gr net, 15 gr VAT
      ],
    });
    expect(t.lines.map((l) => [l.netMinor, l.vatMinor, l.grossMinor])).toEqual([
      [0n, 0n, 0n],
      [1n, 0n, 1n],
      [9999999000000n, 2299999770000n, 12299998770000n],
      [300n, 15n, 315n],
    ]);
    expect(t.netMinor).toBe(9999999000301n);
  });

  it('replaces characters Windows-1250 lacks and reports them', () => {
    const { bytes, replaced } = writeZkFile({ ...ORDER, note: 'Señor ☃' }, WRITE);
    expect(replaced).toEqual(['ñ→n', '☃→?']);
    expect(iconv.decode(bytes, 'win1250')).toContain('"Senor ?"');
  });

  it.each([
    [{ lines: [] }, /without lines/],
    [{ kontorReference: 'a"b' }, /line break or a quote/],
    [{ customerErpId: 'C'.repeat(21) }, /customer code .* 21 characters; the ZK field holds 20/],
    [{ customerErpId: '' }, /no customer code/],
    [{ currency: 'zł' }, /ISO 4217/],
    [{ placedAt: new Date('x') }, /not a valid date/],
    [{ lines: [{ lineNo: 1, productErpId: 'A', quantity: 1.0001, unitNetMinor: 1, vatRateBp: 0 }] }, /more than 3 decimals/],
    [{ lines: [{ lineNo: 1, productErpId: 'A', quantity: 0, unitNetMinor: 1, vatRateBp: 0 }] }, /must be positive/],
    [{ lines: [{ lineNo: 1, productErpId: 'A', quantity: 1, unitNetMinor: 1.5, vatRateBp: 0 }] }, /not a non-negative integer/],
    [
      {
        lines: [
          { lineNo: 1, productErpId: 'A', quantity: 1, unitNetMinor: 1, vatRateBp: 0 },
          { lineNo: 1, productErpId: 'B', quantity: 1, unitNetMinor: 1, vatRateBp: 0 },
        ],
      },
      /not a unique positive integer/,
    ],
  ] as Array<[Partial<EdiOrder>, RegExp]>)('refuses an order it cannot write faithfully (%#)', (change, reason) => {
    expect(() => writeZkFile({ ...ORDER, ...change }, WRITE)).toThrow(ZkValidationError);
    expect(() => writeZkFile({ ...ORDER, ...change }, WRITE)).toThrow(reason);
  });
});

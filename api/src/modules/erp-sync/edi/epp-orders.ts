import { createHash } from 'node:crypto';
import type { EppCodePage } from './epp-encoding';
import { infoRecord, writeEppFile, type EppBlock, type EppSender } from './epp-file';
import { raw, type EppOut } from './epp-text';
import {
  EppValueError,
  formatEppDate,
  formatMinor,
  formatUnits,
  parseEppDate,
  parseMinor,
  parseQuantity,
  parseRateBp,
  quantityToThousandths,
} from './epp-values';

/**
 * Orders out as ZK documents ("zamówienie od klienta"): one [NAGLOWEK] with the 62 header fields of a
 * trade document and one [ZAWARTOSC] with a 22-field line per item (the Subiekt-to-Subiekt layout).
 *
 * Where Kontor's data goes in the header: 5 "numer dokumentu dostawcy" (the original number Subiekt keeps
 * with the document) ← Kontor's reference; 7 full number ← Kontor's order number; 10 order number ← the
 * customer's PO number; 12 customer code ← customer erpId; 22/23 issue and sale dates ← placedAt; 49 remarks
 * ← note. Amounts are computed in integers: line net = quantity × unit net price rounded to the grosz,
 * VAT per line, document totals as sums.
 */

export interface EdiOrderLine {
  lineNo: number;
  productErpId: string;
  /** At most 3 decimals. */
  quantity: number;
  unitNetMinor: number;
  vatRateBp: number;
  /** Unit of measure; the writer's default unit when absent. */
  unit?: string | null;
}

export interface EdiOrder {
  kontorReference: string;
  number: string;
  customerErpId: string;
  customer?: {
    name?: string | null;
    shortName?: string | null;
    street?: string | null;
    postCode?: string | null;
    city?: string | null;
    taxId?: string | null;
    country?: string | null;
  } | null;
  placedAt: Date;
  currency: string;
  poNumber?: string | null;
  note?: string | null;
  lines: EdiOrderLine[];
}

export interface ZkWriteOptions {
  sender: EppSender;
  timeZone: string;
  codePage?: EppCodePage;
  /** Written as "Wystawił" (issued by) and in [INFO] as the person who exported. */
  issuedBy: string;
  /** Unit written when a line has none. */
  defaultUnit: string;
  exportedAt: Date;
}

export class ZkValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZkValidationError';
  }
}

/** Text limits of the ZK header fields Kontor fills. */
const LIMITS = { kontorReference: 20, number: 30, poNumber: 30, customerErpId: 20, productErpId: 20, note: 255, unit: 10 } as const;

function limit(value: string, max: number, what: string): string {
  if (value.length > max) throw new ZkValidationError(`${what} "${value}" is ${value.length} characters; the ZK field holds ${max}`);
  return value;
}

function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/[\r\n\t]+/g, ' ').trim();
}

function divRound(num: bigint, den: bigint): bigint {
  const neg = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  let q = a / b;
  if ((a % b) * 2n >= b) q += 1n;
  return neg ? -q : q;
}

export interface ZkTotals {
  lines: Array<{ netMinor: bigint; vatMinor: bigint; grossMinor: bigint; unitGrossMinor: bigint; qtyThousandths: bigint }>;
  netMinor: bigint;
  vatMinor: bigint;
  grossMinor: bigint;
}

/** A document line's quantity in thousandths; a ZkValidationError when it is not a number of thousandths or not positive. */
export function lineQuantity(lineNo: number, quantity: number): bigint {
  let q: bigint;
  try {
    q = quantityToThousandths(quantity, `line ${lineNo} quantity`);
  } catch (e) {
    throw new ZkValidationError((e as Error).message);
  }
  if (q <= 0n) throw new ZkValidationError(`line ${lineNo}: quantity ${quantity} must be positive`);
  return q;
}

export function computeZkTotals(order: EdiOrder): ZkTotals {
  const lines = order.lines.map((l) => {
    if (!Number.isSafeInteger(l.unitNetMinor) || l.unitNetMinor < 0)
      throw new ZkValidationError(`line ${l.lineNo}: unit net price ${l.unitNetMinor} is not a non-negative integer of minor units`);
    if (!Number.isSafeInteger(l.vatRateBp) || l.vatRateBp < 0 || l.vatRateBp > 10000)
      throw new ZkValidationError(`line ${l.lineNo}: VAT rate ${l.vatRateBp} bp is out of range`);
    const qtyThousandths = lineQuantity(l.lineNo, l.quantity);
    const unit = BigInt(l.unitNetMinor);
    const bp = BigInt(l.vatRateBp);
    const netMinor = divRound(qtyThousandths * unit, 1000n);
    const vatMinor = divRound(netMinor * bp, 10000n);
    return { netMinor, vatMinor, grossMinor: netMinor + vatMinor, unitGrossMinor: divRound(unit * (10000n + bp), 10000n), qtyThousandths };
  });
  const sum = (k: 'netMinor' | 'vatMinor' | 'grossMinor') => lines.reduce((a, l) => a + l[k], 0n);
  return { lines, netMinor: sum('netMinor'), vatMinor: sum('vatMinor'), grossMinor: sum('grossMinor') };
}

const amount = (minor: bigint) => raw(formatUnits(minor, 2));
const ZERO = raw('0.0000');

/** The ZK file for one order: bytes in the code page (Windows-1250 by default), CRLF line ends. */
export function writeZkFile(order: EdiOrder, opts: ZkWriteOptions): { bytes: Buffer; replaced: string[]; fileName: string } {
  if (order.lines.length === 0) throw new ZkValidationError('an order without lines cannot be written');
  const seen = new Set<number>();
  for (const l of order.lines) {
    if (!Number.isSafeInteger(l.lineNo) || l.lineNo <= 0 || seen.has(l.lineNo))
      throw new ZkValidationError(`line number ${l.lineNo} is not a unique positive integer`);
    seen.add(l.lineNo);
    limit(l.productErpId, LIMITS.productErpId, `line ${l.lineNo} product code`);
    if (l.productErpId.trim() === '') throw new ZkValidationError(`line ${l.lineNo} has no product code`);
  }
  if (!/^[A-Z]{3}$/.test(order.currency)) throw new ZkValidationError(`currency "${order.currency}" is not an ISO 4217 code`);
  if (order.customerErpId.trim() === '') throw new ZkValidationError('the order has no customer code');
  if (order.kontorReference.trim() === '') throw new ZkValidationError('the order has no Kontor reference');
  if (/[\r\n"]/.test(order.kontorReference)) throw new ZkValidationError('the Kontor reference contains a line break or a quote');
  if (Number.isNaN(order.placedAt.getTime())) throw new ZkValidationError('the order date is not a valid date');
  const totals = computeZkTotals(order);
  const c = order.customer ?? {};
  const date = raw(formatEppDate(order.placedAt, opts.timeZone));
  const note = oneLine(order.note);

  const header: EppOut[] = [
    'ZK', // 1 type
    raw(1), // 2 status
    raw(0), // 3 fiscal status
    raw(0), // 4 number: Subiekt numbers the document
    eppReference(order.kontorReference), // 5 original (supplier's) number
    '', // 6 number extension
    limit(order.number, LIMITS.number, 'order number'), // 7 full number
    '', // 8 corrected document
    null, // 9 its date
    limit(oneLine(order.poNumber), LIMITS.poNumber, 'PO number'), // 10 order number
    '', // 11 target warehouse (MM only)
    limit(order.customerErpId, LIMITS.customerErpId, 'customer code'), // 12
    oneLine(c.shortName).slice(0, 40), // 13
    oneLine(c.name).slice(0, 255), // 14
    oneLine(c.city).slice(0, 30), // 15
    oneLine(c.postCode).slice(0, 6), // 16
    oneLine(c.street).slice(0, 50), // 17
    oneLine(c.taxId).slice(0, 20), // 18
    '', // 19 category
    '', // 20 category subtitle
    opts.sender.city, // 21 place of issue
    date, // 22 issue date
    date, // 23 sale date
    null, // 24 receipt date
    raw(order.lines.length), // 25 number of lines
    raw(1), // 26 priced net
    '', // 27 active price
    amount(totals.netMinor), // 28
    amount(totals.vatMinor), // 29
    amount(totals.grossMinor), // 30
    ZERO, // 31 cost
    '', // 32 discount name
    ZERO, // 33 discount %
    '', // 34 payment form
    null, // 35 payment due
    ZERO, // 36 paid on receipt
    amount(totals.grossMinor), // 37 to pay
    raw(0), // 38 rounding of the amount to pay: to 1 grosz
    raw(0), // 39 rounding of VAT: to 1 grosz
    raw(1), // 40 recalculate VAT table and totals
    raw(0), // 41 extended status
    opts.issuedBy, // 42 issued by
    '', // 43 received by
    '', // 44 basis
    ZERO, // 45 packaging issued
    ZERO, // 46 packaging returned
    order.currency, // 47
    raw('1.0000'), // 48 exchange rate
    note.slice(0, LIMITS.note), // 49 remarks
    commentFor(order.kontorReference), // 50 comment: the full reference
    '', // 51 subtitle
    '', // 52 unused
    raw(0), // 53 import flag
    raw(0), // 54 export document
    raw(0), // 55 transaction kind: domestic
    '', // 56 card payment name
    ZERO, // 57
    '', // 58 credit payment name
    ZERO, // 59
    oneLine(c.country).slice(0, 50), // 60
    '', // 61 EU prefix
    raw(0), // 62 EU customer
  ];

  const lines: EppOut[][] = order.lines.map((l, i) => {
    const t = totals.lines[i];
    const qty = raw(formatUnits(t.qtyThousandths, 3));
    return [
      raw(l.lineNo), // 1
      raw(1), // 2 goods
      l.productErpId, // 3
      raw(1), // 4 percentage discount
      raw(1), // 5 discount from price
      raw(0), // 6 cumulated
      raw(0), // 7 locked
      ZERO, // 8 discount value
      ZERO, // 9 discount %
      limit(oneLine(l.unit) || opts.defaultUnit, LIMITS.unit, `line ${l.lineNo} unit`), // 10
      qty, // 11 quantity in the unit
      qty, // 12 quantity in the stock unit
      ZERO, // 13 stock price
      raw(formatMinor(l.unitNetMinor)), // 14 net price
      amount(t.unitGrossMinor), // 15 gross price
      raw(formatUnits(l.vatRateBp, 2)), // 16 VAT %
      amount(t.netMinor), // 17
      amount(t.vatMinor), // 18
      amount(t.grossMinor), // 19
      ZERO, // 20 cost
      '', // 21
      '', // 22
    ];
  });

  const { bytes, replaced } = writeEppFile(
    [
      { label: 'INFO', records: [infoRecord(opts.sender, opts.codePage ?? 1250, opts.exportedAt, opts.issuedBy, opts.timeZone)] },
      { label: 'NAGLOWEK', records: [header] },
      { label: 'ZAWARTOSC', records: lines },
    ],
    opts.codePage ?? 1250,
  );
  return { bytes, replaced, fileName: zkFileName(order.kontorReference) };
}

const SHORT_REF = /^[A-Za-z0-9._/-]{1,20}$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Kontor's reference as it fits field 5 (20 characters): itself when it is short and plain, otherwise "K" and
 * 19 base32 characters of its SHA-256 (95 bits: collisions are not a practical concern). The full reference
 * also goes into the comment (field 50), so a person and the reader can see it.
 */
export function eppReference(kontorReference: string): string {
  if (SHORT_REF.test(kontorReference)) return kontorReference;
  const hash = createHash('sha256').update(kontorReference).digest();
  let bits = 0;
  let value = 0;
  let out = 'K';
  for (const byte of hash) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 20) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === 20) break;
  }
  return out;
}

const COMMENT_PREFIX = 'Kontor ';

export function commentFor(kontorReference: string): string {
  const c = COMMENT_PREFIX + kontorReference;
  return c.length <= 50 ? c : '';
}

/** A file name for the order that is safe on Windows shares and stable for the same reference. */
export function zkFileName(kontorReference: string): string {
  return `ZK_${kontorReference.replace(/[^A-Za-z0-9._-]/g, '_')}.epp`;
}

/** A ZK document read back from a file (Subiekt's export, or Kontor's own output in tests). */
export interface ZkRead {
  status: number;
  /** Kontor's full reference (from the comment when it matches field 5), else field 5 as written. */
  kontorReference: string;
  /** Field 5 as written. */
  eppReference: string;
  number: string;
  poNumber: string;
  customerErpId: string;
  issuedAt: Date | null;
  currency: string;
  note: string;
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
  lines: Array<{
    lineNo: number;
    productErpId: string;
    unit: string;
    quantity: number;
    unitNetMinor: number;
    vatRateBp: number;
    netMinor: number;
  }>;
}

export function readZk(block: Extract<EppBlock, { kind: 'document' }>, timeZone: string): ZkRead {
  const h = block.header.fields.map((f) => f.value);
  if (block.docType !== 'ZK') throw new ZkValidationError(`document ${block.docType} is not a ZK`);
  if (h.length < 62) throw new ZkValidationError(`line ${block.header.line}: the ZK header has ${h.length} fields, 62 expected`);
  try {
    return {
      status: Number(h[1]),
      kontorReference:
        h[49].startsWith(COMMENT_PREFIX) && eppReference(h[49].slice(COMMENT_PREFIX.length)) === h[4]
          ? h[49].slice(COMMENT_PREFIX.length)
          : h[4],
      eppReference: h[4],
      number: h[6],
      poNumber: h[9],
      customerErpId: h[11],
      issuedAt: parseEppDate(h[21], timeZone, 'issue date'),
      currency: h[46],
      note: h[48],
      netMinor: parseMinor(h[27]).minor,
      vatMinor: parseMinor(h[28]).minor,
      grossMinor: parseMinor(h[29]).minor,
      lines: block.lines.map((r) => {
        const f = r.fields.map((x) => x.value);
        if (f.length < 22) throw new ZkValidationError(`line ${r.line}: a ZK line has ${f.length} fields, 22 expected`);
        return {
          lineNo: Number(f[0]),
          productErpId: f[2],
          unit: f[9],
          quantity: parseQuantity(f[10]),
          unitNetMinor: parseMinor(f[13]).minor,
          vatRateBp: parseRateBp(f[15]),
          netMinor: parseMinor(f[16]).minor,
        };
      }),
    };
  } catch (e) {
    if (e instanceof EppValueError) throw new ZkValidationError(e.message);
    throw e;
  }
}

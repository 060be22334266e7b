import type { EppCodePage } from './epp-encoding';
import { infoRecord, writeEppFile, type EppSender } from './epp-file';
import { commentFor, eppReference, lineQuantity, ZkValidationError } from './epp-orders';
import { raw, type EppOut } from './epp-text';
import { formatEppDate, formatUnits } from './epp-values';

/**
 * Transfer requests out as MM documents (przesunięcie międzymagazynowe; EDI++ document type `MMW`): one
 * [NAGLOWEK] with the 62 header fields of a trade/warehouse document and one [ZAWARTOSC] with a 22-field line per
 * item. The source warehouse is the warehouse of the file ([INFO] fields 12–13), the target is header field 11.
 * Warehouses are named by their ERP ids in Kontor, which for Subiekt GT are its warehouse symbols.
 *
 * Where Kontor's data goes in the header: 5 original number ← the transfer's reference (shortened like a ZK's
 * when longer than 20 characters); 7 full number ← "MM " and the start of the order's reference; 10 order number ←
 * the order's reference as it fits 30 characters; 11 target warehouse; 22/23 dates ← requestedAt; 49 remarks ←
 * what it is for; 50 comment ← `Kontor <transfer reference>`. No prices: Subiekt values an MM at its own stock
 * prices on import, so the amounts are written as zero.
 */

export interface EdiTransfer {
  kontorReference: string;
  orderKontorReference: string;
  fromWarehouse: string;
  toWarehouse: string;
  requestedAt: Date;
  lines: Array<{ lineNo: number; productErpId: string; quantity: number; unit?: string | null }>;
}

export interface MmWriteOptions {
  sender: EppSender;
  timeZone: string;
  codePage?: EppCodePage;
  issuedBy: string;
  defaultUnit: string;
  exportedAt: Date;
}

/** The MM type of EDI++ (the description's "przesunięcie międzymagazynowe"). */
export const MM_DOCUMENT_TYPE = 'MMW';

const LIMITS = { warehouse: 20, productErpId: 20, unit: 10 } as const;
const ZERO = raw('0.0000');

function limit(value: string, max: number, what: string): string {
  if (!value.trim()) throw new ZkValidationError(`${what} is empty`);
  if (value.length > max) throw new ZkValidationError(`${what} "${value}" is ${value.length} characters; the MM field holds ${max}`);
  return value;
}

/** A file name for the transfer that is safe on Windows shares and stable for the same reference. */
export function mmFileName(kontorReference: string): string {
  return `MM_${kontorReference.replace(/[^A-Za-z0-9._-]/g, '_')}.epp`;
}

export function writeMmFile(t: EdiTransfer, opts: MmWriteOptions): { bytes: Buffer; replaced: string[]; fileName: string } {
  if (!t.lines.length) throw new ZkValidationError('a transfer without lines cannot be written');
  if (!t.kontorReference.trim() || /[\r\n"]/.test(t.kontorReference))
    throw new ZkValidationError('the transfer reference is empty or contains a line break or a quote');
  const from = limit(t.fromWarehouse, LIMITS.warehouse, 'source warehouse');
  const to = limit(t.toWarehouse, LIMITS.warehouse, 'target warehouse');
  if (from === to) throw new ZkValidationError(`the source and target warehouse are both ${from}`);
  if (Number.isNaN(t.requestedAt.getTime())) throw new ZkValidationError('the transfer date is not a valid date');
  const seen = new Set<number>();
  const lines: EppOut[][] = t.lines.map((l) => {
    if (!Number.isSafeInteger(l.lineNo) || l.lineNo <= 0 || seen.has(l.lineNo))
      throw new ZkValidationError(`line number ${l.lineNo} is not a unique positive integer`);
    seen.add(l.lineNo);
    const qty = raw(formatUnits(lineQuantity(l.lineNo, l.quantity), 3));
    return [
      raw(l.lineNo), // 1
      raw(1), // 2 goods
      limit(l.productErpId, LIMITS.productErpId, `line ${l.lineNo} product code`), // 3
      raw(1), // 4
      raw(1), // 5
      raw(0), // 6
      raw(0), // 7
      ZERO, // 8
      ZERO, // 9
      limit((l.unit ?? '').trim() || opts.defaultUnit, LIMITS.unit, `line ${l.lineNo} unit`), // 10
      qty, // 11 quantity in the unit
      qty, // 12 quantity in the stock unit
      ZERO, // 13 stock price: Subiekt's own
      ZERO, // 14
      ZERO, // 15
      ZERO, // 16
      ZERO, // 17
      ZERO, // 18
      ZERO, // 19
      ZERO, // 20
      '', // 21
      '', // 22
    ];
  });
  const date = raw(formatEppDate(t.requestedAt, opts.timeZone));
  const header: EppOut[] = [
    MM_DOCUMENT_TYPE, // 1 type
    raw(1), // 2 status
    raw(0), // 3 fiscal status
    raw(0), // 4 number: Subiekt numbers the document
    eppReference(t.kontorReference), // 5 original number
    '', // 6
    `MM ${t.orderKontorReference}`.slice(0, 30), // 7 full number
    '', // 8
    null, // 9
    t.orderKontorReference.slice(0, 30), // 10 order number: the order it is for
    to, // 11 target warehouse
    '', // 12 no customer
    '', // 13
    '', // 14
    '', // 15
    '', // 16
    '', // 17
    '', // 18
    '', // 19
    '', // 20
    opts.sender.city, // 21 place of issue
    date, // 22 issue date
    date, // 23 date of the operation
    null, // 24
    raw(t.lines.length), // 25 number of lines
    raw(1), // 26
    '', // 27
    ZERO, // 28
    ZERO, // 29
    ZERO, // 30
    ZERO, // 31
    '', // 32
    ZERO, // 33
    '', // 34
    null, // 35
    ZERO, // 36
    ZERO, // 37
    raw(0), // 38
    raw(0), // 39
    raw(1), // 40
    raw(0), // 41
    opts.issuedBy, // 42
    '', // 43
    '', // 44
    ZERO, // 45
    ZERO, // 46
    'PLN', // 47
    raw('1.0000'), // 48
    `Przesunięcie do odbioru zamówienia Kontor ${t.orderKontorReference}`.slice(0, 255), // 49 remarks
    commentFor(t.kontorReference), // 50 comment: the full reference
    '', // 51
    '', // 52
    raw(0), // 53
    raw(0), // 54
    raw(0), // 55
    '', // 56
    ZERO, // 57
    '', // 58
    ZERO, // 59
    '', // 60
    '', // 61
    raw(0), // 62
  ];
  const sender: EppSender = { ...opts.sender, warehouseCode: from, warehouseName: from };
  const { bytes, replaced } = writeEppFile(
    [
      { label: 'INFO', records: [infoRecord(sender, opts.codePage ?? 1250, opts.exportedAt, opts.issuedBy, opts.timeZone)] },
      { label: 'NAGLOWEK', records: [header] },
      { label: 'ZAWARTOSC', records: lines },
    ],
    opts.codePage ?? 1250,
  );
  return { bytes, replaced, fileName: mmFileName(t.kontorReference) };
}

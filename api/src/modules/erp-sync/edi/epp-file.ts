import { decodeEpp, encodeEpp, type EppCodePage } from './epp-encoding';
import { EppSyntaxError, formatEppText, parseEppText, raw, type EppOut, type EppRecord, type EppSection } from './epp-text';
import { formatEppDate, parseEppDate, parseInteger, EppValueError } from './epp-values';

/**
 * An EDI++ file as a whole: the [INFO] record (the file header: format version, purpose, code page, generator,
 * sender, warehouse, period, who exported and when) followed by blocks: a [NAGLOWEK] with either a master-data
 * keyword (TOWARY, CENNIK, KONTRAHENCI, …) or a document header (ZK, FS, …), each with its [ZAWARTOSC].
 */

/** Master-data keywords of the EDI++ description. */
export const MASTER_KEYWORDS = [
  'KONTRAHENCI',
  'GRUPYKONTRAHENTOW',
  'CECHYKONTRAHENTOW',
  'TOWARY',
  'CENNIK',
  'GRUPYTOWAROW',
  'CECHYTOWAROW',
  'PRACOWNICY',
  'URZEDY',
  'IDENTYFIKATORYPLATNOSCI',
  'DOKUMENTYZNACZNIKI',
] as const;

/** Document types whose header and lines follow the trade/warehouse document layout. */
export const TRADE_DOCUMENT_TYPES = [
  'FZ', 'FR', 'FS', 'RZ', 'RS', 'KFZ', 'KFS', 'KRZ', 'KRS', 'MMW', 'PZ', 'WZ', 'VPZ', 'VWZ', 'PW', 'RW', 'ZW', 'ZD', 'ZK', 'PA',
  'FWN', 'FWO', 'KWN', 'KWO', 'FM',
]; // prettier-ignore
export const CASH_DOCUMENT_TYPES = ['KP', 'KW', 'BP', 'BW'];

/** The [INFO] record: 24 fields in format 1.05; later versions (up to 1.11) add fields at the end. */
export const INFO_FIELDS = 24;

export interface EppInfo {
  version: string;
  purpose: number;
  codePage: EppCodePage;
  generator: string;
  senderCode: string;
  senderShortName: string;
  senderName: string;
  senderCity: string;
  senderPostCode: string;
  senderStreet: string;
  senderTaxId: string;
  warehouseCode: string;
  warehouseName: string;
  exportedBy: string;
  exportedAt: Date | null;
}

export type EppBlock =
  | { kind: 'master'; keyword: string; line: number; records: EppRecord[] }
  | { kind: 'document'; docType: string; line: number; header: EppRecord; lines: EppRecord[] };

export interface EppFile {
  info: EppInfo;
  blocks: EppBlock[];
  /** Things worth telling a person that did not stop the file. */
  warnings: string[];
}

/** The file cannot be read at all; `truncated` when it looks cut short. */
export class EppFileError extends Error {
  constructor(
    message: string,
    readonly truncated = false,
  ) {
    super(message);
    this.name = 'EppFileError';
  }
}

const VERSION = /^1\.(0[5-9]|1[0-9])(\.\d+)?$/;

export function parseEppFile(bytes: Buffer, timeZone: string): EppFile {
  const decoded = decodeEpp(bytes); // throws EppEncodingError
  let sections: EppSection[];
  try {
    sections = parseEppText(decoded.text);
  } catch (e) {
    if (e instanceof EppSyntaxError) throw new EppFileError(e.message, e.truncated);
    throw e;
  }
  const warnings = [...decoded.warnings];

  const [first, ...rest] = sections;
  if (first.label !== 'INFO') throw new EppFileError(`the first section is [${first.label}]; an EDI++ file starts with [INFO]`);
  if (first.records.length !== 1)
    throw new EppFileError(`[INFO] (line ${first.line}) must hold exactly one record, it holds ${first.records.length}`);
  const info = parseInfo(first.records[0], decoded.codePage, timeZone);
  if (!VERSION.test(info.version))
    throw new EppFileError(`[INFO] names format version "${info.version}"; this reader knows EDI++ 1.05 to 1.11`);

  const blocks: EppBlock[] = [];
  for (let i = 0; i < rest.length; i++) {
    const s = rest[i];
    if (s.label === 'ZAWARTOSC') throw new EppFileError(`line ${s.line}: [ZAWARTOSC] without a [NAGLOWEK] right before it`);
    if (s.label === 'INFO') throw new EppFileError(`line ${s.line}: a second [INFO] section`);
    if (s.label !== 'NAGLOWEK') throw new EppFileError(`line ${s.line}: unknown section [${s.label}]`);
    if (s.records.length !== 1)
      throw new EppFileError(`line ${s.line}: [NAGLOWEK] must hold exactly one record, it holds ${s.records.length}`);
    const header = s.records[0];
    const next = rest[i + 1];
    const content = next?.label === 'ZAWARTOSC' ? next : null;
    if (content) i++;
    const key = header.fields[0]?.value ?? '';
    if (header.fields.length === 1) {
      if (!(MASTER_KEYWORDS as readonly string[]).includes(key)) {
        throw new EppFileError(`line ${header.line}: unknown master-data keyword "${key}" in [NAGLOWEK]`);
      }
      if (!content)
        throw new EppFileError(`line ${header.line}: [NAGLOWEK] "${key}" has no [ZAWARTOSC] section after it (missing section)`);
      blocks.push({ kind: 'master', keyword: key, line: s.line, records: content.records });
      continue;
    }
    if (TRADE_DOCUMENT_TYPES.includes(key) || CASH_DOCUMENT_TYPES.includes(key)) {
      const lines = content?.records ?? [];
      if (TRADE_DOCUMENT_TYPES.includes(key) && header.fields.length >= 25) {
        const declared = header.fields[24].value;
        let count: number;
        try {
          count = parseInteger(declared, 'number of lines');
        } catch (e) {
          throw new EppFileError(`line ${header.line}: document ${key} header field 25 (number of lines): ${(e as Error).message}`);
        }
        // Accounting exports carry VAT-rate rows instead of lines; only line-per-item content is checked.
        if (lines.length > 0 && lines[0].fields.length >= 20 && count !== lines.length) {
          throw new EppFileError(
            `line ${header.line}: document ${key} declares ${count} lines but [ZAWARTOSC] holds ${lines.length} (missing or extra lines)`,
            lines.length < count,
          );
        }
      }
      blocks.push({ kind: 'document', docType: key, line: s.line, header, lines });
      continue;
    }
    throw new EppFileError(
      `line ${header.line}: [NAGLOWEK] starts with "${key.slice(0, 30)}", neither a master-data keyword nor a document type`,
    );
  }
  if (blocks.length === 0) throw new EppFileError('the file holds only [INFO]: no [NAGLOWEK]/[ZAWARTOSC] sections (missing sections)');
  return { info, blocks, warnings };
}

function parseInfo(rec: EppRecord, codePage: EppCodePage, timeZone: string): EppInfo {
  const f = rec.fields.map((x) => x.value);
  if (f.length < INFO_FIELDS) {
    throw new EppFileError(
      `[INFO] (line ${rec.line}) has ${f.length} fields, the EDI++ description has ${INFO_FIELDS} (the record is cut short)`,
      true,
    );
  }
  let purpose: number;
  let exportedAt: Date | null;
  try {
    purpose = parseInteger(f[1], 'purpose');
    exportedAt = parseEppDate(f[19], timeZone, 'export time');
  } catch (e) {
    if (e instanceof EppValueError) throw new EppFileError(`[INFO] (line ${rec.line}): ${e.message}`);
    throw e;
  }
  return {
    version: f[0],
    purpose,
    codePage,
    generator: f[3],
    senderCode: f[4],
    senderShortName: f[5],
    senderName: f[6],
    senderCity: f[7],
    senderPostCode: f[8],
    senderStreet: f[9],
    senderTaxId: f[10],
    warehouseCode: f[11],
    warehouseName: f[12],
    exportedBy: f[18],
    exportedAt,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** Who writes the file: goes into [INFO]. */
export interface EppSender {
  code: string;
  shortName: string;
  name: string;
  city: string;
  postCode: string;
  street: string;
  taxId: string;
  warehouseCode: string;
  warehouseName: string;
  country: string;
}

export const EPP_WRITE_VERSION = '1.11';
/** Purpose "inny cel" (other): the file goes to a sales/warehouse system, not to an accounting office. */
export const PURPOSE_OTHER = 3;

export function infoRecord(sender: EppSender, codePage: EppCodePage, exportedAt: Date, exportedBy: string, timeZone: string): EppOut[] {
  return [
    EPP_WRITE_VERSION,
    raw(PURPOSE_OTHER),
    raw(codePage),
    'Kontor',
    sender.code,
    sender.shortName,
    sender.name,
    sender.city,
    sender.postCode,
    sender.street,
    sender.taxId,
    sender.warehouseCode,
    sender.warehouseName,
    '',
    '',
    raw(0),
    null,
    null,
    exportedBy,
    raw(formatEppDate(exportedAt, timeZone)),
    sender.country,
    '',
    '',
    raw(0),
  ];
}

export function writeEppFile(
  sections: ReadonlyArray<{ label: string; records: ReadonlyArray<readonly EppOut[]> }>,
  codePage: EppCodePage,
): { bytes: Buffer; replaced: string[] } {
  return encodeEpp(formatEppText(sections), codePage);
}

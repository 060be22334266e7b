import iconv from 'iconv-lite';

/**
 * EDI++ files are Windows-1250 or CP852 (Latin 2); the third field of the [INFO] record names the code page
 * (1250 or 852). The declared code page is checked against the bytes: UTF-8 text, bytes that are undefined in
 * the declared code page, or text that reads much better in the other code page make the file "wrongly
 * encoded". Without a declaration the better-reading code page is taken, with a warning.
 */

export type EppCodePage = 1250 | 852;

export const ICONV_NAME: Record<EppCodePage, string> = { 1250: 'win1250', 852: 'cp852' };

export class EppEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EppEncodingError';
  }
}

export interface DecodedEpp {
  text: string;
  codePage: EppCodePage;
  /** The code page the [INFO] record declares, as written ('' when absent). */
  declared: string;
  warnings: string[];
}

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
// Hard: never in a sound file. Soft: symbols and box drawing a wrong code page produces.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const HARD = /[\uFFFD\u0001-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F]/g;
const HARD_ONE = new RegExp(HARD.source);
const SOFT = /[\u2500-\u25FF†‡‰«»¤¦¨˝ˇ˘˛˙´¸¬]/g;

interface Reading {
  codePage: EppCodePage;
  text: string;
  hard: number;
  soft: number;
  polish: number;
}

const count = (text: string, re: RegExp) => {
  let k = 0;
  re.lastIndex = 0;
  while (re.exec(text)) k++;
  return k;
};

/** Judging a code page needs a sample only; undefined bytes are then searched in the whole text. */
const SAMPLE_BYTES = 256 * 1024;

function read(buf: Buffer, codePage: EppCodePage): Reading {
  const text = iconv.decode(buf, ICONV_NAME[codePage]);
  return { codePage, text, hard: count(text, HARD), soft: count(text, SOFT), polish: count(text, POLISH) };
}

/** True when the bytes are valid UTF-8 and use at least one multi-byte sequence. */
export function looksLikeUtf8(buf: Buffer): boolean {
  let multi = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    let extra: number;
    if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return false;
    if (i + extra >= buf.length) return false;
    for (let k = 1; k <= extra; k++) if ((buf[i + k] & 0xc0) !== 0x80) return false;
    multi = true;
    i += extra;
  }
  return multi;
}

/** The code-page field of the [INFO] record, read from the raw bytes (the record is ASCII before field 4). */
export function declaredCodePage(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /^\uFEFF?\[INFO\][ \t]*\r?\n(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(head.replace(/^\u00EF\u00BB\u00BF/, ''));
  if (!m) return null;
  // Fields 1..3: "version",purpose,codepage — split the start of the line respecting quotes.
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of m[1]) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(cur);
      cur = '';
      if (fields.length === 3) break;
    } else cur += ch;
  }
  if (fields.length < 3) fields.push(cur);
  return fields.length >= 3 ? fields[2].trim() : '';
}

const NAME: Record<EppCodePage, string> = { 1250: 'Windows-1250', 852: 'CP852' };

function firstLineWith(text: string, re: RegExp): number {
  const idx = text.search(new RegExp(re.source));
  return idx < 0 ? 0 : text.slice(0, idx).split('\n').length;
}

export function decodeEpp(buf: Buffer): DecodedEpp {
  const warnings: string[] = [];
  const declaredRaw = declaredCodePage(buf);
  if (declaredRaw === null) {
    throw new EppEncodingError('the file does not start with an [INFO] section, so it is not an EDI++ file (or it is empty)');
  }
  const declared = declaredRaw.replace(/^"|"$/g, '');
  const hasBom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (hasBom || looksLikeUtf8(buf)) {
    throw new EppEncodingError(
      `the bytes are UTF-8 but EDI++ files are Windows-1250 or CP852` +
        (declared ? ` ([INFO] declares code page ${declared})` : '') +
        `; export the file again from the ERP without converting it`,
    );
  }

  const sample = buf.subarray(0, SAMPLE_BYTES);
  const r1250 = read(sample, 1250);
  const r852 = read(sample, 852);
  const bad = (r: Reading) => r.hard * 10 + r.soft;
  const whole = (r: Reading): Reading => {
    if (buf.length <= SAMPLE_BYTES) return r;
    const text = iconv.decode(buf, ICONV_NAME[r.codePage]);
    return { ...r, text, hard: HARD_ONE.test(text) ? count(text, HARD) : 0 };
  };

  if (declared === '1250' || declared === '852') {
    const other = declared === '1250' ? r852 : r1250;
    const sampled = declared === '1250' ? r1250 : r852;
    if (bad(other) < bad(sampled) && other.hard === 0 && other.polish > sampled.polish) {
      const s = sampled;
      throw new EppEncodingError(
        `[INFO] declares code page ${declared} (${NAME[s.codePage]}) but the text reads as ${NAME[other.codePage]}: ` +
          `${s.hard + s.soft} characters are garbled in ${NAME[s.codePage]} (first at line ${firstLineWith(s.text, s.hard ? HARD : SOFT)}); ` +
          `fix the code page in the export settings`,
      );
    }
    const mine = whole(sampled);
    if (mine.hard > 0) {
      throw new EppEncodingError(
        `${mine.hard} bytes are not valid text in ${NAME[mine.codePage]} (first at line ${firstLineWith(mine.text, HARD)}); ` +
          `the file is damaged or in another encoding`,
      );
    }
    return { text: mine.text, codePage: mine.codePage, declared, warnings };
  }

  if (declared !== '') {
    throw new EppEncodingError(`[INFO] declares code page "${declared}"; EDI++ knows only 1250 (Windows) and 852 (Latin 2)`);
  }
  // No declaration: take the better reading.
  const best = whole(bad(r852) < bad(r1250) ? r852 : r1250);
  if (best.hard > 0) {
    throw new EppEncodingError(`[INFO] declares no code page and the bytes are valid neither in Windows-1250 nor in CP852`);
  }
  warnings.push(`[INFO] declares no code page; read as ${NAME[best.codePage]} by the characters found`);
  return { text: best.text, codePage: best.codePage, declared, warnings };
}

/**
 * Encodes text for an EDI++ file. Characters the code page lacks become their base letter when there is one
 * ("ñ" → "n"), otherwise "?"; each replacement is reported.
 */
export function encodeEpp(text: string, codePage: EppCodePage = 1250): { bytes: Buffer; replaced: string[] } {
  const name = ICONV_NAME[codePage];
  const replaced: string[] = [];
  let safe = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || iconv.decode(iconv.encode(ch, name), name) === ch) {
      safe += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const sub = base !== ch && base.length > 0 && iconv.decode(iconv.encode(base, name), name) === base ? base : '?';
    replaced.push(`${ch}→${sub}`);
    safe += sub;
  }
  return { bytes: iconv.encode(safe, name), replaced };
}

import { readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeEpp, encodeEpp, EppEncodingError, looksLikeUtf8 } from '../../../src/modules/erp-sync/edi/epp-encoding';
import { EppFileError, parseEppFile } from '../../../src/modules/erp-sync/edi/epp-file';
import { formatEppText, parseEppText, raw, EppSyntaxError } from '../../../src/modules/erp-sync/edi/epp-text';
import {
  EppValueError,
  formatEppDate,
  formatMinor,
  parseEppDate,
  parseMinor,
  parseQuantity,
  parseRateBp,
  quantityToThousandths,
} from '../../../src/modules/erp-sync/edi/epp-values';
import { FIXTURE_DIR, fixture } from './helpers';

describe('EDI++ values', () => {
  it('parses amounts exactly into minor units, never through a float', () => {
    expect(parseMinor('0.1000')).toEqual({ minor: 10, rounded: false });
    expect(parseMinor('0.2000').minor + parseMinor('0.1000').minor).toBe(30); // 0.1 + 0.2 as floats is 0.30000000000000004
    expect(parseMinor('90071992547409.9100')).toEqual({ minor: 9007199254740991, rounded: false });
    expect(parseMinor('-12.3400')).toEqual({ minor: -1234, rounded: false });
    expect(parseMinor('1.005')).toEqual({ minor: 101, rounded: true }); // 1.005 * 100 in floats is 100.49999…
    expect(parseMinor('1.0049')).toEqual({ minor: 100, rounded: true });
    expect(parseMinor('-1.005')).toEqual({ minor: -101, rounded: true });
    expect(parseMinor('7')).toEqual({ minor: 700, rounded: false });
  });

  it('refuses numbers that are not plain dot decimals, or too large', () => {
    for (const bad of ['12,50', '1e3', 'abc', '', '1.2.3', '0x10', '2x.00', ' . ']) {
      expect(() => parseMinor(bad), bad).toThrow(EppValueError);
    }
    expect(() => parseMinor('90071992547409.9200')).toThrow(/out of range/);
  });

  it('reads VAT rates as basis points and quantities with at most 3 decimals', () => {
    expect(parseRateBp('23.0000')).toBe(2300);
    expect(parseRateBp('5.5')).toBe(550);
    expect(parseRateBp('-1.0000')).toBe(-100);
    expect(() => parseRateBp('23.005')).toThrow(/more than 2 decimals/);
    expect(parseQuantity('1.5000')).toBe(1.5);
    expect(parseQuantity('0.0010')).toBe(0.001);
    expect(() => parseQuantity('0.0001')).toThrow(/more than 3 decimals/);
    expect(quantityToThousandths(1.005)).toBe(1005n);
    expect(quantityToThousandths(0.1 + 0.2)).toBe(300n);
    expect(() => quantityToThousandths(1.0001)).toThrow(EppValueError);
    expect(formatMinor(-5)).toBe('-0.0500');
    expect(formatMinor(123456)).toBe('1234.5600');
  });

  it('reads and writes dates in the ERP time zone, across daylight-saving time', () => {
    expect(parseEppDate('20261123144530', 'Europe/Warsaw')!.toISOString()).toBe('2026-11-23T13:45:30.000Z');
    expect(parseEppDate('20260715120000', 'Europe/Warsaw')!.toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(parseEppDate('', 'Europe/Warsaw')).toBeNull();
    expect(formatEppDate(new Date('2026-07-15T10:00:00Z'), 'Europe/Warsaw')).toBe('20260715120000');
    expect(formatEppDate(new Date('2026-11-23T23:30:00Z'), 'Europe/Warsaw')).toBe('20261124003000');
    expect(() => parseEppDate('20261332000000', 'Europe/Warsaw')).toThrow(/not a valid date/);
    expect(() => parseEppDate('2026-11-23', 'Europe/Warsaw')).toThrow(/yyyymmddhhnnss/);
  });
});

describe('EDI++ text', () => {
  it('splits sections and fields, with doubled quotes and commas inside text', () => {
    const s = parseEppText('[INFO]\r\n"a ""b"", c",1,,2.5000\r\n\r\n[NAGLOWEK]\r\n"TOWARY"\r\n');
    expect(s.map((x) => x.label)).toEqual(['INFO', 'NAGLOWEK']);
    expect(s[0].records[0].fields).toEqual([
      { value: 'a "b", c', quoted: true },
      { value: '1', quoted: false },
      { value: '', quoted: false },
      { value: '2.5000', quoted: false },
    ]);
  });

  it('writes what it reads (CRLF, quotes doubled, an empty line after each section)', () => {
    const text = formatEppText([{ label: 'INFO', records: [['x "y"', raw(3), null, 'ą']] }]);
    expect(text).toBe('[INFO]\r\n"x ""y""",3,,"ą"\r\n\r\n');
    expect(parseEppText(text)[0].records[0].fields.map((f) => f.value)).toEqual(['x "y"', '3', '', 'ą']);
  });

  it('tells a truncated file from a malformed one', () => {
    const cut = (t: string) => {
      try {
        parseEppText(t);
      } catch (e) {
        return e as EppSyntaxError;
      }
      throw new Error('no error');
    };
    expect(cut('[INFO]\r\n"1.11",3,12').truncated).toBe(true);
    expect(cut('[INFO]\r\n"1.11,3\r\n').truncated).toBe(true);
    expect(cut('[INFO]\r\n"1.11"x,3\r\n').truncated).toBe(false);
    expect(cut('[INFO]\r\n"1.11",3\r\n\u0000\u0000').message).toMatch(/NUL/);
    expect(cut('"a"\r\n').message).toMatch(/before the first section/);
  });
});

describe('EDI++ code pages', () => {
  it('reads the declared code page and both encodings give the same text', () => {
    const a = decodeEpp(fixture('products-1250.epp'));
    const b = decodeEpp(fixture('products-852.epp'));
    expect(a.codePage).toBe(1250);
    expect(b.codePage).toBe(852);
    expect(a.text).toContain('Łódź żółta ąćęłńóśźż');
    expect(a.text).toContain('ĄĆĘŁŃÓŚŹŻ');
    expect(b.text.replace(',852,', ',1250,')).toBe(a.text);
  });

  it('flags UTF-8 bytes labelled 1250 and CP852 bytes labelled 1250', () => {
    expect(() => decodeEpp(fixture('broken-utf8-labelled-1250.epp'))).toThrow(/bytes are UTF-8.*declares code page 1250/);
    expect(() => decodeEpp(fixture('broken-852-labelled-1250.epp'))).toThrow(/declares code page 1250.*reads as CP852/);
    expect(looksLikeUtf8(fixture('products-1250.epp'))).toBe(false);
    expect(looksLikeUtf8(fixture('products-852.epp'))).toBe(false);
  });

  it('guesses the code page when [INFO] declares none, and says so', () => {
    for (const [name, cp] of [
      ['products-1250.epp', 1250],
      ['products-852.epp', 852],
    ] as const) {
      const text = iconv.decode(fixture(name), cp === 1250 ? 'win1250' : 'cp852').replace(`,${cp},`, ',,');
      const d = decodeEpp(iconv.encode(text, cp === 1250 ? 'win1250' : 'cp852'));
      expect(d.codePage).toBe(cp);
      expect(d.warnings[0]).toMatch(/declares no code page/);
    }
    expect(() => decodeEpp(Buffer.from('[INFO]\r\n"1.11",3,65001,"x"\r\n'))).toThrow(/knows only 1250/);
    expect(() => decodeEpp(Buffer.from('no info'))).toThrow(EppEncodingError);
  });

  it('encodes with base letters for characters the code page lacks', () => {
    const { bytes, replaced } = encodeEpp('Łódź ñ ☃', 1250);
    expect(iconv.decode(bytes, 'win1250')).toBe('Łódź n ?');
    expect(replaced).toEqual(['ñ→n', '☃→?']);
  });
});

describe('EDI++ files', () => {
  it('reads [INFO] and the blocks', () => {
    const f = parseEppFile(fixture('products-852.epp'), 'Europe/Warsaw');
    expect(f.info).toMatchObject({
      version: '1.11',
      codePage: 852,
      generator: 'Subiekt GT',
      senderName: 'Hurtownia Żółw Sp. z o.o.',
      senderCity: 'Łódź',
    });
    expect(f.info.exportedAt!.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(f.blocks.map((b) => (b.kind === 'master' ? b.keyword : b.docType))).toEqual(['TOWARY', 'CENNIK', 'GRUPYTOWAROW']);
  });

  it.each([
    ['broken-truncated.epp', /truncated/],
    ['broken-truncated-quote.epp', /never closes.*truncated/],
    ['broken-only-info.epp', /only \[INFO\].*missing sections/],
    ['broken-missing-zawartosc.epp', /"TOWARY" has no \[ZAWARTOSC\]/],
    ['broken-missing-info.epp', /does not start with an \[INFO\]/],
    ['broken-zk-line-count.epp', /declares 2 lines but \[ZAWARTOSC\] holds 1/],
  ])('refuses %s with a reason', (name, reason) => {
    expect(() => parseEppFile(fixture(name), 'Europe/Warsaw')).toThrow(reason);
  });

  it('refuses a short [INFO] and an unknown version', () => {
    expect(() => parseEppFile(Buffer.from('[INFO]\r\n"1.11",3,1250\r\n\r\n'), 'UTC')).toThrow(EppFileError);
    const text = iconv.decode(fixture('customers-1250.epp'), 'win1250').replace('"1.11"', '"2.00"');
    expect(() => parseEppFile(iconv.encode(text, 'win1250'), 'UTC')).toThrow(/format version "2.00"/);
  });

  it('has committed fixtures equal to what the fixture script builds', async () => {
    // @ts-expect-error a plain .mjs script without types
    const { FIXTURES, buildFixture } = (await import('./fixtures/make-fixtures.mjs')) as {
      FIXTURES: Record<string, unknown>;
      buildFixture: (n: string) => Buffer;
    };
    const committed = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.epp'));
    expect(committed.sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const name of committed) expect(fixture(name).equals(buildFixture(name)), name).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatMinor, isCurrencyCode, minorDigits, parseMinor } from './currency';

describe('currency', () => {
  it('knows the minor digits of 0-, 2- and 3-digit currencies', () => {
    expect(minorDigits('PLN')).toBe(2);
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('formats minor units as decimal text without a float', () => {
    expect(formatMinor(12_345, 'PLN')).toBe('123.45');
    expect(formatMinor(5, 'PLN')).toBe('0.05');
    expect(formatMinor(0, 'PLN')).toBe('0.00');
    expect(formatMinor(-5, 'EUR')).toBe('-0.05');
    expect(formatMinor(-12_345, 'EUR')).toBe('-123.45');
    expect(formatMinor(1234, 'JPY')).toBe('1234');
    expect(formatMinor(-7, 'JPY')).toBe('-7');
    expect(formatMinor(1, 'KWD')).toBe('0.001');
    expect(formatMinor(12_345, 'KWD')).toBe('12.345');
    expect(formatMinor(Number.MAX_SAFE_INTEGER, 'PLN')).toBe('90071992547409.91');
    // exact for every safe integer, also where the division rounds up
    for (const m of [0, 1, 2, 8, 9, 92, 100, 999, 1001].map((k) => Number.MAX_SAFE_INTEGER - k)) {
      expect(formatMinor(m, 'KWD').replace('.', '')).toBe(String(m));
      expect(formatMinor(m, 'PLN').replace('.', '')).toBe(String(m));
    }
    for (let m = 0; m < 2000; m++) expect(formatMinor(m, 'KWD')).toBe((m / 1000).toFixed(3));
    expect(() => formatMinor(1.5, 'PLN')).toThrow(RangeError);
  });

  it('parses decimal text exactly and refuses extra digits', () => {
    expect(parseMinor('123.45', 'PLN')).toBe(12_345);
    expect(parseMinor('123.4', 'PLN')).toBe(12_340);
    expect(parseMinor('123', 'PLN')).toBe(12_300);
    expect(parseMinor('-0.05', 'PLN')).toBe(-5);
    expect(parseMinor('1200', 'JPY')).toBe(1200);
    expect(parseMinor('1.5', 'KWD')).toBe(1500);
    expect(() => parseMinor('1.005', 'PLN')).toThrow(RangeError);
    expect(() => parseMinor('1.5', 'JPY')).toThrow(RangeError);
    expect(() => parseMinor('abc', 'PLN')).toThrow(RangeError);
    expect(() => parseMinor('1e5', 'PLN')).toThrow(RangeError);
    for (const m of [0, 1, 99, 100, 12_345, 999_999_999]) expect(parseMinor(formatMinor(m, 'PLN'), 'PLN')).toBe(m);
  });

  it('formats basis points as a percent', () => {
    expect(formatBasisPoints(2300)).toBe('23');
    expect(formatBasisPoints(550)).toBe('5.5');
    expect(formatBasisPoints(5)).toBe('0.05');
    expect(formatBasisPoints(1234)).toBe('12.34');
    expect(formatBasisPoints(0)).toBe('0');
    expect(formatBasisPoints(-150)).toBe('-1.5');
  });

  it('checks currency codes', () => {
    expect(isCurrencyCode('PLN')).toBe(true);
    expect(isCurrencyCode('pln')).toBe(false);
    expect(isCurrencyCode('PLNX')).toBe(false);
  });
});

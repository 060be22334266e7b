import { describe, expect, it } from 'vitest';
import { documentTotals, lineTotal, quantityMilli } from './totals';

describe('line totals', () => {
  it('net = round(unit × quantity) half-up, gross from the line net', () => {
    expect(lineTotal(1999, 3, 2300)).toEqual({ netMinor: 5997, grossMinor: 7376 }); // 73.7631 → 73.76
    expect(lineTotal(333, 1.5, 2300)).toEqual({ netMinor: 500, grossMinor: 615 }); // 499.5 → 500
    expect(lineTotal(1001, 0.125, 800)).toEqual({ netMinor: 125, grossMinor: 135 }); // 125.125 → 125
    expect(lineTotal(0, 7, 2300)).toEqual({ netMinor: 0, grossMinor: 0 });
  });

  it('takes quantities with at most 3 decimals, positive', () => {
    expect(quantityMilli(2.5)).toBe(2500);
    expect(quantityMilli(0.001)).toBe(1);
    expect(quantityMilli(1.1)).toBe(1100);
    for (const q of [0, -1, 1.0005, NaN, Infinity]) expect(() => quantityMilli(q)).toThrow(RangeError);
  });
});

describe('document totals', () => {
  it('VAT per rate on the summed nets, not the sum of rounded line VATs', () => {
    // three lines of 0.33 net at 23 %: per line VAT 0.0759 → 0.08 each (0.24); on the sum 0.99 × 23 % = 0.2277 → 0.23
    const t = documentTotals([
      { netMinor: 33, vatRateBp: 2300 },
      { netMinor: 33, vatRateBp: 2300 },
      { netMinor: 33, vatRateBp: 2300 },
    ]);
    expect(t).toEqual({
      netMinor: 99,
      vatMinor: 23,
      grossMinor: 122,
      byRate: [{ vatRateBp: 2300, netMinor: 99, vatMinor: 23, grossMinor: 122 }],
    });
  });

  it('one entry per rate, highest first, totals add up', () => {
    const t = documentTotals([
      { netMinor: 1000, vatRateBp: 800 },
      { netMinor: 2000, vatRateBp: 2300 },
      { netMinor: 500, vatRateBp: 0 },
      { netMinor: 1050, vatRateBp: 800 },
    ]);
    expect(t.byRate.map((r) => r.vatRateBp)).toEqual([2300, 800, 0]);
    expect(t.byRate[1]).toEqual({ vatRateBp: 800, netMinor: 2050, vatMinor: 164, grossMinor: 2214 });
    expect(t.netMinor).toBe(4550);
    expect(t.vatMinor).toBe(460 + 164 + 0);
    expect(t.grossMinor).toBe(t.netMinor + t.vatMinor);
  });

  it('an empty document is zero; bad lines are refused', () => {
    expect(documentTotals([])).toEqual({ netMinor: 0, vatMinor: 0, grossMinor: 0, byRate: [] });
    expect(() => documentTotals([{ netMinor: -1, vatRateBp: 2300 }])).toThrow(RangeError);
    expect(() => documentTotals([{ netMinor: 1, vatRateBp: 10_001 }])).toThrow(RangeError);
  });
});

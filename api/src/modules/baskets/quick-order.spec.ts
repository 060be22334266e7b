import { describe, expect, it } from 'vitest';
import { parseQuickOrder } from './quick-order';

describe('quick order parsing', () => {
  it('reads SKU;quantity lines, CSV with a header, tabs and decimal commas', () => {
    const r = parseQuickOrder('sku,quantity\nA-1,2\n"B-2",3.5\n');
    expect(r.map((l) => [l.sku, l.quantity, l.error])).toEqual([
      ['A-1', 2, null],
      ['B-2', 3.5, null],
    ]);
    expect(parseQuickOrder('C-3;1,5\nD-4\t7').map((l) => [l.sku, l.quantity])).toEqual([
      ['C-3', 1.5],
      ['D-4', 7],
    ]);
  });

  it('says why a line was not understood, with its line number', () => {
    const r = parseQuickOrder('A-1;2\n\njunk\nB-2;-3\nC-3;abc\nD-4;1.2345');
    expect(r.map((l) => [l.lineNo, l.error])).toEqual([
      [1, null],
      [3, 'UNPARSEABLE'],
      [4, 'BAD_QUANTITY'],
      [5, 'BAD_QUANTITY'],
      [6, 'BAD_QUANTITY'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPgClient } from '../../src/modules/erp-sync/pg';
import { plainArray, textArray } from '../../src/modules/erp-sync/sink-support';
import { cmpTime } from '../../src/modules/erp-sync/sync-engine';
import { startErpApp, type ErpTestApp } from './erp-harness';

describe('ERP sync: array parameters written as literals', () => {
  let app: ErpTestApp;
  beforeAll(async () => {
    app = await startErpApp({ connector: null });
  });
  afterAll(async () => {
    await app?.close();
  });

  const roundTrip = <T>(sql: string, literal: string) =>
    withPgClient(app.core.orm.em.fork(), (c) => c.query<{ a: T[] }>(sql, [literal]).then((r) => r.rows[0]!.a));

  it('reads back every text as it was, quotes, backslashes, commas, braces and the word NULL included', async () => {
    const texts = ['plain', 'with "quotes"', 'back\\slash', '\\"both\\"', 'a,b', '{braces}', 'NULL', '', ' spaced ', 'Zażółć', null];
    expect(textArray(texts)).toContain('"NULL"');
    expect(await roundTrip<string | null>('select $1::text[] a', textArray(texts))).toEqual(texts);
  });

  it('writes uuids and numbers bare and null or undefined as NULL', async () => {
    const ids = ['7b0c9a5e-2f7d-4f7e-9a55-0d3c1e6b2a10', null, undefined, '00000000-0000-0000-0000-000000000001'];
    expect(plainArray(ids)).toBe('{7b0c9a5e-2f7d-4f7e-9a55-0d3c1e6b2a10,NULL,NULL,00000000-0000-0000-0000-000000000001}');
    expect(await roundTrip<string | null>('select $1::uuid[] a', plainArray(ids))).toEqual([ids[0], null, null, ids[3]]);
    expect(await roundTrip<number>('select $1::numeric[] a', plainArray([1, -2.5, 0, 1e-7]))).toEqual([1, -2.5, 0, 1e-7]);
  });

  it('writes an empty array as {}', async () => {
    expect(textArray([])).toBe('{}');
    expect(plainArray([])).toBe('{}');
    expect(await roundTrip<string>('select $1::text[] a', textArray([]))).toEqual([]);
  });
});

describe('ERP sync: change times ordered', () => {
  it('orders millisecond UTC times as strings and any other form by the instant it names', () => {
    expect(cmpTime('2026-12-07T10:00:00.000Z', '2026-12-07T10:00:00.001Z')).toBeLessThan(0);
    expect(cmpTime('2026-12-07T10:00:00.001Z', '2026-12-07T10:00:00.000Z')).toBeGreaterThan(0);
    expect(cmpTime('2026-12-07T10:00:00.000Z', '2026-12-07T10:00:00.000Z')).toBe(0);
    // 11:30 at +02:00 is 09:30 UTC: earlier, though it sorts later as a string.
    expect(cmpTime('2026-12-07T11:30:00+02:00', '2026-12-07T10:00:00.000Z')).toBeLessThan(0);
    expect(cmpTime('2026-12-07T10:00:00Z', '2026-12-07T10:00:00.000Z')).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPgTransaction, withPgClient } from '../../src/modules/erp-sync/pg';
import { copyColumns, copyField, stagePage } from '../../src/modules/erp-sync/sink-support';
import { cmpTime } from '../../src/modules/erp-sync/sync-engine';
import { startErpApp, type ErpTestApp } from './erp-harness';

describe('ERP sync: rows copied into staging tables (COPY, text format)', () => {
  let app: ErpTestApp;
  beforeAll(async () => {
    app = await startErpApp({ connector: null });
  });
  afterAll(async () => {
    await app?.close();
  });

  const tx = <T>(fn: Parameters<typeof inPgTransaction<T>>[1]) => inPgTransaction(app.core.orm.em.fork(), fn);

  it('escapes what the text format gives meaning to, and writes null as \\N', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(-2.5)).toBe('-2.5');
    expect([copyField(true), copyField(false)]).toEqual(['t', 'f']);
    expect(copyField(new Date(Date.UTC(2026, 11, 8, 1, 2, 3, 4)))).toBe('2026-12-08T01:02:03.004Z');
    expect(copyField({ code: 'a\tb', list: [1, 'x\ny'] })).toBe('{"code":"a\\\\tb","list":[1,"x\\\\ny"]}');
  });

  it('reads back every value as it was: tabs, newlines, backslashes, quotes, the text \\N, nulls, numbers, JSON', async () => {
    const texts = ['plain', 'tab\there', 'two\nlines', 'cr\rhere', 'back\\slash', '\\N', 'with "quotes"', '', ' Zażółć ', null];
    const numbers = texts.map((_, i) => (i % 3 === 0 ? null : i * 1.25 - 3));
    const docs = texts.map((t, i) => (i % 2 ? JSON.stringify([{ date: '2026-12-24', note: `x\\"${t ?? ''}\t` }]) : null));
    const back = await tx(async (c) => {
      await c.query('create temp table copy_check (i int, t text, n numeric, j json) on commit drop');
      await copyColumns(c, 'copy_check', ['i', 't', 'n', 'j'], [texts.map((_, i) => i), texts, numbers, docs]);
      return (await c.query<{ t: string | null; n: string | null; j: unknown }>('select t, n::text n, j from copy_check order by i')).rows;
    });
    expect(back.map((r) => r.t)).toEqual(texts);
    expect(back.map((r) => (r.n === null ? null : Number(r.n)))).toEqual(numbers);
    expect(back.map((r) => r.j)).toEqual(docs.map((d) => (d === null ? null : JSON.parse(d))));
  });

  it('a page staging table is made afresh in each use and gone at commit; a value its column cannot take fails the transaction', async () => {
    await withPgClient(app.core.orm.em.fork(), async (c) => {
      const count = () => c.query<{ n: number }>('select count(*)::int n from page_check').then((r) => r.rows[0].n);
      const exists = () =>
        c.query<{ r: string | null }>(`select to_regclass('pg_temp.page_check')::text r`).then((r) => r.rows[0].r !== null);
      await c.query('begin');
      await stagePage(c, 'page_check', 'a int', ['a'], [[1, 2, 3]]);
      expect(await count()).toBe(3);
      await stagePage(c, 'page_check', 'a int', ['a'], [[4]]);
      expect(await count()).toBe(1);
      await c.query('commit');
      expect(await exists()).toBe(false);
      await c.query('begin');
      await expect(stagePage(c, 'page_check', 'a int', ['a'], [['not a number']])).rejects.toThrow(/invalid input syntax for type integer/);
      await c.query('rollback');
      expect(await exists()).toBe(false);
    });
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

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { QuarantinedInput } from './erp-connector';
import type { PgClient } from './pg';
import type { ApplyResult, RunMemory } from './sinks';

/*
 * What the catalog, pricing and stock sinks share: staging as JSON, rejections, changed keys, id look-ups.
 */

export const json = (rows: unknown[]) => JSON.stringify(rows);

/*
 * Bulk rows go to PostgreSQL with COPY into a staging table (text format, written in one pass), and from there
 * into their table with one INSERT … ON CONFLICT.
 */

/**
 * A field of COPY's text format: null as \N, booleans as t/f, dates in ISO form, objects as JSON; backslashes,
 * tabs, newlines and carriage returns escaped.
 */
export function copyField(v: unknown): string {
  if (v == null) return '\\N';
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 't' : 'f';
    case 'string':
      return COPY_SPECIAL.test(v) ? v.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]) : v;
    default:
      return copyField(v instanceof Date ? v.toISOString() : JSON.stringify(v));
  }
}
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

type CopyValue = unknown;

/**
 * Copies rows into `table (names)` with `COPY … FROM STDIN` (text format): the rows come column by column, all
 * columns of one length. A value the column cannot take fails the COPY, and with it the caller's transaction.
 */
export async function copyColumns(
  client: PgClient,
  table: string,
  names: readonly string[],
  columns: ReadonlyArray<ReadonlyArray<CopyValue>>,
): Promise<void> {
  const n = columns[0]?.length ?? 0;
  if (!n) return;
  let out = '';
  for (let i = 0; i < n; i++) {
    let line = copyField(columns[0][i]);
    for (let c = 1; c < columns.length; c++) line += '\t' + copyField(columns[c][i]);
    out += line + '\n';
  }
  await pipeline(Readable.from([out]), client.query(copyFrom(`copy ${table} (${names.map((n) => `"${n}"`).join(', ')}) from stdin`)));
}

/**
 * A page's staging table: made afresh for this transaction (dropped at its commit), then filled by COPY. `columns`
 * is the table's column list with types.
 */
export async function stagePage(
  client: PgClient,
  table: string,
  columns: string,
  names: readonly string[],
  values: ReadonlyArray<ReadonlyArray<CopyValue>>,
): Promise<void> {
  await client.query(`drop table if exists pg_temp.${table}; create temp table ${table} (${columns}) on commit drop`);
  await copyColumns(client, table, names, values);
}

/**
 * What a staged first load's one write returns, as the sink's result: its summary row (k = 0: rows written `n`, rows
 * staged, the products named when few enough) and one row per staged record it could not resolve (k = 1, the record
 * as JSON in `raw`), quarantined with `reason`. Rows staged and then superseded by a later page count as unchanged.
 */
export function stagedLoadResult(
  entity: 'prices' | 'stock',
  rows: Array<{ k: number; n: number; staged: number; ps: string[] | null; raw: string | null }>,
  reason: string,
  topic: string,
): ApplyResult {
  const { n, staged, ps } = rows.find((r) => r.k === 0)!;
  const rejected = rows.filter((r) => r.k === 1).map((r) => reject(entity, JSON.parse(r.raw!), reason));
  return {
    changed: n,
    unchanged: staged - n - rejected.length,
    rejected,
    events: n ? [{ topic, payload: { productErpIds: ps ?? [] } }] : [],
  };
}

/** Pages larger than this announce "many products changed" instead of naming them (no per-row look-up back). */
export const KEYS_FOR_EVENTS = 1000;

/**
 * The product ERP ids an upsert changed, from its `count` and (up to KEYS_FOR_EVENTS) its product ids, so a big
 * page does not send every changed row back; beyond that, empty keys (events then say "many"). `p` and `pe` are
 * the page's product ids and their ERP ids, side by side.
 */
export function changedKeys(res: { n: number; ps: string[] | null }, p: ReadonlyArray<string>, pe: ReadonlyArray<string>): string[] {
  if (!res.ps) return new Array<string>(res.n).fill('');
  const erpOf = new Map<string, string>();
  for (let i = 0; i < p.length; i++) erpOf.set(p[i], pe[i]);
  return res.ps.map((id) => erpOf.get(id) ?? '');
}
export const reject = (entity: QuarantinedInput['entity'], raw: unknown, reason: string): QuarantinedInput => ({
  entity,
  raw: JSON.stringify(raw),
  reason,
});

/** Runs an upsert that returns `('c', erp id)` for each row it changed and `('x', erp id)` for each it refused. */
export async function collect(client: PgClient, sql: string, params: unknown[]) {
  const res = await client.query<{ k: string; v: string | null }>(sql, params);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const r of res.rows) (r.k === 'c' ? changed : missing).push(r.v ?? '');
  return { changed, missing };
}

/**
 * Kontor ids of ERP ids, remembered for the run: price and stock pages name the same products again and again,
 * so a big run loads the table's ids once instead of probing the index once per row.
 */
export async function idsOf(
  client: PgClient,
  memory: RunMemory | undefined,
  table: 'product' | 'warehouse' | 'price_list',
  erpIds: string[],
) {
  const key = `ids:${table}`;
  let ids = memory?.get(key) as Map<string, string> | undefined;
  if (!ids) {
    ids = new Map();
    memory?.set(key, ids);
    if (erpIds.length >= 2000) {
      const all = await client.query<{ erp_id: string; id: string }>(`select erp_id, id from "${table}" where erp_id is not null`);
      for (const r of all.rows) ids.set(r.erp_id, r.id);
    }
  }
  const unknown = new Set<string>();
  for (const id of erpIds) if (!ids.has(id)) unknown.add(id);
  if (unknown.size) {
    const res = await client.query<{ erp_id: string; id: string }>(`select erp_id, id from "${table}" where erp_id = any($1)`, [
      [...unknown],
    ]);
    for (const r of res.rows) ids.set(r.erp_id, r.id);
  }
  return ids;
}

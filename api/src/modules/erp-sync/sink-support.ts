import type { QuarantinedInput } from './erp-connector';
import type { PgClient } from './pg';
import type { RunMemory } from './sinks';

/*
 * What the catalog, pricing and stock sinks share: staging as JSON, rejections, changed keys, id look-ups.
 */

export const json = (rows: unknown[]) => JSON.stringify(rows);

/*
 * Array parameters as PostgreSQL array literals, written in one pass: node-postgres would quote and escape each
 * element of a 10,000-element array on its own (a second of CPU in a million-row import).
 */

/** An array literal of uuids or finite numbers (nothing in them to quote); null elements are NULL. */
export function plainArray(values: ReadonlyArray<string | number | null | undefined>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += (i ? ',' : '') + (v == null ? 'NULL' : v);
  }
  return out + '}';
}

/** An array literal of texts, each quoted (backslashes and double quotes escaped); null elements are NULL. */
export function textArray(values: ReadonlyArray<string | null | undefined>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += (i ? ',' : '') + (v == null ? 'NULL' : `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPED, '\\$&') : v}"`);
  }
  return out + '}';
}
const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

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

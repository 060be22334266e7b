import { createHash } from 'node:crypto';
import type { Ctx } from '../../common/context';

interface Prepared {
  name: string;
  text: string;
}

const MAX_PREPARED = 500;
const prepared = new Map<string, Prepared>();

/** `?` placeholders → `$1…`, and a stable statement name derived from the text. */
function prepare(sql: string): Prepared {
  let p = prepared.get(sql);
  if (!p) {
    let i = 0;
    const text = sql.replace(/\?/g, () => `$${++i}`);
    p = { name: `kc_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`, text };
    if (prepared.size >= MAX_PREPARED) prepared.clear();
    prepared.set(sql, p);
  }
  return p;
}

interface PgClient {
  query(q: { name?: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs one of the catalog's read statements as a named prepared statement on a pooled connection: PostgreSQL
 * plans it once per connection instead of on every request (the product table has many indexes, and planning
 * cost as much as running the page). Values travel as parameters, never in the text. Not for use inside a
 * transaction (it takes its own pooled connection); the catalog's reads need none.
 *
 * `prepared: false` plans the statement for its actual values every time: for statements whose best plan
 * depends on them (a LIKE prefix, a common or a rare word), where a cached generic plan would be a bad one.
 */
export async function query<T>(ctx: Ctx, sql: string, params: readonly unknown[] = [], opts: { prepared?: boolean } = {}): Promise<T[]> {
  const { name, text } = prepare(sql);
  const knex = ctx.em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    return (await client.query(opts.prepared === false ? { text, values: params } : { name, text, values: params })).rows as T[];
  } finally {
    await knex.client.releaseConnection(client);
  }
}

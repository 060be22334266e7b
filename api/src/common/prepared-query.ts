import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Pool } from 'pg';
import type { Ctx } from './context';

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
  query(q: {
    name?: string;
    text: string;
    values: readonly unknown[];
    rowMode: 'array';
  }): Promise<{ rows: unknown[][]; fields: Array<{ name: string }> }>;
}

type RowFactory = (values: unknown[]) => unknown;
const factories = new Map<string, RowFactory>();

/**
 * Builds row objects of one fixed shape from the driver's value arrays. The driver's own row objects are
 * copies of a prototype-less template, which V8 keeps as hash tables: every later read (GraphQL completing
 * 50 rows × 15 fields, JSON) then takes the slow path. An object literal per shape is a fast object.
 */
function rowFactory(fields: Array<{ name: string }>): RowFactory {
  const key = fields.map((f) => f.name).join('\u0000');
  let make = factories.get(key);
  if (!make) {
    const props = fields.map((f, i) => `${JSON.stringify(f.name)}: v[${i}]`).join(', ');
    make = new Function('v', `return { ${props} };`) as RowFactory;
    if (factories.size >= MAX_PREPARED) factories.clear();
    factories.set(key, make);
  }
  return make;
}

/**
 * Runs a hot read statement as a named prepared statement on a pooled connection: PostgreSQL keeps its generic plan
 * per connection — when that plan's estimate is no dearer than planning for the values, else see `generic` — instead
 * of planning on every request (the product table has many indexes, and planning cost as much as running a page). Values travel as parameters, never in the text. Rows
 * come back as fast objects keyed by the statement's column names. Not for use inside a transaction (it takes
 * its own pooled connection); it is for reads that need none.
 *
 * `prepared: false` plans the statement for its actual values every time: for statements whose best plan
 * depends on them (a LIKE prefix, a common or a rare word), where a generic plan would be a bad one.
 *
 * `generic: true` runs the generic plan always, on a small pool of its own whose sessions are set up for it
 * (`plan_cache_mode = force_generic_plan`). PostgreSQL otherwise plans a statement for its values again on every run
 * whenever the generic plan's estimate — made without the values — looks dearer than the plans made with them; a
 * statement built so that no value changes its best plan (the quick search's ranking) would then pay for planning
 * (~0.6 ms with the product table's indexes) to run in 0.03 ms.
 */
export async function query<T>(
  ctx: Ctx,
  sql: string,
  params: readonly unknown[] = [],
  opts: { prepared?: boolean; generic?: boolean } = {},
): Promise<T[]> {
  const { name, text } = prepare(sql);
  if (opts.generic && opts.prepared !== false) {
    return rowsOf<T>(await genericPool(ctx.connection).query({ name, text, values: params as unknown[], rowMode: 'array' }));
  }
  const knex = ctx.connection.getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    return rowsOf<T>(
      await client.query(
        opts.prepared === false ? { text, values: params, rowMode: 'array' } : { name, text, values: params, rowMode: 'array' },
      ),
    );
  } finally {
    await knex.client.releaseConnection(client);
  }
}

function rowsOf<T>(res: { rows: unknown[][]; fields: Array<{ name: string }> }): T[] {
  const make = rowFactory(res.fields);
  const rows = new Array<T>(res.rows.length);
  for (let i = 0; i < rows.length; i++) rows[i] = make(res.rows[i]) as T;
  return rows;
}

type OrmConnection = Ctx['connection'];
/** Per ORM connection: the pool for `generic` reads (made on first use, closed by closeGenericPool). */
const genericPools = new WeakMap<OrmConnection, Pool>();

function genericPool(connection: OrmConnection): Pool {
  let pool = genericPools.get(connection);
  if (!pool) {
    // the ORM's own settings (address, credentials, how dates are parsed), sessions that always run generic plans
    pool = new Pool({
      ...(connection.getConnectionOptions() as object),
      options: '-c plan_cache_mode=force_generic_plan',
      // the catalog's hot reads share these sessions: two per core of this machine (at least four) keep PostgreSQL busy
      // without queueing more work in it than it can run
      max: Math.max(4, 2 * availableParallelism()),
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // an idle session lost (PostgreSQL restarted): the pool opens a new one on next use
    pool.on('error', () => undefined);
    genericPools.set(connection, pool);
  }
  return pool;
}

/** Closes the `generic` pool of an ORM connection (with the ORM). */
export async function closeGenericPool(connection: OrmConnection): Promise<void> {
  const pool = genericPools.get(connection);
  if (!pool) return;
  genericPools.delete(connection);
  await pool.end();
}

import pg from 'pg';

export const ENTITIES = [
  'categories',
  'characteristics',
  'warehouses',
  'products',
  'priceLists',
  'prices',
  'customers',
  'tradeTerms',
  'promotions',
  'stock',
  'orderStatuses',
  'invoices',
  'payments',
  'balances',
];

const SCHEMA = `
create table if not exists erp_record (
  entity text not null, erp_id text not null, modified_at timestamptz not null, doc jsonb not null,
  primary key (entity, erp_id));
create index if not exists erp_record_feed on erp_record (entity, modified_at, erp_id);
create table if not exists erp_doc (
  kind text not null, kontor_reference text not null, erp_id text not null, erp_number text not null, status text not null,
  customer_erp_id text, body jsonb not null, idempotency_key text unique, created_at timestamptz not null default now(),
  primary key (kind, kontor_reference));
create table if not exists erp_pdf (invoice_erp_id text primary key, content bytea not null);
create sequence if not exists erp_doc_no;
create table if not exists erp_meta (key text primary key, value jsonb not null);
`;

/** Creates the demo ERP's database when missing (needs a server URL whose user may create databases). */
export async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`demo ERP database name "${name}" must be letters, digits and _`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!r.rowCount) await c.query(`create database ${name}`);
  } finally {
    await c.end();
  }
}

export async function migrate(pool) {
  await pool.query(SCHEMA);
}

/** The ERP's clock for modified_at: milliseconds, so cursors survive a round trip through JavaScript dates. */
export const NOW = `date_trunc('milliseconds', clock_timestamp())`;

/** Writes (or replaces) records of one entity; each gets a fresh modified_at. */
export async function putRecords(db, entity, docs) {
  if (!docs.length) return;
  await db.query(
    `insert into erp_record (entity, erp_id, modified_at, doc)
     select $1, d->>'erpId', ${NOW}, d - 'erpId' - 'modifiedAt' from jsonb_array_elements($2::jsonb) d
     on conflict (entity, erp_id) do update set modified_at = excluded.modified_at, doc = excluded.doc`,
    [entity, JSON.stringify(docs)],
  );
}

export async function getRecord(db, entity, erpId) {
  const r = await db.query('select doc from erp_record where entity = $1 and erp_id = $2', [entity, erpId]);
  return r.rows[0] ? { erpId, ...r.rows[0].doc } : null;
}

/** Changes strictly after (modifiedAt, erpId), oldest first. */
export async function changes(db, entity, after, limit) {
  const r = await db.query(
    `select erp_id, to_char(modified_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as m, doc::text as doc
       from erp_record
      where entity = $1 and ($2::timestamptz is null or (modified_at, erp_id) > ($2::timestamptz, $3::text))
      order by modified_at, erp_id limit $4`,
    [entity, after?.modifiedAt ?? null, after?.erpId ?? '', limit + 1],
  );
  return { rows: r.rows.slice(0, limit), hasMore: r.rows.length > limit };
}

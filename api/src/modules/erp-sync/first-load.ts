import type { PgClient } from './pg';

/**
 * A first load into an empty table, the way a restore does it: the table's plain (non-unique) indexes are set
 * aside while the rows go in and are then built again from their own definitions, each sorted once instead of
 * grown row by row (the product table has twenty of them, GIN search vectors among them). Primary keys and
 * unique constraints stay: the upserts rely on them. Foreign keys stay too: dropping one would lock the table
 * it points to (the whole catalog, for stock) for the length of the load. Everything happens inside the
 * caller's transaction, so a failure anywhere rolls back the rows and the set-aside together, and the table is
 * left exactly as it was: empty, with every index.
 */
export interface SetAside {
  /** Builds the indexes again from the definitions read before they were dropped. */
  restore(): Promise<void>;
}

/**
 * Locks `table` for the rest of the transaction (readers wait for the load) and, if it is empty, sets its plain
 * indexes aside. Null when the table holds rows after all: nothing is set aside then.
 */
export async function setAsideIndexesIfEmpty(client: PgClient, table: string): Promise<SetAside | null> {
  await client.query(`lock table "${table}" in access exclusive mode`);
  if (!(await isEmpty(client, table))) return null;
  const defs = await client.query<{ drop: string; create: string }>(
    `select format('drop index %s', i.indexrelid::regclass) as drop,
            pg_get_indexdef(i.indexrelid) as create
       from pg_index i
      where i.indrelid = $1::regclass and not i.indisunique and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by i.indexrelid`,
    [table],
  );
  for (const d of defs.rows) await client.query(d.drop);
  return {
    async restore() {
      await client.query(`set local maintenance_work_mem = '256MB'`);
      for (const d of defs.rows) await client.query(d.create);
    },
  };
}

/**
 * For a staged first load's one write (Sink.finishFirstLoad): `table` is locked and, if it is still empty, its
 * plain indexes and also its primary key and unique constraints (those no foreign key points to) are set aside, so
 * that the write is a plain insert and every index is built once, sorted, after it. The caller's write must then
 * bring each key at most once (it can: it writes the latest staged row per key) and cannot use `ON CONFLICT`,
 * which needs those indexes. `restore` adds the constraints again from their own definitions; a row that breaks
 * one (two rows with one ERP id) fails the load there, which rolls back with everything else. Null when the
 * table holds rows after all: nothing is set aside then, and the write upserts as usual.
 */
export async function setAsideKeysIfEmpty(client: PgClient, table: string): Promise<SetAside | null> {
  const indexes = await setAsideIndexesIfEmpty(client, table);
  if (!indexes) return null;
  const keys = await client.query<{ name: string; def: string }>(
    `select c.conname as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c
      where c.conrelid = $1::regclass and c.contype in ('p', 'u')
        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
      order by c.conname`,
    [table],
  );
  if (keys.rows.length) await client.query(`alter table "${table}" ${keys.rows.map((k) => `drop constraint "${k.name}"`).join(', ')}`);
  return {
    async restore() {
      await indexes.restore();
      for (const k of keys.rows) {
        try {
          await client.query(`alter table "${table}" add constraint "${k.name}" ${k.def}`);
        } catch (err) {
          const detail = (err as { detail?: string }).detail;
          throw new Error(`The first load of ${table} breaks its key ${k.name} (${k.def})${detail ? `: ${detail}` : ''}.`, { cause: err });
        }
      }
    },
  };
}

/** Whether `table` has no rows. */
export async function isEmpty(client: PgClient, table: string): Promise<boolean> {
  const res = await client.query(`select 1 from "${table}" limit 1`);
  return !res.rowCount;
}

/** Checks a first load's foreign keys once, at its end (see checkReferencesAtEnd). */
export interface DeferredReferences {
  /** Row checks on again; throws (the load rolls back) when a row references a row that does not exist. */
  verify(): Promise<void>;
}

/**
 * The foreign keys of `table` checked once for the whole load instead of once a row, the way pg_restore loads
 * with its triggers disabled: a million price rows would otherwise each look up (and key-share lock) the row they
 * point to. The tables they point to are locked in SHARE mode for the rest of the transaction, so none of their
 * rows can go away or change its key while the load runs; row checks are off (`session_replication_role =
 * replica`: also every other trigger of the session, so this is for tables whose first load fires none); `verify`
 * then finds any row whose referenced row is missing with one anti-join per foreign key and fails the load.
 * Setting the replication role needs a superuser: for any other role this returns null and the rows are checked
 * one by one as usual.
 */
export async function checkReferencesAtEnd(client: PgClient, table: string): Promise<DeferredReferences | null> {
  const su = await client.query<{ su: boolean }>(`select current_setting('is_superuser') = 'on' as su`);
  if (!su.rows[0]?.su) return null;
  const fks = await client.query<{ name: string; ref: string; cols: string[]; refcols: string[] }>(
    `select c.conname as name, c.confrelid::regclass::text as ref,
            array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as cols,
            array(select a.attname from unnest(c.confkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)::text[] as refcols
       from pg_constraint c where c.conrelid = $1::regclass and c.contype = 'f' order by c.conname`,
    [table],
  );
  if (!fks.rows.length) return null;
  await client.query(`lock table ${[...new Set(fks.rows.map((f) => f.ref))].join(', ')} in share mode`);
  await client.query('set local session_replication_role = replica');
  return {
    async verify() {
      await client.query('set local session_replication_role = origin');
      for (const fk of fks.rows) {
        const t = fk.cols.map((c) => `t."${c}"`);
        const r = fk.refcols.map((c) => `r."${c}"`);
        const orphan = await client.query(
          `select 1 from "${table}" t where ${t.map((c) => `${c} is not null`).join(' and ')}
             and not exists (select 1 from ${fk.ref} r where (${r.join(', ')}) = (${t.join(', ')})) limit 1`,
        );
        if (orphan.rowCount) throw new Error(`The first load of ${table} has rows whose ${fk.ref} row does not exist (${fk.name}).`);
      }
    },
  };
}

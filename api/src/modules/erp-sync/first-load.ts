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

/** Whether `table` has no rows. */
export async function isEmpty(client: PgClient, table: string): Promise<boolean> {
  const res = await client.query(`select 1 from "${table}" limit 1`);
  return !res.rowCount;
}

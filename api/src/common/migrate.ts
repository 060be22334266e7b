import type { MikroORM } from '@mikro-orm/postgresql';

/** Runs pending migrations under a PostgreSQL advisory lock, so several processes may start at once. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const conn = orm.em.getConnection();
  const knex = conn.getKnex();
  const client = await knex.client.acquireConnection();
  try {
    await client.query('select pg_advisory_lock(7262001)');
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await client.query('select pg_advisory_unlock(7262001)').catch(() => undefined);
    await knex.client.releaseConnection(client);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';

/** The raw `pg` client under MikroORM's pool, for bulk statements the ORM has no words for. */
export type PgClient = Pick<PoolClient, 'query'>;

export async function withPgClient<T>(em: EntityManager, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const knex = em.getKnex();
  const client = (await knex.client.acquireConnection()) as PoolClient;
  try {
    return await fn(client);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** Runs `fn` in one transaction on one connection; rolls back on any error. */
export async function inPgTransaction<T>(em: EntityManager, fn: (client: PgClient) => Promise<T>): Promise<T> {
  return withPgClient(em, async (client) => {
    await client.query('begin');
    try {
      const out = await fn(client);
      await client.query('commit');
      return out;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    }
  });
}

/** Timestamps come back from this pool as text ("2026-11-23 17:55:50.123+00") or as Date: always a Date out. */
export function asDate(v: Date | string): Date;
export function asDate(v: Date | string | null | undefined): Date | null;
export function asDate(v: Date | string | null | undefined): Date | null {
  if (v === null || v === undefined) return null;
  return v instanceof Date ? v : new Date(v);
}

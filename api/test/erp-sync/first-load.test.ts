import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReferencesAtEnd } from '../../src/modules/erp-sync/first-load';
import { withPgClient, type PgClient } from '../../src/modules/erp-sync/pg';
import { startErpApp, type ErpTestApp } from './erp-harness';

/** Runs fn in a transaction that is always rolled back, over two tables of the test's own database. */
async function inScratch(app: ErpTestApp, fn: (c: PgClient) => Promise<void>): Promise<void> {
  await withPgClient(app.core.orm.em.fork(), async (c) => {
    await c.query('begin');
    try {
      await fn(c);
    } finally {
      await c.query('rollback');
    }
  });
}

const shareLocked = (c: PgClient, table: string) =>
  c
    .query<{ n: number }>(
      `select count(*)::int n from pg_locks where pid = pg_backend_pid() and relation = $1::regclass and mode = 'ShareLock' and granted`,
      [table],
    )
    .then((r) => r.rows[0]!.n > 0);

describe('ERP sync: a first load checks its foreign keys once, at the end', () => {
  let app: ErpTestApp;
  beforeAll(async () => {
    app = await startErpApp({ connector: null });
    await withPgClient(app.core.orm.em.fork(), async (c) => {
      await c.query(`create table fl_parent (id int primary key)`);
      await c.query(`create table fl_child (id int primary key, parent_id int references fl_parent (id))`);
      await c.query(`insert into fl_parent values (1), (2)`);
      await c.query(`do $$ begin if not exists (select 1 from pg_roles where rolname = 'kontor_first_load_test') then
                       create role kontor_first_load_test nosuperuser; end if; end $$`);
      await c.query(`grant select on fl_parent, fl_child to kontor_first_load_test`);
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('holds the referenced tables (SHARE) for the load and passes rows that all point somewhere; row checks are on again after', async () => {
    await inScratch(app, async (c) => {
      expect(await shareLocked(c, 'fl_parent')).toBe(false);
      const refs = await checkReferencesAtEnd(c, 'fl_child');
      expect(refs).not.toBeNull();
      expect(await shareLocked(c, 'fl_parent')).toBe(true);
      await c.query(`insert into fl_child values (10, 1), (11, 2), (12, null)`);
      await refs!.verify();
      await expect(c.query(`insert into fl_child values (13, 99)`)).rejects.toThrow(/foreign key/);
    });
  });

  it('fails the load when a row points to a row that does not exist', async () => {
    await inScratch(app, async (c) => {
      const refs = await checkReferencesAtEnd(c, 'fl_child');
      // no row check while the load runs: the orphan goes in …
      await c.query(`insert into fl_child values (10, 1), (11, 99)`);
      // … and the one check at the end finds it
      await expect(refs!.verify()).rejects.toThrow(
        'The first load of fl_child has rows whose fl_parent row does not exist (fl_child_parent_id_fkey).',
      );
    });
  });

  it('leaves row checks on for a role that may not set the replication role, and for a table without foreign keys', async () => {
    await inScratch(app, async (c) => {
      expect(await checkReferencesAtEnd(c, 'fl_parent')).toBeNull();
      await c.query('set local role kontor_first_load_test');
      expect(await checkReferencesAtEnd(c, 'fl_child')).toBeNull();
      expect(await shareLocked(c, 'fl_parent')).toBe(false);
      await c.query('reset role');
      await expect(c.query(`insert into fl_child values (10, 99)`)).rejects.toThrow(/foreign key/);
    });
  });
});

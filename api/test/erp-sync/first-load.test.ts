import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReferencesAtEnd, setAsideKeysIfEmpty } from '../../src/modules/erp-sync/first-load';
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

/** The table's constraints and indexes by name and definition, and the oids of its indexes. */
const shape = (c: PgClient, table: string) =>
  c
    .query<{ kind: string; name: string; def: string; oid: number }>(
      `select contype::text as kind, conname as name, pg_get_constraintdef(oid) as def, conindid::int as oid
         from pg_constraint where conrelid = $1::regclass
       union all
       select 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid), indexrelid::int
         from pg_index where indrelid = $1::regclass and indisvalid
       order by 1, 2`,
      [table],
    )
    .then((r) => r.rows);

describe('ERP sync: a staged first load writes into its table with the keys set aside', () => {
  let app: ErpTestApp;
  beforeAll(async () => {
    app = await startErpApp({ connector: null });
    await withPgClient(app.core.orm.em.fork(), async (c) => {
      await c.query(`create table fl_keyed (id int primary key, erp_id text, kind int, constraint fl_keyed_erp_unique unique (erp_id))`);
      await c.query(`create index fl_keyed_kind_index on fl_keyed (kind)`);
      await c.query(`create table fl_pointed (id int primary key, code text, constraint fl_pointed_code_unique unique (code))`);
      await c.query(`create table fl_pointer (id int primary key, code text references fl_pointed (code))`);
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('drops the primary key, unique keys and plain indexes of an empty table and builds the same ones afresh after the write', async () => {
    await inScratch(app, async (c) => {
      const before = await shape(c, 'fl_keyed');
      expect(before.map((d) => `${d.kind} ${d.name}`)).toEqual([
        'index fl_keyed_erp_unique',
        'index fl_keyed_kind_index',
        'index fl_keyed_pkey',
        'p fl_keyed_pkey',
        'u fl_keyed_erp_unique',
      ]);
      const keys = await setAsideKeysIfEmpty(c, 'fl_keyed');
      expect(keys).not.toBeNull();
      expect(await shape(c, 'fl_keyed')).toEqual([]);
      // the write is a plain insert: nothing checks the keys while it runs
      await c.query(`insert into fl_keyed select i, 'E' || i, i % 3 from generate_series(1, 1000) i`);
      await keys!.restore();
      const after = await shape(c, 'fl_keyed');
      const strip = (rows: typeof before) => rows.map(({ kind, name, def }) => ({ kind, name, def }));
      expect(strip(after)).toEqual(strip(before));
      // built afresh: new index relations
      expect(after.filter((a) => before.some((b) => b.oid === a.oid))).toEqual([]);
      await c.query('savepoint dup');
      await expect(c.query(`insert into fl_keyed values (1, 'E-new', 0)`)).rejects.toThrow(/fl_keyed_pkey/);
      await c.query('rollback to savepoint dup');
      await c.query('set local enable_seqscan = off');
      const plan = await c.query<{ 'QUERY PLAN': string }>(`explain select * from fl_keyed where erp_id = 'E5'`);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join(' ')).toMatch(/fl_keyed_erp_unique/);
    });
  });

  it('fails the load with the key it breaks when two rows bring one ERP id', async () => {
    await inScratch(app, async (c) => {
      const keys = await setAsideKeysIfEmpty(c, 'fl_keyed');
      await c.query(`insert into fl_keyed values (1, 'E1', 0), (2, 'E1', 0)`);
      await expect(keys!.restore()).rejects.toThrow(
        'The first load of fl_keyed breaks its key fl_keyed_erp_unique (UNIQUE (erp_id)): Key (erp_id)=(E1) is duplicated.',
      );
    });
  });

  it('keeps a key that a foreign key points to, and sets nothing aside in a table that holds rows', async () => {
    await inScratch(app, async (c) => {
      const keys = await setAsideKeysIfEmpty(c, 'fl_pointed');
      expect((await shape(c, 'fl_pointed')).map((d) => d.name)).toEqual(['fl_pointed_code_unique', 'fl_pointed_code_unique']);
      await keys!.restore();
      await c.query(`insert into fl_keyed values (1, 'E1', 0)`);
      expect(await setAsideKeysIfEmpty(c, 'fl_keyed')).toBeNull();
      expect((await shape(c, 'fl_keyed')).length).toBe(5);
    });
  });
});

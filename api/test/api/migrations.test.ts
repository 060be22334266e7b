import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/config/orm';
import { createTestDatabase } from '../harness';

/** The committed migrations build exactly the schema the entities describe: no table or column drifts. */
describe('migrations and entities agree', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    orm = await MikroORM.init(ormOptions(db.url));
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('a database migrated to the latest migration needs no schema change', async () => {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    const statements = sql
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('--') && !/^set /i.test(s));
    expect(statements).toEqual([]);
  });
});

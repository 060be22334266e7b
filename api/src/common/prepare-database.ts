import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../config/orm';
import { ensureBaseData } from '../seeders/base';
import { migrate } from './migrate';

/** Migrates a database to the latest schema and inserts the base data. Safe to run from several processes at once. */
export async function prepareDatabase(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(ormOptions(databaseUrl));
  try {
    const applied = await migrate(orm);
    await ensureBaseData(orm.em.fork());
    return applied;
  } finally {
    await orm.close(true);
  }
}

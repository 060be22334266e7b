import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import path from 'node:path';
import { ENTITIES } from '../entities';

/** MikroORM options for a database URL. Migrations are committed TypeScript, run from the compiled output. */
export function ormOptions(databaseUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    driver: PostgreSqlDriver,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      path: path.join(__dirname, '..', 'migrations'),
      glob: 'Migration*.{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: 20 },
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: false,
    ...extra,
  });
}

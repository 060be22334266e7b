import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config/config';
import { ormOptions } from '../config/orm';
import { prepareDatabase } from '../common/prepare-database';
import { seedDemo } from './demo';

/** `npm run seed`: migrate, base data, demo data. */
async function main() {
  const config = loadConfig();
  const applied = await prepareDatabase(config.databaseUrl);
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
  const orm = await MikroORM.init(ormOptions(config.databaseUrl));
  try {
    await seedDemo(orm.em.fork());
  } finally {
    await orm.close(true);
  }
  console.log('demo data in place');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

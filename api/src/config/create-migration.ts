import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import { ormOptions } from './orm';

/**
 * Writes a new migration with the difference between the entities and a database migrated to the latest
 * committed migration. Usage: DATABASE_URL=postgres://… npm run migration:create [-- --initial]
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a scratch database migrated to the latest committed migration.');
  const src = path.resolve(__dirname, '..', '..', 'src', 'migrations');
  const orm = await MikroORM.init(
    ormOptions(url, { migrations: { path: src, pathTs: src, emit: 'ts', snapshot: false, glob: 'Migration*.{js,ts}' } }),
  );
  const migrator = orm.getMigrator();
  const result = process.argv.includes('--initial') ? await migrator.createInitialMigration(src) : await migrator.createMigration(src);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
  await orm.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

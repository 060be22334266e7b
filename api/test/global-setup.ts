import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Builds the API once and prepares a migrated template database; every test file then clones it
 * (CREATE DATABASE … TEMPLATE), so files run in parallel on their own databases.
 */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = 'kontor_test_template';

export default async function setup() {
  const root = path.resolve(__dirname, '..', '..');
  rmSync(path.join(root, 'api', 'dist'), { recursive: true, force: true });
  execSync('npx swc src -d dist --strip-leading-paths --copy-files -q', { cwd: path.join(root, 'api'), stdio: 'inherit' });
  const admin = new Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${ADMIN_URL} (set TEST_DATABASE_URL): ${(err as Error).message}`);
  }
  const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'kontor_t\\_%'`);
  for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`).catch(() => undefined);
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();

  const url = new URL(ADMIN_URL);
  url.pathname = `/${TEMPLATE_DB}`;
  // the compiled output carries the migrations as JavaScript
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prepareDatabase } = require(path.join(root, 'api/dist/common/prepare-database.js'));
  await prepareDatabase(url.toString());
}

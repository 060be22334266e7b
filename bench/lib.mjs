// Shared set-up for Kontor's benchmarks: a throw-away database, a real API process, autocannon with a summary.
// Everything stays on loopback and is bounded in time; whatever a benchmark starts is stopped and dropped again,
// also on Ctrl-C. A benchmark file uses it like this:
//
//   const stack = await startStack({ name: 'catalog', seed: async (orm, api) => { ... } });
//   try { report(await load({ title: '…', url: stack.graphqlUrl, body: … })); } finally { await stack.stop(); }
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const DEFAULTS = {
  connections: 16,
  durationSeconds: Number(process.env.KONTOR_BENCH_DURATION ?? 10),
  warmupSeconds: Number(process.env.KONTOR_BENCH_WARMUP ?? 2),
};

export const say = (msg) => console.log(`[bench] ${msg}`);

const cleanups = [];
let cleaning = false;

/** Runs every registered clean-up once, newest first. */
export async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  while (cleanups.length) {
    const [name, fn] = cleanups.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`[bench] clean-up "${name}" failed: ${err instanceof Error ? err.message : err}`);
    }
  }
  cleaning = false;
}

function onCleanUp(name, fn) {
  const entry = [name, fn];
  cleanups.push(entry);
  return async () => {
    const i = cleanups.indexOf(entry);
    if (i < 0) return;
    cleanups.splice(i, 1);
    await fn();
  };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: stopping what the benchmark started …`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** Runs a command from the repository root; rejects with its output tail when it fails. */
export function exec(cmd, args, { timeoutMs = 300_000, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-8000)));
    child.stderr.on('data', (d) => (out = (out + d).slice(-8000)));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${out}`));
    });
  });
}

/** `npm run build`: compiles the API and the workers to api/dist and workers/dist. */
export async function build() {
  const started = Date.now();
  await exec(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
  say(`built api and workers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The PostgreSQL server the benchmarks use: DATABASE_URL's server, else postgres@127.0.0.1:5432. */
function adminUrl() {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** Creates an empty database of its own (dropped again by the returned `drop`, or on exit). */
export async function createDatabase(name) {
  const { Client } = require('pg');
  const dbName = `kontor_bench_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}`;
  const admin = new URL(adminUrl());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${dbName}" with (force)`);
    await client.query(`create database "${dbName}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  const drop = onCleanUp(`drop database ${dbName}`, async () => {
    const c = new Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(`drop database if exists "${dbName}" with (force)`);
    } finally {
      await c.end();
    }
  });
  return { name: dbName, url: url.toString(), drop };
}

/**
 * Migrates the database and inserts the base data (api/dist/common/prepare-database.js), then calls `seed(orm)`
 * with a MikroORM instance on it (use `orm.em.fork()`). Needs a build.
 */
export async function prepareDatabase(databaseUrl, seed) {
  const { prepareDatabase: prepare } = require(path.join(root, 'api/dist/common/prepare-database.js'));
  await prepare(databaseUrl);
  if (!seed) return;
  const { MikroORM } = require('@mikro-orm/postgresql');
  const { ormOptions } = require(path.join(root, 'api/dist/config/orm.js'));
  const orm = await MikroORM.init(ormOptions(databaseUrl));
  try {
    await seed(orm);
  } finally {
    await orm.close(true);
  }
}

/** The demo seeder (companies, one user per access level, a rep, an admin) and its password. */
export function demoSeed() {
  const demo = require(path.join(root, 'api/dist/seeders/demo.js'));
  return { seed: (orm) => demo.seedDemo(orm.em.fork()), password: demo.DEMO_PASSWORD, logins: demo.DEMO_LOGINS };
}

/**
 * Starts `node <dist>/main.js` (default api/dist) on a free loopback port and waits for /health/ready. `env` is
 * added to the process environment (DATABASE_URL, REDIS_URL, PORT, HOST, LOG_LEVEL and a Redis prefix of its own
 * are set here).
 */
export async function startApi({ databaseUrl, env = {}, readyTimeoutMs = 60_000, dist = path.join(root, 'api/dist') }) {
  const port = await freePort();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `kontor-bench-${process.pid}-${port}:`;
  // the flags docker/Dockerfile runs the API with
  const child = spawn(process.execPath, ['--max-semi-space-size=64', path.join(dist, 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      KONTOR_TOKEN_SECRET: 'kontor-benchmark-secret-0123456789abcdef',
      LOG_LEVEL: 'warn',
      ...env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      KONTOR_REDIS_PREFIX: redisPrefix,
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = signal ?? `exit ${code}`))));
  const stop = onCleanUp('stop the API', async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    // the keys it left behind (rate-limit counters and the like)
    await require(path.join(root, 'api/dist/common/redis.js')).dropKeys(redisUrl, redisPrefix);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (exited !== null) throw new Error(`the API exited before it was ready (${exited})`);
    if (Date.now() > deadline) throw new Error(`the API was not ready at ${base}/health/ready within ${readyTimeoutMs / 1000} s`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: base, graphqlUrl: `${base}/graphql`, pid: child.pid, stop };
}

/**
 * A database of its own, migrated and seeded, and an API on it. `apiEnv` is passed to the API process.
 * Call `stop()` when done: it stops the API and drops the database.
 */
export async function startStack({ name, seed, apiEnv = {} }) {
  const db = await createDatabase(name);
  say(`database ${db.name}`);
  const started = Date.now();
  await prepareDatabase(db.url, seed);
  say(`migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const api = await startApi({ databaseUrl: db.url, env: apiEnv });
  say(`API (pid ${api.pid}) ready at ${api.url}`);
  return {
    databaseUrl: db.url,
    ...api,
    async stop() {
      await api.stop();
      await db.drop();
    },
  };
}

/** One GraphQL request; throws on transport errors and on `errors` in the answer. */
export async function gql(url, query, variables = {}, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!res.ok || body.errors) throw new Error(`GraphQL request failed (${res.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function cannon(opts, onResponse) {
  const autocannon = require('autocannon');
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    if (onResponse) instance.on('response', onResponse);
  });
}

/**
 * Load with autocannon: a warm-up (not counted), then `durationSeconds` at `connections` connections.
 * `verify(body)` (optional) says whether an answer is a success; 2xx answers it rejects count as `failed`.
 * `makeBody(i)` (instead of `body`) builds each request's body (unique idempotency keys, varied products).
 * Returns a summary: requests, req/s, latency p50/p95/p99 (ms, from every response), errors and non-2xx.
 */
export async function load({
  title,
  url,
  method = 'POST',
  headers = {},
  body,
  makeBody,
  verify,
  connections = DEFAULTS.connections,
  durationSeconds = DEFAULTS.durationSeconds,
  warmupSeconds = DEFAULTS.warmupSeconds,
}) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`benchmarks stay on loopback; refusing ${url}`);
  const requestHeaders = { 'content-type': 'application/json', ...headers };
  let n = 0;
  const opts = makeBody
    ? {
        url,
        connections,
        timeout: 30,
        requests: [{ method, headers: requestHeaders, setupRequest: (req) => ({ ...req, body: makeBody(n++) }) }],
      }
    : { url, method, headers: requestHeaders, body, connections, timeout: 30 };
  if (verify) opts.verifyBody = (b) => verify(b);
  const loadBefore = os.loadavg()[0];
  if (warmupSeconds > 0) {
    say(`${title}: warm-up ${warmupSeconds} s`);
    await cannon({ ...opts, duration: warmupSeconds });
  }
  say(`${title}: ${durationSeconds} s at ${connections} connections`);
  const latencies = [];
  const result = await cannon({ ...opts, duration: durationSeconds }, (_client, _status, _bytes, ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const elapsed = result.duration || durationSeconds;
  return {
    title,
    connections,
    durationSeconds: Number(elapsed.toFixed(2)),
    requests: result.requests.total,
    reqPerSec: result.requests.total / elapsed,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    failed: result.mismatches ?? 0,
    // The machine is shared: the 1-minute load average before and after says how noisy the figures are.
    loadAverage: { before: loadBefore, after: os.loadavg()[0] },
  };
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '—');

/** Prints a summary from `load()` as one block of text, and returns that text. */
export function report(s) {
  const text = [
    `${s.title}`,
    `  ${s.connections} connections, ${s.durationSeconds} s, ${s.requests} requests`,
    `  req/s ${s.reqPerSec.toFixed(1)}   latency ms p50 ${ms(s.latencyMs.p50)}  p95 ${ms(s.latencyMs.p95)}  p99 ${ms(s.latencyMs.p99)}  max ${ms(s.latencyMs.max)}`,
    `  errors ${s.errors} (timeouts ${s.timeouts})   non-2xx ${s.non2xx}   failed answers ${s.failed}`,
    `  load average (1 min) before ${s.loadAverage.before.toFixed(2)}, after ${s.loadAverage.after.toFixed(2)}`,
  ].join('\n');
  console.log(`\n${text}\n`);
  return text;
}

/** The machine, for RESULTS.md. */
export function machine() {
  const cpus = os.cpus();
  return `${os.availableParallelism?.() ?? cpus.length} cores (${cpus[0]?.model?.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

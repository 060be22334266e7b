// Outbox relay throughput against BullMQ's own no-op throughput, measured in the same run.
//  1. BullMQ alone: 50,000 no-op jobs added in bulk, then processed by one worker (concurrency 8).
//  2. Kontor's relay: 50,000 outbox rows (one per order) → the relay job (every 2 s, as scheduled in the workers)
//     leases them and enqueues delivery jobs of 250 → workers (concurrency 8) send each through the ErpConnector port (an in-process ERP that answers
//     at once) and mark them sent, with the erp_document rows and status events. Messages per second end to end.
//  Target: the relay ≥ 0.5 × BullMQ's no-op jobs/s.
//
//   npm run build -w api && flock /tmp/kontor-bench.lock node bench/erp-outbox.mjs
//   env: DATABASE_ADMIN_URL, REDIS_URL, ERP_BENCH_MESSAGES (50000), KONTOR_API_DIST (api/dist)
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.KONTOR_API_DIST ?? 'api/dist');
const require = createRequire(path.join(root, 'api', 'package.json'));
require('reflect-metadata');
const { Queue, Worker } = require('bullmq');
const { MikroORM } = require('@mikro-orm/postgresql');
const { ormOptions } = require(path.join(dist, 'config/orm.js'));
const { loadConfig } = require(path.join(dist, 'config/config.js'));
const { createCore } = require(path.join(dist, 'core.js'));

const N = Number(process.env.ERP_BENCH_MESSAGES ?? 50_000);
const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = 'kontor_bench_outbox';
const connection = { url: redisUrl, maxRetriesPerRequest: null };
const TIMEOUT_MS = 240_000;

const until = (fn, what) =>
  new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = async () => {
      try {
        if (await fn()) return resolve();
        if (Date.now() - t0 > TIMEOUT_MS) return reject(new Error(`timed out waiting for ${what}`));
        setTimeout(tick, 50);
      } catch (e) {
        reject(e);
      }
    };
    tick();
  });

async function bullmqNoop(prefix) {
  const queue = new Queue('noop', { connection, prefix });
  await queue.obliterate({ force: true }).catch(() => undefined);
  const a0 = performance.now();
  for (let i = 0; i < N; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { removeOnComplete: true } })),
    );
  }
  const addMs = performance.now() - a0;
  let done = 0;
  const p0 = performance.now();
  const worker = new Worker('noop', async () => undefined, { connection, prefix, concurrency: 8 });
  worker.on('completed', () => done++);
  await until(() => done >= N, 'no-op jobs');
  const processMs = performance.now() - p0;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { addedPerSecond: Math.round(N / (addMs / 1000)), processedPerSecond: Math.round(N / (processMs / 1000)) };
}

/** An ERP that accepts every document at once. */
const instantErp = {
  name: 'instant',
  n: 0,
  async pullChanges() {
    return { records: [], quarantined: [], hasMore: false };
  },
  async pushDocument(doc) {
    return { kontorReference: doc.kontorReference, erpId: `ZK-${++this.n}`, erpNumber: `ZK/${this.n}`, status: 'received' };
  },
  async findByReference() {
    return null;
  },
  async fetchInvoicePdf() {
    throw new Error('no');
  },
};

async function relay(prefix) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const orm = await MikroORM.init(ormOptions(url.toString()));
  await orm.getMigrator().up();
  await orm.close(true);
  const config = loadConfig(
    { NODE_ENV: 'production', KONTOR_TOKEN_SECRET: 'x'.repeat(40), DATABASE_URL: url.toString(), REDIS_URL: redisUrl, LOG_LEVEL: 'warn' },
    { redisPrefix: 'kontor:bench-outbox:' },
  );
  const core = await createCore(config, { erp: { connector: instantErp, env: {} } });
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  // 50,000 orders' outbox rows (what the orders module writes in its transactions)
  await db.query(
    `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
     select 'order', gen_random_uuid()::text, 1, 'order',
            jsonb_build_object('customerErpId', 'K-0001', 'placedAt', now(), 'currency', 'PLN',
                               'lines', jsonb_build_array(jsonb_build_object('lineNo', 1, 'productErpId', 'P-000001', 'quantity', 1, 'unitNetMinor', 100, 'vatRateBp', 2300))),
            now(), now(), 0 from generate_series(1, $1::int)`,
    [N],
  );
  const queue = new Queue('erp', { connection, prefix });
  await queue.obliterate({ force: true }).catch(() => undefined);
  const handlers = {
    // the same calls as workers/src/erp-handlers.ts
    'erp.relayOutbox': async () => {
      let total = 0;
      for (let round = 0; round < 5; round++) {
        const batches = await core.services.outboxRelay.claimDue(core.context(), 10_000, 250);
        await queue.addBulk(batches.map((ids) => ({ name: 'erp.deliverOutbox', data: { ids }, opts: { removeOnComplete: true } })));
        total += batches.length;
        if (batches.flat().length < 10_000) break;
      }
      return total;
    },
    'erp.deliverOutbox': (job) => core.services.outboxRelay.deliver(core.context(), job.data.ids),
  };
  const worker = new Worker('erp', (job) => handlers[job.name](job), { connection, prefix, concurrency: 8 });
  const t0 = performance.now();
  // as the workers' job scheduler does: a relay run every 2 seconds
  const relayTimer = setInterval(() => void queue.add('erp.relayOutbox', {}, { removeOnComplete: true }), 2000);
  await queue.add('erp.relayOutbox', {}, { removeOnComplete: true });
  await until(
    async () => (await db.query('select count(*)::int n from outbox where sent_at is null')).rows[0].n === 0,
    'the outbox to drain',
  );
  const ms = performance.now() - t0;
  clearInterval(relayTimer);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  const check = await db.query(
    `select count(*)::int sent, count(distinct erp_id)::int distinct_docs from outbox where sent_at is not null`,
  );
  await db.end();
  await core.close();
  return {
    messages: N,
    seconds: +(ms / 1000).toFixed(2),
    messagesPerSecond: Math.round(N / (ms / 1000)),
    ...check.rows[0],
    erpDocuments: instantErp.n,
  };
}

async function main() {
  const prefix = `kontor:bench-outbox:${process.pid}:bull`;
  const noop = await bullmqNoop(prefix);
  console.log({ step: 'BullMQ no-op', ...noop });
  const r = await relay(prefix);
  console.log({ step: 'outbox relay', ...r });
  const ratio = +(r.messagesPerSecond / noop.processedPerSecond).toFixed(2);
  const out = {
    bench: 'erp-outbox',
    loadAverage: loadavg().map((x) => +x.toFixed(2)),
    bullmqNoop: noop,
    relay: r,
    ratioToNoop: ratio,
    target: '>= 0.5',
  };
  console.log(JSON.stringify(out));
  return out;
}

export const description = 'ERP outbox relay messages/s against BullMQ no-op jobs/s in the same run (target ≥ 0.5×)';
export default async function run() {
  return main();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

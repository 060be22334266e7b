// Live: 5,000 graphql-ws subscribers to `orderStatusChanged`, spread over 2 API processes (`node api/dist/main.js`,
// one database, one Redis, one key prefix), and order status events published at 50/s. Each event goes to one
// company's channel (as the orders module publishes it, an envelope on `<prefix>ev:order.statusChanged:<companyId>`),
// so it crosses Redis to both API processes, which fan it out to their subscribers of that company.
// Delivery latency = receipt time − the event's `at` (set when it is published), measured in two worker threads
// that hold the subscribers on raw `ws` connections. Every expected delivery is counted: lost = expected − received.
// Bounded: connecting (≤ 60 s), a warm-up round (one event per company, every subscriber must hear it), then
// LIVE_SECONDS (default 30) of events. Loopback only. Target: p99 ≤ 150 ms.
//
//   npm run bench -- live-subscribers                                  (builds, takes /tmp/kontor-bench.lock)
//   flock /tmp/kontor-bench.lock node bench/live-subscribers.mjs      (after `npm run build`)
//   LIVE_COMPANIES=10 …   subscribers per company = 5,000 / LIVE_COMPANIES (default 250 companies → 20 each)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export const description = '5,000 graphql-ws subscribers on 2 API processes, 50 order status events/s: delivery p99 (target ≤ 150 ms)';

const SUBSCRIBERS = Number(process.env.LIVE_SUBSCRIBERS ?? 5000);
const COMPANIES = Number(process.env.LIVE_COMPANIES ?? 250);
const EVENTS_PER_SECOND = Number(process.env.LIVE_EVENTS_PER_SECOND ?? 50);
const SECONDS = Number(process.env.LIVE_SECONDS ?? 30);
const WORKERS = 2;
const TARGET_P99_MS = 150;
const SECRET = 'kontor-benchmark-secret-0123456789abcdef';
const QUERY = 'subscription { orderStatusChanged { orderId status at } }';

// ---------------------------------------------------------------------------------------------------------------
// worker thread: holds its share of the subscribers and records delivery latencies
if (!isMainThread) {
  const WebSocket = require('ws');
  const { subs } = workerData; // [{ url, token, company }]
  const latencies = [];
  let received = 0;
  const warm = new Set();
  let opened = 0;
  let failed = 0;
  const sockets = [];
  const connectOne = (s, i) =>
    new Promise((resolve) => {
      const ws = new WebSocket(s.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      sockets.push(ws);
      let settled = false;
      const done = (ok) => {
        if (settled) return;
        settled = true;
        if (ok) opened++;
        else failed++;
        resolve();
      };
      ws.on('error', () => done(false));
      ws.on('close', () => done(false));
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${s.token}` } })));
      ws.on('message', (data) => {
        const now = Date.now();
        const m = JSON.parse(data.toString());
        if (m.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
          done(true);
        } else if (m.type === 'next') {
          const e = m.payload.data?.orderStatusChanged;
          if (!e) return;
          if (e.status === 'new') warm.add(i);
          else {
            received++;
            latencies.push(now - Date.parse(e.at));
          }
        } else if (m.type === 'ping') ws.send('{"type":"pong"}');
      });
    });
  parentPort.on('message', async (msg) => {
    if (msg === 'connect') {
      const CONCURRENCY = 100;
      for (let i = 0; i < subs.length; i += CONCURRENCY) {
        await Promise.all(subs.slice(i, i + CONCURRENCY).map((s, k) => connectOne(s, i + k)));
      }
      parentPort.postMessage({ type: 'connected', opened, failed });
    } else if (msg === 'warm?') {
      parentPort.postMessage({ type: 'warm', count: warm.size });
    } else if (msg === 'report') {
      parentPort.postMessage({ type: 'report', received, latencies });
    } else if (msg === 'close') {
      for (const ws of sockets) ws.terminate();
      parentPort.postMessage({ type: 'closed' });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// main thread
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (m) => console.log(`[bench] ${m}`);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

function ask(worker, msg, type) {
  return new Promise((resolve) => {
    const on = (m) => {
      if (m.type === type) {
        worker.off('message', on);
        resolve(m);
      }
    };
    worker.on('message', on);
    worker.postMessage(msg);
  });
}

/** `node api/dist/main.js` on a free loopback port, with the Redis prefix both processes share. */
async function startApiProcess(lib, databaseUrl, redisUrl, prefix) {
  const port = await lib.freePort();
  const child = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      KONTOR_TOKEN_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      KONTOR_REDIS_PREFIX: prefix,
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('an API process exited before it was ready');
    if (Date.now() > deadline) throw new Error(`API at ${base} not ready within 60 s`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  return {
    url: `${base}/graphql`,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Companies, one passive user per subscriber, a session each; returns [{ token, company }]. */
async function seedSubscribers(orm) {
  const conn = orm.em.getConnection();
  const [{ id: levelId }] = await conn.execute(`select id from access_level where code = 'passive'`);
  const companies = Array.from({ length: COMPANIES }, () => randomUUID());
  for (let i = 0; i < companies.length; i += 500) {
    const chunk = companies.slice(i, i + 500);
    await conn.execute(
      `insert into company (id, name, created_at, updated_at) select id, 'Live ' || id, now(), now() from unnest(?::uuid[]) as id`,
      [`{${chunk.join(',')}}`],
    );
  }
  const { TokenSigner } = require(path.join(root, 'api/dist/modules/accounts/tokens.js'));
  const signer = new TokenSigner(SECRET);
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const out = [];
  for (let i = 0; i < SUBSCRIBERS; i += 1000) {
    const users = [];
    for (let k = i; k < Math.min(SUBSCRIBERS, i + 1000); k++)
      users.push({ id: randomUUID(), sid: randomUUID(), company: companies[k % COMPANIES], k });
    await conn.execute(
      `insert into app_user (id, email, name, locale, password_hash, company_id, access_level_id, company_admin, blocked, created_at, updated_at)
         select u.id, 'live' || u.k || '@live.test', 'Live ' || u.k, 'pl', 'x', u.company, ?, false, false, now(), now()
           from unnest(?::uuid[], ?::uuid[], ?::int[]) as u(id, company, k)`,
      [levelId, `{${users.map((u) => u.id)}}`, `{${users.map((u) => u.company)}}`, `{${users.map((u) => u.k)}}`],
    );
    await conn.execute(
      `insert into auth_session (id, user_id, created_at, last_used_at) select s.id, s.uid, now(), now() from unnest(?::uuid[], ?::uuid[]) as s(id, uid)`,
      [`{${users.map((u) => u.sid)}}`, `{${users.map((u) => u.id)}}`],
    );
    for (const u of users) out.push({ token: signer.sign({ sub: u.id, sid: u.sid, exp }), company: u.company });
  }
  return { companies, subscribers: out };
}

export default async function run() {
  const lib = await import('./lib.mjs');
  const { Redis } = require('ioredis');
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!/^redis:\/\/(127\.0\.0\.1|localhost)[:/]/.test(redisUrl)) throw new Error(`benchmarks stay on loopback; refusing ${redisUrl}`);
  const prefix = `kontor-bench-live-${process.pid}:`;
  const db = await lib.createDatabase('live');
  let seeded;
  await lib.prepareDatabase(db.url, async (orm) => (seeded = await seedSubscribers(orm)));
  say(`${SUBSCRIBERS} subscribers in ${COMPANIES} companies (${SUBSCRIBERS / COMPANIES} each)`);
  const apis = [];
  const workers = [];
  const pub = new Redis(redisUrl);
  try {
    apis.push(await startApiProcess(lib, db.url, redisUrl, prefix));
    apis.push(await startApiProcess(lib, db.url, redisUrl, prefix));
    say(`API processes ${apis.map((a) => `${a.pid} at ${a.url}`).join(', ')}`);
    // subscriber i goes to API i % 2 and worker ⌊i / (n / WORKERS)⌋
    const all = seeded.subscribers.map((s, i) => ({ ...s, url: apis[i % apis.length].url }));
    const per = Math.ceil(all.length / WORKERS);
    for (let w = 0; w < WORKERS; w++) {
      workers.push(new Worker(fileURLToPath(import.meta.url), { workerData: { subs: all.slice(w * per, (w + 1) * per) } }));
    }
    const t0 = Date.now();
    const connected = await Promise.all(workers.map((w) => ask(w, 'connect', 'connected')));
    const opened = connected.reduce((n, c) => n + c.opened, 0);
    say(
      `${opened} connections acknowledged in ${((Date.now() - t0) / 1000).toFixed(1)} s (${connected.reduce((n, c) => n + c.failed, 0)} failed)`,
    );
    if (opened !== SUBSCRIBERS) throw new Error(`only ${opened} of ${SUBSCRIBERS} subscribers connected`);

    const publish = (company, status) => {
      const p = {
        orderId: randomUUID(),
        companyId: company,
        number: 'ZAM/1',
        status,
        previousStatus: null,
        at: new Date().toISOString(),
        by: null,
        reason: null,
      };
      return pub.publish(`${prefix}ev:order.statusChanged:${company}`, JSON.stringify({ o: 'bench', p }));
    };
    // warm-up: one event per company, repeated until every subscriber heard one (≤ 30 s)
    const warmDeadline = Date.now() + 30_000;
    for (;;) {
      for (const c of seeded.companies) await publish(c, 'new');
      await sleep(1000);
      const warm = (await Promise.all(workers.map((w) => ask(w, 'warm?', 'warm')))).reduce((n, m) => n + m.count, 0);
      say(`warm-up: ${warm} of ${SUBSCRIBERS} subscribers live`);
      if (warm === SUBSCRIBERS) break;
      if (Date.now() > warmDeadline) throw new Error(`only ${warm} subscribers heard the warm-up within 30 s`);
    }

    // measured: EVENTS_PER_SECOND for SECONDS, each to a random company
    const perCompany = new Map();
    for (const s of seeded.subscribers) perCompany.set(s.company, (perCompany.get(s.company) ?? 0) + 1);
    let expected = 0;
    let sent = 0;
    const total = EVENTS_PER_SECOND * SECONDS;
    const loadBefore = os.loadavg()[0];
    const start = Date.now();
    say(`publishing ${total} events at ${EVENTS_PER_SECOND}/s for ${SECONDS} s`);
    while (sent < total) {
      const due = start + (sent * 1000) / EVENTS_PER_SECOND;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      const company = seeded.companies[Math.floor(Math.random() * seeded.companies.length)];
      expected += perCompany.get(company);
      sent++;
      await publish(company, 'received');
    }
    const publishSeconds = (Date.now() - start) / 1000;
    await sleep(3000); // stragglers
    const reports = await Promise.all(workers.map((w) => ask(w, 'report', 'report')));
    const received = reports.reduce((n, r) => n + r.received, 0);
    const lat = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const result = {
      title: `orderStatusChanged: ${SUBSCRIBERS} subscribers on 2 API processes, ${COMPANIES} companies, ${EVENTS_PER_SECOND} events/s`,
      subscribers: SUBSCRIBERS,
      companies: COMPANIES,
      events: sent,
      eventsPerSecond: sent / publishSeconds,
      expectedDeliveries: expected,
      received,
      lost: expected - received,
      deliveriesPerSecond: received / publishSeconds,
      latencyMs: { p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), max: lat.at(-1) },
      targetP99Ms: TARGET_P99_MS,
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
    };
    console.log(`\n${result.title}`);
    console.log(
      `  ${sent} events in ${publishSeconds.toFixed(1)} s; deliveries expected ${expected}, received ${received}, lost ${result.lost}; ${result.deliveriesPerSecond.toFixed(0)} deliveries/s`,
    );
    console.log(
      `  delivery latency ms p50 ${result.latencyMs.p50}  p95 ${result.latencyMs.p95}  p99 ${result.latencyMs.p99}  max ${result.latencyMs.max}; target p99 ≤ ${TARGET_P99_MS}: ${result.latencyMs.p99 <= TARGET_P99_MS && result.lost === 0 ? 'met' : 'NOT met'}`,
    );
    console.log(`  load average (1 min) before ${loadBefore.toFixed(2)}, after ${result.loadAverage.after.toFixed(2)}\n`);
    return [result];
  } finally {
    await Promise.all(workers.map((w) => ask(w, 'close', 'closed').then(() => w.terminate())));
    await Promise.all(apis.map((a) => a.stop()));
    pub.disconnect();
    await db.drop();
  }
}

if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Real processes for cross-process tests: the API as `node main.js` from the build the test run compiled
 * (api/.test-build/<run>, the same code as `npm run build` puts in api/dist), and a private redis-server.
 * Everything listens on 127.0.0.1 only.
 */
export const ROOT = path.resolve(__dirname, '..', '..');
export const TOKEN_SECRET = 'kontor-cross-process-test-secret-0123456789';

export function builtApi(file = 'main.js'): string {
  const run = process.env.KONTOR_TEST_RUN;
  if (!run) throw new Error('KONTOR_TEST_RUN is not set: run tests through vitest (global setup).');
  const p = path.join(ROOT, 'api', '.test-build', run, file);
  if (!existsSync(p)) throw new Error(`${p} is missing: the global setup compiles it`);
  return p;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Proc {
  child: ChildProcess;
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<string>;
}

function track(child: ChildProcess): Proc {
  let out = '';
  child.stdout?.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr?.on('data', (d) => (out = (out + d).slice(-20_000)));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  return {
    child,
    exited,
    output: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** `node main.js` of the API on `port`, ready when /health/ready answers 200. */
export async function startApiProcess(opts: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  port: number;
  env?: Record<string, string>;
}): Promise<Proc & { url: string }> {
  const child = spawn(process.execPath, [builtApi()], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      KONTOR_TOKEN_SECRET: TOKEN_SECRET,
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL: opts.redisUrl,
      KONTOR_REDIS_PREFIX: opts.redisPrefix,
      HOST: '127.0.0.1',
      PORT: String(opts.port),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  const base = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited before it was ready:\n${proc.output()}`);
    if (Date.now() > deadline) {
      await proc.kill('SIGKILL');
      throw new Error(`the API was not ready within 60 s:\n${proc.output()}`);
    }
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  return Object.assign(proc, { url: `${base}/graphql` });
}

/** A private redis-server without persistence (a restart starts empty), on `port`. */
export async function startRedis(port: number): Promise<Proc & { url: string }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited:\n${proc.output()}`);
    if (/Ready to accept connections/.test(proc.output())) break;
    if (Date.now() > deadline) {
      await proc.kill('SIGKILL');
      throw new Error(`redis-server did not start within 10 s:\n${proc.output()}`);
    }
    await sleep(20);
  }
  return Object.assign(proc, { url: `redis://127.0.0.1:${port}` });
}

/**
 * Compiles workers/src (once per test run) to api/.workers-build/<run>, its `@kontor/api/dist/…` imports pointed at
 * the API build of this run, and returns the path of its main.js.
 */
export function builtWorkers(): string {
  const run = process.env.KONTOR_TEST_RUN!;
  const out = path.join(ROOT, 'api', '.workers-build', run);
  const main = path.join(out, 'main.js');
  if (existsSync(main)) return main;
  const tmp = `${out}.${process.pid}`;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'swc'), ['src', '-d', tmp, '--strip-leading-paths', '-q'], {
    cwd: path.join(ROOT, 'workers'),
    stdio: 'inherit',
  });
  const apiBuild = path.dirname(builtApi());
  for (const f of readdirSync(tmp)) {
    if (!f.endsWith('.js')) continue;
    const file = path.join(tmp, f);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"@kontor/api/dist/', `${JSON.stringify(apiBuild + '/').slice(0, -1)}`));
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return main;
}

/** The workers process (`node main.js`), ready when it says so in its log. */
export async function startWorkersProcess(opts: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  env?: Record<string, string>;
}): Promise<Proc> {
  const child = spawn(process.execPath, [builtWorkers()], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      KONTOR_TOKEN_SECRET: TOKEN_SECRET,
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL: opts.redisUrl,
      KONTOR_REDIS_PREFIX: opts.redisPrefix,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the workers exited before they were ready:\n${proc.output()}`);
    if (/Kontor workers running/.test(proc.output())) return proc;
    if (Date.now() > deadline) {
      await proc.kill('SIGKILL');
      throw new Error(`the workers were not ready within 60 s:\n${proc.output()}`);
    }
    await sleep(50);
  }
}

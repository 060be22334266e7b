import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
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

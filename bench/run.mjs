#!/usr/bin/env node
// `npm run bench -- <name> [<name> …]` runs bench/<name>.mjs (every benchmark when no name is given).
// A benchmark file exports `default async function run()` (returning its `load()` summaries) and a one-line
// `description`; bench/lib.mjs has the shared set-up. The run takes /tmp/kontor-bench.lock (flock) so two
// benchmarks never share the machine's cores, builds once (skip with --no-build), and stops everything it
// started, also on failure or Ctrl-C.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, cleanUp, DEFAULTS, machine, say } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCK = '/tmp/kontor-bench.lock';
const NOT_BENCHMARKS = new Set(['run', 'lib']);

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('-')));
const names = args.filter((a) => !a.startsWith('-'));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && !NOT_BENCHMARKS.has(f.slice(0, -4)))
  .map((f) => f.slice(0, -4))
  .sort();

if (flags.has('--help') || flags.has('-h')) {
  console.log(`usage: npm run bench -- [--no-build] [name …]\n\nbenchmarks: ${available.join(', ')}`);
  process.exit(0);
}
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length) {
  console.error(`No benchmark named ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}

// Take the machine-wide benchmark lock by running this same command again under flock.
if (!process.env.KONTOR_BENCH_LOCKED) {
  const flock = spawnSync('sh', ['-c', 'command -v flock'], { encoding: 'utf8' }).stdout.trim();
  if (flock) {
    const res = spawnSync(flock, ['-w', '1800', LOCK, process.execPath, fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
      env: { ...process.env, KONTOR_BENCH_LOCKED: '1' },
    });
    process.exit(res.status ?? 1);
  }
  say(`flock is not installed; running without ${LOCK}`);
}

const selected = names.length ? names : available;
let code = 0;
try {
  say(`machine: ${machine()}`);
  say(`load: ${DEFAULTS.connections} connections, ${DEFAULTS.warmupSeconds} s warm-up, ${DEFAULTS.durationSeconds} s measured`);
  if (!flags.has('--no-build')) await build();
  for (const name of selected) {
    const mod = await import(pathToFileURL(path.join(here, `${name}.mjs`)).href);
    say(`── ${name}: ${mod.description ?? ''} (${new Date().toISOString()})`);
    const results = await mod.default();
    if (results) {
      // Raw figures for later comparison (bench/out is not committed; RESULTS.md is).
      const out = path.join(here, 'out');
      mkdirSync(out, { recursive: true });
      const file = path.join(out, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), results }, null, 2));
      say(`figures written to ${path.relative(process.cwd(), file)}`);
    }
  }
} catch (err) {
  console.error(`\n[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
  code = 1;
} finally {
  await cleanUp();
}
process.exit(code);

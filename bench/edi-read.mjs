// EDI++: reading a Subiekt GT export of 100,000 products (TOWARY, 42 fields each) and 200,000 prices
// (CENNIK) in Windows-1250, ~42 MB: decoding, checking and parsing (parseEppFile) and mapping to canonical
// records (mapMasterData), in one process, no I/O. The adapter's sources are compiled with SWC into a
// temporary folder (api/dist is left alone). Bounded: one warm-up, then 3 measured rounds.
//
//   npm run bench -- edi-read                        (takes /tmp/kontor-bench.lock)
//   flock /tmp/kontor-bench.lock node bench/edi-read.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const description = 'EDI++ file of 100k products + 200k prices read and mapped, rows per second';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const require = createRequire(path.join(repo, 'api', 'package.json'));
const PRODUCTS = 100_000;
const ROUNDS = 3;

function buildText() {
  const info =
    '"1.11",3,1250,"Subiekt GT","HURT","Hurtownia Żółw","Hurtownia Żółw Sp. z o.o.","Łódź","90-001","ul. Piotrkowska 1","7250000000","MAG","Magazyn główny","","",1,20261101000000,20261130235959,"Szef",20261123120000,"Polska","PL","",0';
  const parts = [`[INFO]\r\n${info}\r\n\r\n[NAGLOWEK]\r\n"TOWARY"\r\n\r\n[ZAWARTOSC]\r\n`];
  for (let i = 0; i < PRODUCTS; i++) {
    parts.push(
      `1,"P${i}","PRD-${i % 977}","59012341${String(i).padStart(5, '0')}","Łódź żółta ąćęłńóśźż ${i}","Opis ĄĆĘŁŃÓŚŹŻ ""premium"" numer ${i}","Łódź ${i}","","","szt.","23",23.0000,"23",23.0000,30.0000,0.0000,"szt.",0,"PLN","","szt.",5.0000,7,"DOST-1",,0,"",0.0000,0.0000,"",0,"",0,0,"","","","","","","",""\r\n`,
    );
  }
  parts.push('\r\n[NAGLOWEK]\r\n"CENNIK"\r\n\r\n[ZAWARTOSC]\r\n');
  for (let i = 0; i < PRODUCTS; i++) {
    parts.push(
      `"P${i}","Hurtowa",39.5000,48.5900,31.6700,24.0500,9.5000\r\n"P${i}","Detaliczna",49.9900,61.4900,66.6300,39.9900,19.9900\r\n`,
    );
  }
  parts.push('\r\n');
  return parts.join('');
}

export default async function run() {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kontor-edi-bench-'));
  try {
    const swc = spawnSync(
      process.execPath,
      [
        require.resolve('@swc/cli/bin/swc.js'),
        path.join(repo, 'api/src/modules/erp-sync/edi'),
        '-d',
        out,
        '--strip-leading-paths',
        '-C',
        'module.type=commonjs',
        '-q',
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    if (swc.status !== 0) throw new Error(`swc failed: ${swc.stderr}`);
    const dir = path.join(out, 'src/modules/erp-sync/edi');
    const { parseEppFile } = require(path.join(dir, 'epp-file.js'));
    const { mapMasterData } = require(path.join(dir, 'epp-master-data.js'));
    const iconv = require('iconv-lite');
    const bytes = iconv.encode(buildText(), 'win1250');
    const rows = PRODUCTS * 3;
    console.log(
      `EDI++ read: ${(bytes.length / 1e6).toFixed(1)} MB, ${PRODUCTS} products + ${PRODUCTS * 2} prices; load avg ${os.loadavg()[0].toFixed(1)}`,
    );
    const once = () => {
      const t0 = performance.now();
      const file = parseEppFile(bytes, 'Europe/Warsaw');
      const t1 = performance.now();
      const data = mapMasterData(file, { modifiedAt: new Date().toISOString(), currency: 'PLN' });
      const t2 = performance.now();
      if (data.products.length !== PRODUCTS || data.prices.length !== PRODUCTS * 2 || data.problems.length)
        throw new Error('unexpected result');
      return { parseMs: t1 - t0, mapMs: t2 - t1, rowsPerS: rows / ((t2 - t0) / 1000) };
    };
    once(); // warm-up
    const rounds = Array.from({ length: ROUNDS }, once).sort((a, b) => a.rowsPerS - b.rowsPerS);
    for (const r of rounds) {
      console.log(
        `  parse ${r.parseMs.toFixed(0)} ms, map ${r.mapMs.toFixed(0)} ms: ${Math.round(r.rowsPerS).toLocaleString('en')} rows/s`,
      );
    }
    const median = rounds[Math.floor(ROUNDS / 2)];
    console.log(`EDI++ read median: ${Math.round(median.rowsPerS).toLocaleString('en')} rows/s`);
    return rounds.map((r) => ({ parseMs: Math.round(r.parseMs), mapMs: Math.round(r.mapMs), rowsPerS: Math.round(r.rowsPerS) }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

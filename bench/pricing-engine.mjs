// Pricing: the price engine alone, in one process. Resolutions per second of `resolvePrice` (compiled to
// api/dist/modules/pricing/price-engine.js by `npm run build`) over a realistic mix of inputs: 2,000 products
// three category levels deep, a company with ~40 discount rules (product, category, manufacturer, general),
// individual prices on 10 % of the products, tiers on 30 %, five promotions (some company-wide, some narrow,
// some expired), gross lists for a fifth, quantities 1–120, a manual discount on 5 % of the resolutions.
// Bounded: a 1 s warm-up, then 5 rounds of 2 s. Target ≥ 200,000 resolutions/s.
//
//   npm run bench -- pricing-engine          (builds, takes /tmp/kontor-bench.lock)
//   flock /tmp/kontor-bench.lock node bench/pricing-engine.mjs   (after `npm run build`)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const description = 'price engine resolutions per second in one process (no I/O), target ≥ 200,000/s';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const TARGET = 200_000;
const WARMUP_MS = 1000;
const ROUND_MS = 2000;
const ROUNDS = 5;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

/** Deterministic pseudo-random numbers (mulberry32), so every run prices the same mix. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(r) {
  const h = () => Math.floor(r() * 16).toString(16);
  return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, h);
}

export function buildMix(count = 4096) {
  const r = rng(42);
  const int = (n) => Math.floor(r() * n);
  const pick = (xs) => xs[int(xs.length)];
  const roots = Array.from({ length: 6 }, () => uuid(r));
  const mids = roots.flatMap((root) => Array.from({ length: 5 }, () => ({ root, id: uuid(r) })));
  const leaves = mids.flatMap((m) => Array.from({ length: 4 }, () => ({ path: [m.root, m.id, uuid(r)] })));
  const makers = Array.from({ length: 40 }, () => uuid(r));
  const products = Array.from({ length: 2000 }, () => {
    const leaf = pick(leaves);
    return {
      productId: uuid(r),
      categoryIds: leaf.path,
      categoryPath: leaf.path,
      manufacturerId: r() < 0.9 ? pick(makers) : null,
      vatRateBp: pick([2300, 2300, 2300, 800, 500, 0]),
      list: 100 + int(500_000),
    };
  });
  const discounts = [
    { id: 'all', scope: 'all', scopeId: null, percentBp: 300 },
    ...roots.slice(0, 3).map((id) => ({ id, scope: 'category', scopeId: id, percentBp: 500 + int(1000) })),
    ...mids.slice(0, 12).map((m) => ({ id: m.id, scope: 'category', scopeId: m.id, percentBp: 800 + int(1500) })),
    ...makers.slice(0, 10).map((id) => ({ id, scope: 'manufacturer', scopeId: id, percentBp: 200 + int(1200) })),
    ...products.slice(0, 12).map((p) => ({ id: p.productId, scope: 'product', scopeId: p.productId, percentBp: 1000 + int(2000) })),
  ];
  const promotions = [
    {
      id: 'p1',
      code: 'AUTUMN',
      validFrom: NOW - 10 * DAY,
      validTo: NOW + 10 * DAY,
      productIds: [],
      categoryIds: [roots[0]],
      manufacturerIds: [],
      percentBp: 1500,
      netMinor: null,
      currency: null,
      beatsIndividual: false,
    },
    {
      id: 'p2',
      code: 'MAKER',
      validFrom: NOW - DAY,
      validTo: NOW + DAY,
      productIds: [],
      categoryIds: [],
      manufacturerIds: makers.slice(5, 9),
      percentBp: 1200,
      netMinor: null,
      currency: null,
      beatsIndividual: true,
    },
    {
      id: 'p3',
      code: 'OLD',
      validFrom: NOW - 30 * DAY,
      validTo: NOW - 20 * DAY,
      productIds: [],
      categoryIds: [],
      manufacturerIds: [],
      percentBp: 5000,
      netMinor: null,
      currency: null,
      beatsIndividual: false,
    },
    {
      id: 'p4',
      code: 'FIX',
      validFrom: null,
      validTo: null,
      productIds: products.slice(100, 140).map((p) => p.productId),
      categoryIds: [],
      manufacturerIds: [],
      percentBp: null,
      netMinor: 5000,
      currency: 'PLN',
      beatsIndividual: false,
    },
    {
      id: 'p5',
      code: 'SOON',
      validFrom: NOW + DAY,
      validTo: null,
      productIds: [],
      categoryIds: [mids[3].id],
      manufacturerIds: [],
      percentBp: 2000,
      netMinor: null,
      currency: null,
      beatsIndividual: false,
    },
  ];
  const inputs = [];
  for (let i = 0; i < count; i++) {
    const p = products[i % products.length];
    const gross = r() < 0.2;
    const hasTiers = r() < 0.3;
    inputs.push({
      product: p,
      list: { currency: 'PLN', amountMinor: gross ? Math.round(p.list * 1.23) : p.list, gross },
      quantity: 1 + int(120),
      at: NOW,
      individual: r() < 0.1 ? { netMinor: Math.round(p.list * 0.85), currency: 'PLN' } : null,
      discounts,
      tiers: hasTiers
        ? [
            { id: 't1', minQuantity: 10, netMinor: null, percentBp: 500, currency: null, companySpecific: false },
            { id: 't2', minQuantity: 50, netMinor: Math.round(p.list * 0.88), percentBp: null, currency: null, companySpecific: false },
            ...(r() < 0.3 ? [{ id: 't3', minQuantity: 25, netMinor: null, percentBp: 1000, currency: null, companySpecific: true }] : []),
          ]
        : undefined,
      promotions,
      manual: r() < 0.05 ? { kind: 'percent', percentBp: 500, maxPercentBp: 1000 } : null,
    });
  }
  return inputs;
}

export function measure(resolvePrice, inputs) {
  const n = inputs.length;
  const spin = (ms) => {
    let count = 0;
    let sink = 0;
    const start = process.hrtime.bigint();
    const until = start + BigInt(ms) * 1_000_000n;
    let now = start;
    while (now < until) {
      for (let i = 0; i < 1024; i++) sink += resolvePrice(inputs[(count + i) % n]).unitNetMinor;
      count += 1024;
      now = process.hrtime.bigint();
    }
    return { count, seconds: Number(now - start) / 1e9, sink };
  };
  spin(WARMUP_MS);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const { count, seconds } = spin(ROUND_MS);
    rounds.push(Math.round(count / seconds));
  }
  const sorted = [...rounds].sort((a, b) => a - b);
  return { rounds, median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

export default async function run() {
  const enginePath = path.join(here, '..', 'api', 'dist', 'modules', 'pricing', 'price-engine.js');
  const { resolvePrice } = require(enginePath);
  const inputs = buildMix();
  const rules = {};
  for (const inp of inputs) {
    const r = resolvePrice(inp).rule;
    rules[r] = (rules[r] ?? 0) + 1;
  }
  console.log(`[bench] mix of ${inputs.length} inputs, winning rules: ${JSON.stringify(rules)}`);
  const fmt = (x) => x.toLocaleString('en-US');
  const results = [];
  for (const [title, mix] of [
    ['with explanations (what the prices query serves)', inputs],
    ['without explanations (explain: false, sorting/filtering by price)', inputs.map((i) => ({ ...i, explain: false }))],
  ]) {
    const res = measure(resolvePrice, mix);
    console.log(`[bench] ${title}`);
    console.log(`[bench]   rounds (resolutions/s): ${res.rounds.map(fmt).join(', ')}`);
    console.log(
      `[bench]   median ${fmt(res.median)}/s (min ${fmt(res.min)}, max ${fmt(res.max)}); target ${fmt(TARGET)}/s: ${res.median >= TARGET ? 'met' : 'NOT met'}`,
    );
    results.push({ title, rules, ...res, target: TARGET });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

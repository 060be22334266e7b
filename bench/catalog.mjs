// Catalog: the product page, quick search, facets and product detail against a generated catalog
// (api/dist/seeders/large.js: the same generator as `npm run seed:large`), customer large-passive@kontor.example
// (company LC-0001: its own price list, category discount, individual prices), Accept-Language: en.
//
//  at each size (KONTOR_CATALOG_SIZES, default "100000,20000"):
//   - products page: 50 products of a root category (10 % of the catalog) with the customer's prices and stock
//   - floor: a bare node:http + pg handler running the best single SQL for the same page, same JSON (bench/floor/)
//   - quick search "steel" (matches ~30 % of the catalog, like the Vendure comparison), first: 50, and typo/prefix terms
//     (repeated terms: their ranking is remembered for 30 s), and three loads with a new term per request (never reused)
//   - facet counts for the same root category
//   - product detail with stock per warehouse and associated products
//
// Bounded: every load is DEFAULTS.durationSeconds (10 s) after a 2 s warm-up; seeding 100k takes about a minute.
import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDatabase, DEFAULTS, gql, load, report, root, say, startApi } from './lib.mjs';

/** How long the first load (the products page) warms a freshly started API. */
const FIRST_WARMUP_SECONDS = 8;

const require = createRequire(import.meta.url);
export const description = 'catalog page (vs a bare pg floor), quick search, facets and detail at 100k and 20k products';

/** The uuid the generator derives from a key (md5 as a uuid). */
const md5uuid = (key) =>
  createHash('md5')
    .update(key)
    .digest('hex')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

const LIST = `query Page($categoryId: ID!) { products(first: 50, filter: { categoryId: $categoryId }) {
  edges { cursor node { id sku name unit image manufacturerName available stockAsOf
    price { unitNet { amount currency } unitGross { amount currency } listNet { amount currency } } } }
  pageInfo { hasNextPage endCursor } } }`;
const SEARCH = `query Search($term: String!, $first: Int) { searchProducts(term: $term, first: $first) {
  id sku name unit image manufacturerName available price { unitNet { amount currency } } } }`;
const FACETS = `query Facets($categoryId: ID!) { productFacets(filter: { categoryId: $categoryId }) {
  totalCount manufacturers { value label count } categories { value label count }
  characteristics { code name kind unit min max values { value label count } } } }`;
const DETAIL = `query Detail($id: ID!) { product(id: $id) {
  id sku name ean model description images unit packSize minQuantity stepQuantity vatRateBp manufacturerName
  characteristics { code name value label }
  stock { warehouseId code name pickup onHand erpReserved kontorHeld available asOf planned { quantity expectedOn } }
  associated { id sku name image available price { unitNet { amount currency } } }
  price { unitNet { amount currency } unitGross { amount currency } listNet { amount currency } rule } } }`;

/**
 * Compiles the API into a folder of this run's own (api/.catalog-<pid>-build), so another developer's build of
 * api/dist on the same machine cannot pull the files from under a running benchmark.
 */
function privateBuild() {
  const dir = path.join(root, 'api', `.catalog-${process.pid}-build`);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('npx', ['swc', 'src', '-d', dir, '--strip-leading-paths', '--copy-files', '-q'], {
    cwd: path.join(root, 'api'),
    stdio: 'ignore',
  });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function startFloorProcess(databaseUrl, companyId) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench/floor/server.mjs'), [], {
      env: { ...process.env, FLOOR_CHILD: '1', DATABASE_URL: databaseUrl, PORT: '0', COMPANY_ID: companyId },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
    child.once('message', (m) =>
      resolve({
        url: m.ready,
        stop: () =>
          new Promise((r) => {
            child.removeAllListeners('exit');
            child.once('exit', r);
            child.kill('SIGTERM');
          }),
      }),
    );
  });
}

/** The catalog's dictionary of search words (what quick search corrects typos against), in order. */
async function dictionary(databaseUrl) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const res = await c.query('select word from search_word order by word');
    return res.rows.map((r) => r.word);
  } finally {
    await c.end();
  }
}

async function atSize(dist, n, results) {
  const { seedLarge, LARGE_PASSWORD } = require(path.join(dist, 'seeders/large.js'));
  const db = await createDatabase(`catalog_${n}`);
  let api;
  let floor;
  try {
    const seeded = await seedLarge(db.url, { products: n, log: (m) => say(`seed ${n}: ${m}`) });
    say(`seeded ${n} products in ${seeded.total.toFixed(1)} s`);
    api = await startApi({ databaseUrl: db.url, dist });
    const login = await gql(
      api.graphqlUrl,
      `mutation { login(input: { email: "large-passive@kontor.example", password: "${LARGE_PASSWORD}" }) { __typename ... on AuthTokens { accessToken } } }`,
    );
    const headers = { authorization: `Bearer ${login.login.accessToken}`, 'accept-language': 'en' };
    const categoryId = md5uuid('cat-1');
    const productId = md5uuid(`prod-${Math.floor(n / 2) - (Math.floor(n / 2) % 5)}`); // a product with associated products
    const q = (query, variables) => JSON.stringify({ query, variables });
    const ok = (b) => !b.includes('"errors"');

    // sanity: the page is full and priced, the search finds ~30 %
    const page = await gql(api.graphqlUrl, LIST, { categoryId }, headers);
    if (page.products.edges.length !== 50 || !page.products.edges[0].node.price)
      throw new Error(`unexpected page: ${JSON.stringify(page).slice(0, 300)}`);
    const steel = await gql(api.graphqlUrl, SEARCH, { term: 'steel', first: 50 }, headers);
    say(`"steel": ${steel.searchProducts.length} results (first: 50); first ${steel.searchProducts[0]?.name}`);

    const tag = `${(n / 1000).toFixed(0)}k`;
    const run = async (title, opts) => {
      const r = await load({ title: `${title} @ ${tag}`, ...opts });
      report(r);
      results.push({ size: n, ...r });
      return r;
    };
    // the API process has just started: the first load warms it longer (V8 optimises the hot paths, every pooled
    // session prepares its statements) than the loads after it, which find it warm
    const list = await run('products page (50, root category, prices + stock)', {
      url: api.graphqlUrl,
      headers,
      body: q(LIST, { categoryId }),
      verify: ok,
      warmupSeconds: Math.max(DEFAULTS.warmupSeconds, FIRST_WARMUP_SECONDS),
    });
    if (n >= 100_000) {
      floor = await startFloorProcess(db.url, md5uuid('co-1'));
      // the floor must answer with exactly the bytes Kontor answers, or the comparison means nothing
      const ours = await (
        await fetch(api.graphqlUrl, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: q(LIST, { categoryId }),
        })
      ).text();
      const theirs = await (await fetch(`${floor.url}?category=${categoryId}`)).text();
      say(`floor answer identical to Kontor's: ${ours === theirs ? 'yes' : 'NO'} (${theirs.length} bytes)`);
      results.push({ size: n, title: 'floor answer identical', identical: ours === theirs, bytes: theirs.length });
      const fl = await run('FLOOR: bare node:http + pg, same page, same JSON', {
        url: `${floor.url}?category=${categoryId}`,
        method: 'GET',
        verify: (b) => b.includes('"edges"'),
      });
      say(`GraphQL / floor = ${(list.reqPerSec / fl.reqPerSec).toFixed(2)} (target ≥ 0.5)`);
      await floor.stop();
      floor = undefined;
    }
    await run('quick search "steel" (first: 50)', {
      url: api.graphqlUrl,
      headers,
      body: q(SEARCH, { term: 'steel', first: 50 }),
      verify: ok,
    });
    if (n >= 100_000) {
      await run('quick search as typed: "stel hamm" (typo + prefix, first: 10)', {
        url: api.graphqlUrl,
        headers,
        body: q(SEARCH, { term: 'stel hamm', first: 10 }),
        verify: ok,
      });
      await run('quick search by SKU prefix "HAM-00012" (first: 10)', {
        url: api.graphqlUrl,
        headers,
        body: q(SEARCH, { term: 'HAM-00012', first: 10 }),
        verify: ok,
      });
      // the same searches are answered from a remembered ranking (30 s); these two never repeat a term, so every
      // request ranks its candidates afresh: the cost of a search nobody made in the last half minute
      await run('quick search, a new "hammer <model>" per request (ranking not reused, first: 10)', {
        url: api.graphqlUrl,
        headers,
        makeBody: (i) => q(SEARCH, { term: `hammer ha${1000 + ((i * 7) % 9000)}`, first: 10 }),
        verify: ok,
      });
      await run('quick search, a new SKU prefix per request (ranking not reused, first: 10)', {
        url: api.graphqlUrl,
        headers,
        makeBody: (i) => q(SEARCH, { term: `HAM-00${String((i * 13) % 100000).padStart(5, '0')}`, first: 10 }),
        verify: ok,
      });
      // what most users type: two catalog words, the second one begun ("aluminium bea"), from the catalog's own
      // dictionary; 273 × 273 pairs, so no term comes twice in a run
      const words = await dictionary(db.url);
      await run('quick search, a new two-word term per request ("<word> <3 letters>", ranking not reused, first: 10)', {
        url: api.graphqlUrl,
        headers,
        makeBody: (i) =>
          q(SEARCH, { term: `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length].slice(0, 3)}`, first: 10 }),
        verify: ok,
      });
      await run('facet counts for a root category (10 %)', { url: api.graphqlUrl, headers, body: q(FACETS, { categoryId }), verify: ok });
    }
    await run('product detail (stock per warehouse, associated, price)', {
      url: api.graphqlUrl,
      headers,
      body: q(DETAIL, { id: productId }),
      verify: (b) => ok(b) && b.includes('"associated":[{'),
    });
  } finally {
    await floor?.stop();
    await api?.stop();
    await db.drop();
  }
}

export default async function run() {
  const sizes = (process.env.KONTOR_CATALOG_SIZES ?? '100000,20000').split(',').map(Number);
  const results = [];
  const dist = privateBuild();
  for (const n of sizes) await atSize(dist, n, results);
  return results;
}

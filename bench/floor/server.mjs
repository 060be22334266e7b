// The floor for the catalog page: a bare node:http handler that runs the best single SQL statement for the same
// page Kontor's `products` query answers (50 products of a category subtree in English name order, the customer's
// price from its price list, individual prices and best discount, stock summed over warehouses) through `pg`, and
// returns the same JSON: the same fields, a cursor per edge and the page info. No GraphQL, no ORM, no sign-in check: what is left is PostgreSQL, the driver and JSON.
//
// Started by bench/catalog.mjs as a child process (FLOOR_CHILD=1, DATABASE_URL, PORT, COMPANY_ID).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');

const SQL = `
with terms as (
  select coalesce((select price_list_id from company_trade_terms where company_id = $1), (select id from price_list where is_default)) as list_id
)
select p.id, p.sku, kontor_name(p.names, 'en') as name, p.unit, p.images[1] as image, m.name as manufacturer_name,
       st.available, st.as_of, pl.currency, e.amount_minor as list_minor, ip.net_minor as individual_minor, d.best_bp, p.vat_rate_bp
  from product p
  left join manufacturer m on m.id = p.manufacturer_id
  left join lateral (select sum(s.on_hand - s.erp_reserved - s.kontor_held)::float8 as available, min(s.as_of) as as_of
                       from stock s where s.product_id = p.id) st on true
  cross join terms t
  left join price_list pl on pl.id = t.list_id
  left join price_list_entry e on e.price_list_id = t.list_id and e.product_id = p.id
  left join individual_price ip on ip.company_id = $1 and ip.product_id = p.id
  left join lateral (select max(r.percent_bp) as best_bp from discount_rule r
                      where r.company_id = $1 and (r.scope = 'all' or (r.scope = 'category' and r.scope_id = any(p.category_path))
                            or (r.scope = 'manufacturer' and r.scope_id = p.manufacturer_id) or (r.scope = 'product' and r.scope_id = p.id))) d on true
 where p.category_path[1] = $2 and p.active
 order by kontor_name(p.names, 'en'), p.id
 limit 51`;

const money = (minor, currency) => ({ amount: (minor / 100).toFixed(2), currency });

export function startFloor({ databaseUrl, port, companyId }) {
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://floor');
      const categoryId = url.searchParams.get('category');
      const { rows } = await pool.query({ name: 'floor-page', text: SQL, values: [companyId, categoryId] });
      const page = rows.slice(0, 50);
      const edges = page.map((r) => {
        const net =
          r.individual_minor != null
            ? Number(r.individual_minor)
            : r.list_minor != null
              ? Math.round((Number(r.list_minor) * (10000 - (r.best_bp ?? 0))) / 10000)
              : null;
        return {
          cursor: Buffer.from(JSON.stringify([r.name, r.id])).toString('base64url'),
          node: {
            id: r.id,
            sku: r.sku,
            name: r.name,
            unit: r.unit,
            image: r.image,
            manufacturerName: r.manufacturer_name,
            available: r.available,
            stockAsOf: r.as_of ? new Date(r.as_of).toISOString() : null,
            price:
              net == null
                ? null
                : {
                    unitNet: money(net, r.currency),
                    unitGross: money(Math.round((net * (10000 + r.vat_rate_bp)) / 10000), r.currency),
                    listNet: money(Number(r.list_minor), r.currency),
                  },
          },
        };
      });
      const body = JSON.stringify({
        data: {
          products: {
            edges,
            pageInfo: {
              hasNextPage: rows.length > 50,
              endCursor: edges.length ? edges.at(-1).cursor : null,
            },
          },
        },
      });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(err?.message ?? err) }] }));
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        async close() {
          server.closeAllConnections();
          await new Promise((r) => server.close(r));
          await pool.end();
        },
      }),
    ),
  );
}

// run as a child process: node bench/floor.mjs
if (process.env.FLOOR_CHILD) {
  const floor = await startFloor({
    databaseUrl: process.env.DATABASE_URL,
    port: Number(process.env.PORT ?? 0),
    companyId: process.env.COMPANY_ID,
  });
  process.send?.({ ready: floor.url });
  process.on('SIGTERM', () => floor.close().then(() => process.exit(0)));
}

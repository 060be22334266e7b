import { createHash } from 'node:crypto';
import type { ErpStock, QuarantinedInput } from './erp-connector';
import { setAsideKeysIfEmpty } from './first-load';
import type { PgClient } from './pg';
import { ERP_EVENTS } from './events';
import { FIRST_LOAD, keysOrMany, type PendingEvent, type RunMemory, type Sink } from './sinks';
import { changedKeys, idsOf, json, KEYS_FOR_EVENTS, plainArray, reject, textArray } from './sink-support';

/*
 * The sink into the stock module's tables: stock per product and warehouse, and planned deliveries (the stock module
 * owns the tables; the ERP masters the figures, DESIGN.md §3).
 */

/** A stock row's planned deliveries as Kontor keeps them: one per date (quantities of a date summed), by date. */
export function plannedOf(r: ErpStock): Array<{ date: string; quantity: number }> {
  if (!r.planned?.length) return [];
  const byDate = new Map<string, number>();
  for (const d of r.planned ?? []) if (d.quantity > 0) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.quantity);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, quantity]) => ({ date, quantity: Math.round(quantity * 1000) / 1000 }));
}

const plannedHash = (planned: Array<{ date: string; quantity: number }>) =>
  planned.length ? createHash('sha1').update(JSON.stringify(planned)).digest('base64url') : null;

/**
 * Stock per product and warehouse; as_of is the ERP's change time, so unchanged rows stay untouched. Planned
 * deliveries (`stock_delivery`, one per date) follow their stock row: `stock.planned_hash` says whether the list
 * changed, and only rows whose list changed have their deliveries upserted (those that differ) and pruned.
 *
 * A first load (an empty stock table) stages its pages in a temporary table and writes them at the end in
 * product order: a product's rows of every warehouse then lie side by side in the table, so a catalog page
 * (stock summed over warehouses for 50 products) reads one block per product instead of one per warehouse,
 * whatever order the ERP sends its stock in (warehouse by warehouse, usually). That one write is a plain insert
 * into the table with its keys and indexes set aside and built after it (setAsideKeysIfEmpty; the table is locked
 * from then to the commit), and the foreign keys are checked once at the end (checkReferencesAtEnd). The table
 * keeps room on its pages (fillfactor), so updates stay beside their product's other rows.
 */
export const stockSink: Sink<'stock'> = {
  entity: 'stock',
  tables: ['stock', 'stock_delivery', 'product', 'warehouse'],
  firstLoad: { table: 'stock', referencesAtEnd: true },
  async apply(client, records, now, memory) {
    const live = records.filter((r) => !r.deleted);
    const products = await idsOf(
      client,
      memory,
      'product',
      live.map((r) => r.productErpId),
    );
    const warehouses = await idsOf(
      client,
      memory,
      'warehouse',
      live.map((r) => r.warehouseErpId),
    );
    const rejected: QuarantinedInput[] = [];
    // one row per (product, warehouse), the page's last winning; the columns are built as they go
    const at = new Map<string, number>();
    const rows: StockColumns = { p: [], w: [], e: [], o: [], r: [], t: [], pe: [], h: [] };
    const plans: Array<Array<{ date: string; quantity: number }>> = [];
    let missing = 0;
    for (const r of live as ErpStock[]) {
      const p = products.get(r.productErpId);
      const w = warehouses.get(r.warehouseErpId);
      if (!p || !w) {
        missing++;
        rejected.push(reject('stock', r, 'its product or warehouse is unknown to Kontor'));
        continue;
      }
      const planned = plannedOf(r);
      const key = p + w;
      let i = at.get(key);
      if (i === undefined) {
        i = rows.p.length;
        at.set(key, i);
        rows.p.push(p);
        rows.w.push(w);
      }
      rows.e[i] = r.erpId;
      rows.o[i] = r.onHand;
      rows.r[i] = r.erpReserved;
      rows.t[i] = r.modifiedAt;
      rows.pe[i] = r.productErpId;
      rows.h[i] = plannedHash(planned);
      plans[i] = planned;
    }
    const n = rows.p.length;
    const changed: string[] = [];
    const staged = memory?.get(FIRST_LOAD) === true;
    if (n) {
      const [P, W] = [plainArray(rows.p), plainArray(rows.w)];
      // which rows' planned deliveries changed: asked only when the page plans something or Kontor holds plans
      // (a bulk import of plain stock figures pays nothing for them)
      let anyPlanned = memory?.get('planned:any') as boolean | undefined;
      if (anyPlanned === undefined) {
        anyPlanned = (await client.query('select 1 from stock where planned_hash is not null limit 1')).rowCount! > 0;
        memory?.set('planned:any', anyPlanned);
      }
      let plannedChanged: number[] = [];
      if (anyPlanned || rows.h.some((h) => h)) {
        const res = await client.query<{ i: number }>(
          `select x.i from unnest($1::uuid[], $2::uuid[], $3::text[]) with ordinality as x(p, w, h, i)
             left join stock st on st.product_id = x.p and st.warehouse_id = x.w
            where st.planned_hash is distinct from x.h`,
          [P, W, textArray(rows.h)],
        );
        plannedChanged = res.rows.map((r) => Number(r.i) - 1);
      }
      if (staged) {
        await stage(client, rows, P, W, memory!);
      } else {
        const res = await client.query<{ n: number; ps: string[] | null }>(
          `with up as (insert into stock (id, erp_id, product_id, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, updated_at)
         select gen_random_uuid(), e, p, w, o, r, t, h, $8
           from unnest($1::uuid[], $2::uuid[], $3::text[], $4::numeric[], $5::numeric[], $6::timestamptz[], $7::text[]) as x(p, w, e, o, r, t, h)
         on conflict (product_id, warehouse_id) do update set erp_id = excluded.erp_id, on_hand = excluded.on_hand,
                erp_reserved = excluded.erp_reserved, as_of = excluded.as_of, planned_hash = excluded.planned_hash, updated_at = excluded.updated_at
         where (stock.erp_id, stock.on_hand, stock.erp_reserved, stock.planned_hash)
               is distinct from (excluded.erp_id, excluded.on_hand, excluded.erp_reserved, excluded.planned_hash)
         returning product_id)
         select count(*)::int as n, case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(product_id::text) end as ps from up`,
          [P, W, textArray(rows.e), plainArray(rows.o), plainArray(rows.r), textArray(rows.t), textArray(rows.h), now],
        );
        changed.push(...changedKeys(res.rows[0], rows.p, rows.pe));
      }
      if (plannedChanged.length) {
        const deliveries = plannedChanged.flatMap((i) =>
          plans[i].map((d) => ({ e: `${rows.e[i]}@${d.date}`, p: rows.p[i], w: rows.w[i], q: d.quantity, d: d.date })),
        );
        if (deliveries.length) {
          await client.query(
            `insert into stock_delivery (id, erp_id, product_id, warehouse_id, quantity, expected_on)
             select gen_random_uuid(), e, p, w, q, d from json_to_recordset($1::json) as x(e text, p uuid, w uuid, q numeric, d date)
             on conflict (erp_id) do update set product_id = excluded.product_id, warehouse_id = excluded.warehouse_id,
                    quantity = excluded.quantity, expected_on = excluded.expected_on
             where (stock_delivery.product_id, stock_delivery.warehouse_id, stock_delivery.quantity, stock_delivery.expected_on)
                   is distinct from (excluded.product_id, excluded.warehouse_id, excluded.quantity, excluded.expected_on)`,
            [json(deliveries)],
          );
          memory?.set('planned:any', true);
        }
        await client.query(
          `delete from stock_delivery d using unnest($1::uuid[], $2::uuid[]) as x(p, w)
            where d.product_id = x.p and d.warehouse_id = x.w and not (coalesce(d.erp_id, '') = any($3::text[]))`,
          [plannedChanged.map((i) => rows.p[i]), plannedChanged.map((i) => rows.w[i]), deliveries.map((d) => d.e)],
        );
      }
    }
    const upserted = changed.length;
    const tomb = records.filter((r) => r.deleted).map((r) => r.erpId);
    if (tomb.length) {
      // in a staged first load the rows are still in the staging table: the tombstone applies there
      const target = staged ? STAGING : 'stock';
      await client.query(
        `delete from stock_delivery d using ${target} s where s.erp_id = any($1) and d.product_id = s.product_id and d.warehouse_id = s.warehouse_id`,
        [tomb],
      );
      const d = await client.query<{ v: string }>(
        `update ${target} s set on_hand = 0, erp_reserved = 0, planned_hash = null, as_of = $2, updated_at = $2 from product p
          where s.erp_id = any($1) and p.id = s.product_id and (s.on_hand <> 0 or s.erp_reserved <> 0 or s.planned_hash is not null)
          returning p.erp_id as v`,
        [tomb, now],
      );
      changed.push(...d.rows.map((r) => r.v));
    }
    // staged rows are counted, and their events published, when the first load writes them (finishFirstLoad)
    if (staged) return { changed: 0, unchanged: 0, rejected, events: [] };
    const events: PendingEvent[] = changed.length
      ? [{ topic: ERP_EVENTS.stockChanged, payload: { productErpIds: keysOrMany(changed.filter(Boolean)) } }]
      : [];
    return { changed: changed.length, unchanged: live.length - upserted - missing, rejected, events };
  },

  /**
   * Writes a first load's staged rows: the latest version of each (product, warehouse), in product order. Rows
   * superseded by a later page of the same load count as unchanged.
   */
  async finishFirstLoad(client, now, memory) {
    if (!memory.has(STAGING)) return { changed: 0, unchanged: 0, rejected: [], events: [] };
    // the table is still empty (it is locked from here to the commit): a plain insert, its keys built after it
    const keys = await setAsideKeysIfEmpty(client, 'stock');
    const upsert = keys
      ? ''
      : `on conflict (product_id, warehouse_id) do update set erp_id = excluded.erp_id, on_hand = excluded.on_hand,
                erp_reserved = excluded.erp_reserved, as_of = excluded.as_of, planned_hash = excluded.planned_hash, updated_at = excluded.updated_at
         where (stock.erp_id, stock.on_hand, stock.erp_reserved, stock.planned_hash)
               is distinct from (excluded.erp_id, excluded.on_hand, excluded.erp_reserved, excluded.planned_hash)`;
    const res = await client.query<{ n: number; staged: number; ps: string[] | null }>(
      `with latest as (
         select distinct on (product_id, warehouse_id) * from ${STAGING} order by product_id, warehouse_id, seq desc
       ), up as (
         insert into stock (id, erp_id, product_id, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, updated_at)
         select gen_random_uuid(), erp_id, product_id, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, $1
           from latest order by product_id, warehouse_id
         ${upsert}
         returning product_id)
       select count(*)::int as n, (select count(*) from ${STAGING})::int as staged,
              case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(product_id::text) end as ps
         from up`,
      [now],
    );
    const { n, staged, ps } = res.rows[0];
    // the ERP ids of the changed products, when few enough to name (events say "many" otherwise)
    const named = ps
      ? (
          await client.query<{ e: string }>(`select distinct product_erp_id as e from ${STAGING} where product_id = any($1::uuid[])`, [ps])
        ).rows.map((r) => r.e)
      : null;
    await client.query(`drop table ${STAGING}`);
    await keys?.restore();
    const changed = named ?? new Array<string>(n).fill('');
    return {
      changed: n,
      unchanged: staged - n,
      rejected: [],
      events: n ? [{ topic: ERP_EVENTS.stockChanged, payload: { productErpIds: keysOrMany(changed.filter(Boolean)) } }] : [],
    };
  },
};

/** The staging table of a stock first load (temporary: this session's, gone at commit or rollback). */
const STAGING = 'stock_first_load';

/** A page's stock rows, column by column (product and warehouse ids, ERP ids, figures, change time, plan hash). */
interface StockColumns {
  p: string[];
  w: string[];
  e: string[];
  o: number[];
  r: number[];
  t: string[];
  pe: string[];
  h: Array<string | null>;
}

/** Adds a page's rows to the first load's staging table (made on the first page); P and W are rows.p and rows.w as literals. */
async function stage(client: PgClient, rows: StockColumns, P: string, W: string, memory: RunMemory): Promise<void> {
  if (!memory.has(STAGING)) {
    memory.set(STAGING, true);
    await client.query(
      `create temp table ${STAGING} (seq bigint generated always as identity, product_id uuid not null,
       warehouse_id uuid not null, erp_id text, product_erp_id text, on_hand numeric(14,3) not null,
       erp_reserved numeric(14,3) not null, as_of timestamptz not null, planned_hash text, updated_at timestamptz) on commit drop`,
    );
  }
  await client.query(
    `insert into ${STAGING} (product_id, warehouse_id, erp_id, product_erp_id, on_hand, erp_reserved, as_of, planned_hash)
     select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::timestamptz[], $8::text[])`,
    [P, W, textArray(rows.e), textArray(rows.pe), plainArray(rows.o), plainArray(rows.r), textArray(rows.t), textArray(rows.h)],
  );
}

export const STOCK_SINKS: Sink[] = [stockSink] as Sink[];

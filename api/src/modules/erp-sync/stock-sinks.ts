import { createHash } from 'node:crypto';
import type { ErpStock, QuarantinedInput } from './erp-connector';
import { setAsideKeysIfEmpty } from './first-load';
import type { PgClient } from './pg';
import { ERP_EVENTS } from './events';
import { FIRST_LOAD, keysOrMany, type ApplyResult, type PendingEvent, type RunMemory, type Sink } from './sinks';
import { changedKeys, copyColumns, idsOf, json, KEYS_FOR_EVENTS, reject, stagedLoadResult, stagePage } from './sink-support';

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
 * A first load (an empty stock table) stages its pages in a temporary table, with the products' ERP ids, and
 * writes them at the end in product order: a product's rows of every warehouse then lie side by side in the table,
 * so a catalog page (stock summed over warehouses for 50 products) reads one block per product instead of one per
 * warehouse, whatever order the ERP sends its stock in (warehouse by warehouse, usually). Products are resolved in
 * that write with one join, so the load may run beside the products' own first load (Sink.firstLoad.resolvesAtEnd);
 * a row whose product Kontor does not know is quarantined then. That one write is a plain insert
 * into the table with its keys and indexes set aside and built after it (setAsideKeysIfEmpty; the table is locked
 * from then to the commit), and the foreign keys are checked once at the end (checkReferencesAtEnd). The table
 * keeps room on its pages (fillfactor), so updates stay beside their product's other rows.
 */
export const stockSink: Sink<'stock'> = {
  entity: 'stock',
  tables: ['stock', 'stock_delivery', 'product', 'warehouse'],
  firstLoad: { table: 'stock', referencesAtEnd: true, resolvesAtEnd: ['products'] },
  async apply(client, records, now, memory) {
    if (memory?.get(FIRST_LOAD) === true) return stageStock(client, records, now, memory);
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
    const { rows, plans, missing } = stockColumns(live, warehouses, products, rejected);
    const n = rows.p.length;
    const changed: string[] = [];
    if (n) {
      // the page is copied into a staging table of its own (row i as i) and upserted from there
      await stagePage(
        client,
        'stock_page',
        'i int, p uuid, w uuid, e text, o numeric, r numeric, t timestamptz, h text',
        ['i', 'p', 'w', 'e', 'o', 'r', 't', 'h'],
        [Array.from({ length: n }, (_, i) => i), rows.p, rows.w, rows.e, rows.o, rows.r, rows.t, rows.h],
      );
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
          `select x.i from stock_page x left join stock st on st.product_id = x.p and st.warehouse_id = x.w
            where st.planned_hash is distinct from x.h order by x.i`,
        );
        plannedChanged = res.rows.map((r) => r.i);
      }
      {
        const res = await client.query<{ n: number; ps: string[] | null }>(
          `with up as (insert into stock (id, erp_id, product_id, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, updated_at)
         select gen_random_uuid(), e, p, w, o, r, t, h, $1 from stock_page
         on conflict (product_id, warehouse_id) do update set erp_id = excluded.erp_id, on_hand = excluded.on_hand,
                erp_reserved = excluded.erp_reserved, as_of = excluded.as_of, planned_hash = excluded.planned_hash, updated_at = excluded.updated_at
         where (stock.erp_id, stock.on_hand, stock.erp_reserved, stock.planned_hash)
               is distinct from (excluded.erp_id, excluded.on_hand, excluded.erp_reserved, excluded.planned_hash)
         returning product_id)
         select count(*)::int as n, case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(product_id::text) end as ps from up`,
          [now],
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
      await client.query(
        `delete from stock_delivery d using stock s where s.erp_id = any($1) and d.product_id = s.product_id and d.warehouse_id = s.warehouse_id`,
        [tomb],
      );
      const d = await client.query<{ v: string }>(
        `update stock s set on_hand = 0, erp_reserved = 0, planned_hash = null, as_of = $2, updated_at = $2 from product p
          where s.erp_id = any($1) and p.id = s.product_id and (s.on_hand <> 0 or s.erp_reserved <> 0 or s.planned_hash is not null)
          returning p.erp_id as v`,
        [tomb, now],
      );
      changed.push(...d.rows.map((r) => r.v));
    }
    const events: PendingEvent[] = changed.length
      ? [{ topic: ERP_EVENTS.stockChanged, payload: { productErpIds: keysOrMany(changed.filter(Boolean)) } }]
      : [];
    return { changed: changed.length, unchanged: live.length - upserted - missing, rejected, events };
  },

  /**
   * Writes a first load's staged rows: the latest version of each (product, warehouse), its product resolved by
   * ERP id, in product order, and the planned deliveries of those that plan some. A row whose product Kontor does
   * not know is quarantined; rows superseded by a later page of the same load count as unchanged.
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
    const res = await client.query(
      `with latest as (
         select distinct on (s.product_erp_id, s.warehouse_id) s.*, p.id as pid
           from ${STAGING} s left join product p on p.erp_id = s.product_erp_id
          order by s.product_erp_id, s.warehouse_id, s.seq desc
       ), up as (
         insert into stock (id, erp_id, product_id, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, updated_at)
         select gen_random_uuid(), erp_id, pid, warehouse_id, on_hand, erp_reserved, as_of, planned_hash, $1 from latest where pid is not null
         ${upsert}
         returning 1)
       select 0 as k, (select count(*) from up)::int as n, (select count(*) from ${STAGING})::int as staged,
              (select case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(distinct product_erp_id) end from latest where pid is not null) as ps,
              null as raw
       union all
       select 1, 0, 0, null, json_build_object('erpId', x.erp_id, 'warehouseErpId', w.erp_id, 'productErpId', x.product_erp_id,
                                               'onHand', x.on_hand, 'erpReserved', x.erp_reserved, 'modifiedAt', x.as_of)::text
         from latest x join warehouse w on w.id = x.warehouse_id where x.pid is null`,
      [now],
    );
    await keys?.restore();
    if (memory.get(STAGED_PLANS) === true) await writeStagedPlans(client);
    await client.query(`drop table ${STAGING}`);
    return stagedLoadResult('stock', res.rows, 'its product or warehouse is unknown to Kontor', ERP_EVENTS.stockChanged);
  },
};

/** The staging table of a stock first load (temporary: this session's, gone at commit or rollback). */
const STAGING = 'stock_first_load';

/** Set in a run's memory once a staged page planned deliveries. */
const STAGED_PLANS = 'stock:staged-plans';

/**
 * A first load's page: its rows staged with the products' ERP ids (warehouses resolved now: there are few), each
 * with its planned deliveries as JSON; a deletion zeroes what earlier pages staged under its id, as a page would.
 */
async function stageStock(client: PgClient, records: ErpStock[], now: Date, memory: RunMemory): Promise<ApplyResult> {
  const live = records.filter((r) => !r.deleted);
  const warehouses = await idsOf(
    client,
    memory,
    'warehouse',
    live.map((r) => r.warehouseErpId),
  );
  const rejected: QuarantinedInput[] = [];
  const { rows, plans } = stockColumns(live, warehouses, null, rejected);
  const plan = plans.map((planned) => (planned.length ? JSON.stringify(planned) : null));
  if (plan.some((x) => x)) memory.set(STAGED_PLANS, true);
  if (!memory.has(STAGING)) {
    memory.set(STAGING, true);
    await client.query(
      `create temp table ${STAGING} (seq bigint generated always as identity, product_erp_id text not null,
       warehouse_id uuid not null, erp_id text, on_hand numeric(14,3) not null, erp_reserved numeric(14,3) not null,
       as_of timestamptz not null, planned_hash text, planned json) on commit drop`,
    );
  }
  await copyColumns(
    client,
    STAGING,
    ['product_erp_id', 'warehouse_id', 'erp_id', 'on_hand', 'erp_reserved', 'as_of', 'planned_hash', 'planned'],
    [rows.pe, rows.w, rows.e, rows.o, rows.r, rows.t, rows.h, plan],
  );
  const tomb = records.filter((r) => r.deleted).map((r) => r.erpId);
  if (tomb.length)
    await client.query(
      `update ${STAGING} set on_hand = 0, erp_reserved = 0, planned_hash = null, planned = null, as_of = $2 where erp_id = any($1)`,
      [tomb, now],
    );
  // staged rows are counted, and their events published, when the first load writes them (finishFirstLoad)
  return { changed: 0, unchanged: 0, rejected, events: [] };
}

/** A first load's planned deliveries, once its stock rows are written: those of each written row's latest version. */
async function writeStagedPlans(client: PgClient): Promise<void> {
  await client.query(
    `insert into stock_delivery (id, erp_id, product_id, warehouse_id, quantity, expected_on)
     select gen_random_uuid(), st.erp_id || '@' || d.date, st.product_id, st.warehouse_id, d.quantity, d.date
       from (select distinct on (product_erp_id, warehouse_id) * from ${STAGING} order by product_erp_id, warehouse_id, seq desc) s
       join stock st on st.erp_id = s.erp_id and st.warehouse_id = s.warehouse_id,
            json_to_recordset(s.planned) as d(date date, quantity numeric)
      where s.planned is not null
     on conflict (erp_id) do update set product_id = excluded.product_id, warehouse_id = excluded.warehouse_id,
            quantity = excluded.quantity, expected_on = excluded.expected_on`,
  );
}

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

/**
 * A page's live rows as columns, one per (product, warehouse), the page's last winning, with each row's planned
 * deliveries beside it. Rows whose warehouse (or, given `products`, product) Kontor does not know go to `rejected`.
 * Without `products` (a staged first load) the products stay ERP ids: `p` is left empty and rows are keyed by `pe`.
 */
function stockColumns(
  live: ErpStock[],
  warehouses: Map<string, string>,
  products: Map<string, string> | null,
  rejected: QuarantinedInput[],
) {
  const at = new Map<string, number>();
  const rows: StockColumns = { p: [], w: [], e: [], o: [], r: [], t: [], pe: [], h: [] };
  const plans: Array<Array<{ date: string; quantity: number }>> = [];
  let missing = 0;
  for (const r of live) {
    const p = products ? products.get(r.productErpId) : r.productErpId;
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
      i = rows.pe.length;
      at.set(key, i);
      if (products) rows.p.push(p);
      rows.pe.push(r.productErpId);
      rows.w.push(w);
    }
    rows.e[i] = r.erpId;
    rows.o[i] = r.onHand;
    rows.r[i] = r.erpReserved;
    rows.t[i] = r.modifiedAt;
    rows.h[i] = plannedHash(planned);
    plans[i] = planned;
  }
  return { rows, plans, missing };
}

export const STOCK_SINKS: Sink[] = [stockSink] as Sink[];

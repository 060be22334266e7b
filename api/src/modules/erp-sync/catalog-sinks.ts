import { createHash } from 'node:crypto';
import type { ErpCharacteristic, ErpProduct, ErpStock, QuarantinedInput } from './erp-connector';
import { ERP_EVENTS } from './events';
import type { PgClient } from './pg';
import { contentHash, keysOrMany, type ApplyResult, type PendingEvent, type RunMemory, type Sink } from './sinks';

/**
 * Sinks into the catalog, stock and pricing modules' tables (they own the tables; the ERP masters the data,
 * DESIGN.md §3). Each is one bulk statement per page: stage with json_to_recordset, upsert by the natural
 * key, rewrite only what changed (`IS DISTINCT FROM`, or the content hash where the table keeps one).
 */

const json = (rows: unknown[]) => JSON.stringify(rows);
/** Pages larger than this announce "many products changed" instead of naming them (no per-row look-up back). */
const KEYS_FOR_EVENTS = 1000;

/**
 * The product ERP ids an upsert changed, from its `count` and (up to KEYS_FOR_EVENTS) its product ids, so a big
 * page does not send every changed row back; beyond that, empty keys (events then say "many").
 */
function changedKeys(res: { n: number; ps: string[] | null }, rows: ReadonlyArray<{ p: string; pe: string }>): string[] {
  if (!res.ps) return new Array<string>(res.n).fill('');
  const erpOf = new Map(rows.map((r) => [r.p, r.pe]));
  return res.ps.map((p) => erpOf.get(p) ?? '');
}
const reject = (entity: QuarantinedInput['entity'], raw: unknown, reason: string): QuarantinedInput => ({
  entity,
  raw: JSON.stringify(raw),
  reason,
});

async function collect(client: PgClient, sql: string, params: unknown[]) {
  const res = await client.query<{ k: string; v: string | null }>(sql, params);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const r of res.rows) (r.k === 'c' ? changed : missing).push(r.v ?? '');
  return { changed, missing };
}

export const categoriesSink: Sink<'categories'> = {
  entity: 'categories',
  tables: ['category'],
  softDelete: { table: 'category', live: 'active', set: 'active = false' },
  async apply(client, records, now) {
    const rejected: QuarantinedInput[] = [];
    let changed = 0;
    let upserted = 0;
    const tomb = records.filter((r) => r.deleted).map((r) => r.erpId);
    if (tomb.length) {
      const d = await client.query('update category set active = false, updated_at = $2 where erp_id = any($1) and active', [tomb, now]);
      changed += d.rowCount ?? 0;
    }
    // parents before children: apply in rounds, each round the rows whose parent is known
    let pending = records.filter((r) => !r.deleted);
    while (pending.length) {
      const rows = pending.map((r) => ({ erp_id: r.erpId, name: r.name, parent: r.parentErpId, position: r.position ?? 0 }));
      const res = await client.query<{ k: string; v: string }>(
        `with s as (select * from json_to_recordset($1::json) as x(erp_id text, name text, parent text, position int)),
              ok as (select s.*, p.id as parent_id from s left join category p on p.erp_id = s.parent where s.parent is null or p.id is not null),
              up as (insert into category (id, erp_id, parent_id, position, names, active, updated_at)
                     select gen_random_uuid(), erp_id, parent_id, position, jsonb_build_object('pl', name), true, $2 from ok
                     on conflict (erp_id) do update set parent_id = excluded.parent_id, position = excluded.position,
                            names = category.names || excluded.names, active = true, updated_at = excluded.updated_at
                     where (category.parent_id, category.position, category.names ->> 'pl', category.active)
                           is distinct from (excluded.parent_id, excluded.position, excluded.names ->> 'pl', true)
                     returning erp_id)
         select 'c' as k, erp_id as v from up union all select 'd', erp_id from ok`,
        [json(rows), now],
      );
      const done = new Set(res.rows.filter((r) => r.k === 'd').map((r) => r.v));
      const n = res.rows.filter((r) => r.k === 'c').length;
      changed += n;
      upserted += n;
      const rest = pending.filter((r) => !done.has(r.erpId));
      if (rest.length === pending.length) {
        for (const r of rest) rejected.push(reject('categories', r, `the parent category ${r.parentErpId} is unknown`));
        break;
      }
      pending = rest;
    }
    const live = records.length - tomb.length;
    return {
      changed,
      unchanged: live - rejected.length - upserted,
      rejected,
      events: changed ? [{ topic: ERP_EVENTS.synced, payload: { entity: 'categories' } }] : [],
    };
  },
};

/** The options of an `enum` characteristic as Kontor keeps them (`options` wins over plain `values`). */
export function optionsOf(r: ErpCharacteristic): Array<{ code: string; names: Record<string, string>; position: number }> {
  if (r.kind !== 'enum') return [];
  const list: Array<{ code: string; names: Record<string, string>; position: number }> = r.options?.length
    ? r.options.map((o, i) => ({ code: o.code, names: o.names ?? {}, position: o.position ?? i }))
    : (r.values ?? []).map((v, i) => ({ code: v, names: { pl: v }, position: i }));
  const seen = new Set<string>();
  // every option has a Polish name (the catalog's fallback language): its code when the ERP gives none
  return list
    .filter((o) => o.code && !seen.has(o.code) && seen.add(o.code))
    .map((o) => ({ ...o, names: { pl: o.names.pl ?? o.names.en ?? o.code, ...o.names } }));
}

/**
 * Characteristics with their translated names and, for `enum` ones, their options (`characteristic_option`):
 * a characteristic whose content hash is unchanged rewrites nothing; a changed one has its options upserted
 * (only those that differ) and the ones the ERP dropped deleted.
 */
export const characteristicsSink: Sink<'characteristics'> = {
  entity: 'characteristics',
  tables: ['characteristic', 'characteristic_option'],
  async apply(client, records, now) {
    const live = records.filter((r) => !r.deleted);
    const rows = live.map((r) => ({
      erp_id: r.erpId,
      code: r.erpId,
      kind: r.kind,
      unit: r.unit ?? null,
      names: { ...(r.names ?? {}), pl: r.name },
      h: contentHash(r),
    }));
    const res = await client.query<{ erp_id: string }>(
      `insert into characteristic (id, erp_id, code, kind, unit, names, content_hash, updated_at)
       select gen_random_uuid(), erp_id, code, kind, unit, names, h, $2
         from json_to_recordset($1::json) as x(erp_id text, code text, kind text, unit text, names jsonb, h text)
        where not exists (select 1 from characteristic c where c.code = x.code and c.erp_id is distinct from x.erp_id)
       on conflict (erp_id) do update set kind = excluded.kind, unit = excluded.unit, names = characteristic.names || excluded.names,
              content_hash = excluded.content_hash, updated_at = excluded.updated_at
       where characteristic.content_hash is distinct from excluded.content_hash
       returning erp_id`,
      [json(rows), now],
    );
    const changed = res.rows.map((r) => r.erp_id);
    if (changed.length) {
      const fresh = live.filter((r) => changed.includes(r.erpId));
      const options = fresh.flatMap((r) => optionsOf(r).map((o) => ({ c: r.erpId, ...o })));
      if (options.length) {
        await client.query(
          `with o as (select * from json_to_recordset($1::json) as x(c text, code text, names jsonb, position int))
           insert into characteristic_option (id, erp_id, characteristic_id, code, names, position)
           select gen_random_uuid(), o.c || ':' || o.code, ch.id, o.code, o.names, o.position from o join characteristic ch on ch.erp_id = o.c
           on conflict (characteristic_id, code) do update set erp_id = excluded.erp_id, names = excluded.names, position = excluded.position
           where (characteristic_option.erp_id, characteristic_option.names, characteristic_option.position)
                 is distinct from (excluded.erp_id, excluded.names, excluded.position)`,
          [json(options)],
        );
      }
      await client.query(
        `delete from characteristic_option o using characteristic ch
          where o.characteristic_id = ch.id and ch.erp_id = any($1::text[]) and not ((ch.erp_id || ':' || o.code) = any($2::text[]))`,
        [changed, options.map((o) => `${o.c}:${o.code}`)],
      );
    }
    const n = changed.length;
    return {
      changed: n,
      unchanged: rows.length - n,
      rejected: [],
      events: n ? [{ topic: ERP_EVENTS.synced, payload: { entity: 'characteristics' } }] : [],
    };
  },
};

export const warehousesSink: Sink<'warehouses'> = {
  entity: 'warehouses',
  tables: ['warehouse'],
  softDelete: { table: 'warehouse', live: 'active', set: 'active = false' },
  async apply(client, records, now) {
    const rows = records.map((r) => ({ erp_id: r.erpId, code: r.code ?? r.erpId, name: r.name ?? r.erpId, active: !r.deleted }));
    const res = await client.query(
      `insert into warehouse (id, erp_id, code, name, active, updated_at)
       select gen_random_uuid(), erp_id, code, name, active, $2 from json_to_recordset($1::json) as x(erp_id text, code text, name text, active boolean)
        where not exists (select 1 from warehouse w where w.code = x.code and w.erp_id is distinct from x.erp_id)
       on conflict (erp_id) do update set code = excluded.code, name = excluded.name, active = excluded.active, updated_at = excluded.updated_at
       where (warehouse.code, warehouse.name, warehouse.active) is distinct from (excluded.code, excluded.name, excluded.active)`,
      [json(rows), now],
    );
    const n = res.rowCount ?? 0;
    return { changed: n, unchanged: rows.length - n, rejected: [], events: [] };
  },
};

/** Characteristic values arrive as text; Kontor keeps numbers and yes/no typed (product.attributes). */
const attributeValue = (v: string): string | number | boolean =>
  v === 'true' ? true : v === 'false' ? false : v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;

const attributesOf = (p: ErpProduct, codes: ReadonlyMap<string, string>) =>
  Object.fromEntries(
    (p.characteristics ?? []).map((c) => [codes.get(c.characteristicErpId) ?? c.characteristicErpId, attributeValue(c.value)]),
  );

export const productsSink: Sink<'products'> = {
  entity: 'products',
  tables: ['product', 'category', 'manufacturer'],
  softDelete: { table: 'product', live: 'active', set: 'active = false' },
  async apply(client, records, now) {
    const live = records.filter((r) => !r.deleted);
    const tomb = records.filter((r) => r.deleted).map((r) => r.erpId);
    const makers = [...new Set(live.map((r) => r.manufacturer).filter((m): m is string => !!m))];
    if (makers.length) {
      await client.query(
        `insert into manufacturer (id, erp_id, name, updated_at) select gen_random_uuid(), 'M:' || m, m, $2 from unnest($1::text[]) m
          where not exists (select 1 from manufacturer x where x.name = m)
         on conflict (erp_id) do nothing`,
        [makers, now],
      );
    }
    // attributes are keyed by the characteristic's code in Kontor; the ERP names characteristics by erpId
    const charIds = [...new Set(live.flatMap((r) => (r.characteristics ?? []).map((c) => c.characteristicErpId)))];
    const codes = new Map<string, string>();
    if (charIds.length) {
      const res = await client.query<{ erp_id: string; code: string }>('select erp_id, code from characteristic where erp_id = any($1)', [
        charIds,
      ]);
      for (const r of res.rows) codes.set(r.erp_id, r.code);
    }
    const rows = live.map((r) => ({
      erp_id: r.erpId,
      sku: r.sku,
      ean: r.ean ?? null,
      name: r.name,
      description: r.description ?? null,
      unit: r.unit,
      vat: r.vatRateBp,
      cat: r.categoryErpId,
      maker: r.manufacturer ?? null,
      attrs: attributesOf(r, codes),
      active: r.active,
    }));
    const { changed, missing } = rows.length
      ? await collect(
          client,
          `with s as (select * from json_to_recordset($1::json) as x(erp_id text, sku text, ean text, name text, description text, unit text, vat int,
                                                                       cat text, maker text, attrs jsonb, active boolean)),
                mk as (select x.name, min(x.id::text)::uuid as id from manufacturer x where x.name in (select distinct maker from s) group by x.name),
                clash as (select s.erp_id from s join product p on p.sku = s.sku and p.erp_id is distinct from s.erp_id),
                up as (insert into product (id, erp_id, sku, ean, names, descriptions, unit, vat_rate_bp, category_id, manufacturer_id, attributes, active,
                                            created_at, updated_at)
                       select gen_random_uuid(), s.erp_id, s.sku, s.ean, jsonb_build_object('pl', s.name),
                              case when s.description is null then '{}'::jsonb else jsonb_build_object('pl', s.description) end,
                              s.unit, s.vat, c.id, m.id, s.attrs, s.active, $2, $2
                         from s left join category c on c.erp_id = s.cat left join mk m on m.name = s.maker
                        where not exists (select 1 from clash where clash.erp_id = s.erp_id)
                       on conflict (erp_id) do update set sku = excluded.sku, ean = excluded.ean, names = product.names || excluded.names,
                              descriptions = product.descriptions || excluded.descriptions, unit = excluded.unit, vat_rate_bp = excluded.vat_rate_bp,
                              category_id = excluded.category_id, manufacturer_id = excluded.manufacturer_id, attributes = excluded.attributes,
                              active = excluded.active, updated_at = excluded.updated_at
                       where (product.sku, product.ean, product.names ->> 'pl', product.descriptions ->> 'pl', product.unit, product.vat_rate_bp,
                              product.category_id, product.manufacturer_id, product.attributes, product.active)
                             is distinct from (excluded.sku, excluded.ean, excluded.names ->> 'pl', excluded.descriptions ->> 'pl', excluded.unit,
                              excluded.vat_rate_bp, excluded.category_id, excluded.manufacturer_id, excluded.attributes, excluded.active)
                       returning erp_id)
           select 'c' as k, erp_id as v from up union all select 'x', erp_id from clash`,
          [json(rows), now],
        )
      : { changed: [], missing: [] };
    const rejected = missing.map((id) =>
      reject('products', live.find((r) => r.erpId === id) ?? { erpId: id }, 'another product already has this SKU in Kontor'),
    );
    const upserted = changed.length;
    if (tomb.length) {
      const d = await client.query<{ erp_id: string }>(
        'update product set active = false, updated_at = $2 where erp_id = any($1) and active returning erp_id',
        [tomb, now],
      );
      changed.push(...d.rows.map((r) => r.erp_id));
    }
    return {
      changed: changed.length,
      unchanged: rows.length - upserted - rejected.length,
      rejected,
      events: changed.length ? [{ topic: ERP_EVENTS.synced, payload: { entity: 'products', productErpIds: keysOrMany(changed) } }] : [],
    };
  },
};

export const priceListsSink: Sink<'priceLists'> = {
  entity: 'priceLists',
  tables: ['price_list'],
  async apply(client, records, now) {
    const rows = records.filter((r) => !r.deleted).map((r) => ({ erp_id: r.erpId, h: contentHash(r), name: r.name, currency: r.currency }));
    const res = await client.query(
      `insert into price_list (id, erp_id, code, name, currency, content_hash, updated_at)
       select gen_random_uuid(), erp_id, erp_id, name, currency, h, $2 from json_to_recordset($1::json) as x(erp_id text, h text, name text, currency text)
        where not exists (select 1 from price_list p where p.code = x.erp_id and p.erp_id is distinct from x.erp_id)
       on conflict (erp_id) do update set name = excluded.name, currency = excluded.currency, content_hash = excluded.content_hash,
              updated_at = excluded.updated_at
       where price_list.content_hash is distinct from excluded.content_hash`,
      [json(rows), now],
    );
    const n = res.rowCount ?? 0;
    return {
      changed: n,
      unchanged: rows.length - n,
      rejected: [],
      events: n ? [{ topic: ERP_EVENTS.pricesChanged, payload: { productErpIds: [] } }] : [],
    };
  },
};

/**
 * Kontor ids of ERP ids, remembered for the run: price and stock pages name the same products again and again,
 * so a big run loads the table's ids once instead of probing the index once per row.
 */
async function idsOf(client: PgClient, memory: RunMemory | undefined, table: 'product' | 'warehouse' | 'price_list', erpIds: string[]) {
  const key = `ids:${table}`;
  let ids = memory?.get(key) as Map<string, string> | undefined;
  if (!ids) {
    ids = new Map();
    memory?.set(key, ids);
    if (erpIds.length >= 2000) {
      const all = await client.query<{ erp_id: string; id: string }>(`select erp_id, id from "${table}" where erp_id is not null`);
      for (const r of all.rows) ids.set(r.erp_id, r.id);
    }
  }
  const unknown = [...new Set(erpIds.filter((id) => !ids.has(id)))];
  if (unknown.length) {
    const res = await client.query<{ erp_id: string; id: string }>(`select erp_id, id from "${table}" where erp_id = any($1)`, [unknown]);
    for (const r of res.rows) ids.set(r.erp_id, r.id);
  }
  return ids;
}

/** Price-list entries (1M rows on a big catalog): one statement per page, hash-compared, ids resolved beforehand. */
export const pricesSink: Sink<'prices'> = {
  entity: 'prices',
  tables: ['price_list_entry', 'price_list', 'product'],
  async apply(client, records, now, memory) {
    const rejected: QuarantinedInput[] = [];
    const tomb: string[] = [];
    const live = [];
    for (const r of records) {
      if (r.deleted) tomb.push(r.erpId);
      else if (r.minQuantity > 1)
        rejected.push(reject('prices', r, 'quantity tiers (minQuantity > 1) come with trade terms, not price-list entries'));
      else live.push(r);
    }
    const products = await idsOf(
      client,
      memory,
      'product',
      live.map((r) => r.productErpId),
    );
    const lists = await idsOf(
      client,
      memory,
      'price_list',
      live.map((r) => r.priceListErpId),
    );
    // one row per (list, product): the last one of the page wins
    const byKey = new Map<string, { l: string; p: string; e: string; a: number; pe: string }>();
    let missing = 0;
    for (const r of live) {
      const l = lists.get(r.priceListErpId);
      const p = products.get(r.productErpId);
      if (!l || !p) {
        missing++;
        rejected.push(reject('prices', r, 'its price list or product is unknown to Kontor'));
        continue;
      }
      byKey.set(`${l}:${p}`, { l, p, e: r.erpId, a: r.netMinor, pe: r.productErpId });
    }
    const rows = [...byKey.values()];
    const changed: string[] = [];
    if (rows.length) {
      const res = await client.query<{ n: number; ps: string[] | null }>(
        `with up as (insert into price_list_entry (price_list_id, product_id, erp_id, amount_minor, content_hash, updated_at)
         select l, p, e, a, md5(e || ':' || a), $5 from unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[]) as x(l, p, e, a)
         on conflict (price_list_id, product_id) do update set erp_id = excluded.erp_id, amount_minor = excluded.amount_minor,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at
         where price_list_entry.content_hash is distinct from excluded.content_hash
         returning product_id)
         select count(*)::int as n, case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(product_id::text) end as ps from up`,
        [rows.map((r) => r.l), rows.map((r) => r.p), rows.map((r) => r.e), rows.map((r) => r.a), now],
      );
      changed.push(...changedKeys(res.rows[0], rows));
    }
    const upserted = changed.length;
    if (tomb.length) {
      const d = await client.query<{ v: string }>(
        `delete from price_list_entry e using product p where e.erp_id = any($1) and p.id = e.product_id returning p.erp_id as v`,
        [tomb],
      );
      changed.push(...d.rows.map((r) => r.v));
    }
    return {
      changed: changed.length,
      unchanged: live.length - upserted - missing,
      rejected,
      events: changed.length ? [{ topic: ERP_EVENTS.pricesChanged, payload: { productErpIds: keysOrMany(changed.filter(Boolean)) } }] : [],
    };
  },
};

/** A stock row's planned deliveries as Kontor keeps them: one per date (quantities of a date summed), by date. */
export function plannedOf(r: ErpStock): Array<{ date: string; quantity: number }> {
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
 */
export const stockSink: Sink<'stock'> = {
  entity: 'stock',
  tables: ['stock', 'stock_delivery', 'product', 'warehouse'],
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
    type Row = {
      p: string;
      w: string;
      e: string;
      o: number;
      r: number;
      t: string;
      pe: string;
      planned: Array<{ date: string; quantity: number }>;
      h: string | null;
    };
    const byKey = new Map<string, Row>();
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
      byKey.set(`${p}:${w}`, {
        p,
        w,
        e: r.erpId,
        o: r.onHand,
        r: r.erpReserved,
        t: r.modifiedAt,
        pe: r.productErpId,
        planned,
        h: plannedHash(planned),
      });
    }
    const rows = [...byKey.values()];
    const changed: string[] = [];
    if (rows.length) {
      // which rows' planned deliveries changed: asked only when the page plans something or Kontor holds plans
      // (a bulk import of plain stock figures pays nothing for them)
      let anyPlanned = memory?.get('planned:any') as boolean | undefined;
      if (anyPlanned === undefined) {
        anyPlanned = (await client.query('select 1 from stock where planned_hash is not null limit 1')).rowCount! > 0;
        memory?.set('planned:any', anyPlanned);
      }
      let plannedChanged: Row[] = [];
      if (anyPlanned || rows.some((r) => r.h)) {
        const res = await client.query<{ i: number }>(
          `select x.i from unnest($1::uuid[], $2::uuid[], $3::text[]) with ordinality as x(p, w, h, i)
             left join stock st on st.product_id = x.p and st.warehouse_id = x.w
            where st.planned_hash is distinct from x.h`,
          [rows.map((r) => r.p), rows.map((r) => r.w), rows.map((r) => r.h)],
        );
        plannedChanged = res.rows.map((r) => rows[Number(r.i) - 1]);
      }
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
        [
          rows.map((r) => r.p),
          rows.map((r) => r.w),
          rows.map((r) => r.e),
          rows.map((r) => r.o),
          rows.map((r) => r.r),
          rows.map((r) => r.t),
          rows.map((r) => r.h),
          now,
        ],
      );
      changed.push(...changedKeys(res.rows[0], rows));
      if (plannedChanged.length) {
        const deliveries = plannedChanged.flatMap((r) =>
          r.planned.map((d) => ({ e: `${r.e}@${d.date}`, p: r.p, w: r.w, q: d.quantity, d: d.date })),
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
          [plannedChanged.map((r) => r.p), plannedChanged.map((r) => r.w), deliveries.map((d) => d.e)],
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
};

/**
 * A customer's trade terms: the price list and payment term (company_trade_terms), and — replaced as a whole
 * when the terms change — its discount rules, individual prices and individual quantity tiers.
 */
export const tradeTermsSink: Sink<'tradeTerms'> = {
  entity: 'tradeTerms',
  tables: [
    'company_trade_terms',
    'discount_rule',
    'individual_price',
    'volume_tier',
    'company',
    'price_list',
    'product',
    'category',
    'manufacturer',
  ],
  async apply(client, records, now) {
    const rejected: QuarantinedInput[] = [];
    for (const r of records.filter((x) => x.deleted))
      rejected.push(reject('tradeTerms', r, 'trade terms are replaced, not deleted: send the customer’s current terms'));
    const live = records.filter((r) => !r.deleted);
    if (!live.length) return { changed: 0, unchanged: 0, rejected, events: [] };
    const rows = live.map((r) => ({ e: r.erpId, c: r.customerErpId, l: r.priceListErpId, d: r.paymentTermDays, h: contentHash(r) }));
    const res = await client.query<{ k: string; v: string }>(
      `with s as (select * from json_to_recordset($1::json) as x(e text, c text, l text, d int, h text)),
            j as (select s.*, co.id as company_id, pl.id as list_id from s left join company co on co.erp_id = s.c left join price_list pl on pl.erp_id = s.l),
            up as (insert into company_trade_terms (company_id, erp_id, price_list_id, payment_term_days, content_hash, updated_at)
                   select company_id, e, list_id, d, h, $2 from j where company_id is not null and (l is null or list_id is not null)
                   on conflict (company_id) do update set erp_id = excluded.erp_id, price_list_id = excluded.price_list_id,
                          payment_term_days = excluded.payment_term_days, content_hash = excluded.content_hash, updated_at = excluded.updated_at
                   where company_trade_terms.content_hash is distinct from excluded.content_hash
                   returning erp_id)
       select 'c' as k, erp_id as v from up
       union all select 'u', e from j where company_id is null or (l is not null and list_id is null)`,
      [json(rows), now],
    );
    const changed = res.rows.filter((r) => r.k === 'c').map((r) => r.v);
    for (const id of res.rows.filter((r) => r.k === 'u').map((r) => r.v)) {
      rejected.push(
        reject('tradeTerms', live.find((r) => r.erpId === id) ?? { erpId: id }, 'its customer or price list is unknown to Kontor'),
      );
    }
    const fresh = live.filter((r) => changed.includes(r.erpId));
    if (fresh.length) {
      const companies = fresh.map((r) => r.customerErpId);
      const ids = `(select id from company where erp_id = any($1))`;
      await client.query(`delete from discount_rule where company_id in ${ids}`, [companies]);
      await client.query(`delete from individual_price where company_id in ${ids}`, [companies]);
      await client.query(`delete from volume_tier where erp_id is not null and company_id in ${ids}`, [companies]);
      const discounts = fresh.flatMap((r) =>
        r.discounts.map((d) => ({ c: r.customerErpId, s: d.scope, t: d.targetErpId, p: d.percentBp })),
      );
      if (discounts.length) {
        const bad = await client.query<{ c: string; s: string; t: string }>(
          `with d as (select * from json_to_recordset($1::json) as x(c text, s text, t text, p int)),
                r as (select d.*, co.id as company_id,
                             case d.s when 'all' then null
                                      when 'product' then (select id from product where erp_id = d.t)
                                      when 'category' then (select id from category where erp_id = d.t)
                                      else (select min(id::text)::uuid from manufacturer where erp_id = d.t or name = d.t) end as scope_id
                        from d join company co on co.erp_id = d.c),
                ins as (insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
                        select gen_random_uuid(), company_id, s, scope_id, p, $2 from r where s = 'all' or scope_id is not null
                        on conflict (company_id, scope, scope_id) do update set percent_bp = excluded.percent_bp, updated_at = excluded.updated_at)
           select c, s, t from r where s <> 'all' and scope_id is null`,
          [json(discounts), now],
        );
        for (const b of bad.rows)
          rejected.push(reject('tradeTerms', b, `the discount's ${b.s} ${b.t} is unknown to Kontor; the rest of the terms apply`));
      }
      const prices = fresh.flatMap((r) =>
        (r.individualPrices ?? []).map((p) => ({
          e: r.erpId,
          c: r.customerErpId,
          p: p.productErpId,
          n: p.netMinor,
          cur: p.currency,
          q: p.minQuantity,
        })),
      );
      if (prices.length) {
        await client.query(
          `with x as (select x.*, co.id as company_id, pr.id as product_id from json_to_recordset($1::json) as x(e text, c text, p text, n bigint, cur text, q numeric)
                        join company co on co.erp_id = x.c join product pr on pr.erp_id = x.p),
                one as (insert into individual_price (company_id, product_id, net_minor, currency, updated_at)
                        select distinct on (company_id, product_id) company_id, product_id, n, cur, $2 from x where q <= 1
                        order by company_id, product_id
                        on conflict (company_id, product_id) do update set net_minor = excluded.net_minor, currency = excluded.currency, updated_at = excluded.updated_at)
           insert into volume_tier (id, erp_id, company_id, product_id, min_quantity, net_minor, currency, updated_at)
           select gen_random_uuid(), e || ':' || p || ':' || q, company_id, product_id, q, n, cur, $2 from x where q > 1
           on conflict (erp_id) do update set net_minor = excluded.net_minor, currency = excluded.currency, updated_at = excluded.updated_at`,
          [json(prices), now],
        );
      }
    }
    return {
      changed: changed.length,
      unchanged: live.length - changed.length - res.rows.filter((r) => r.k === 'u').length,
      rejected,
      events: changed.length ? [{ topic: ERP_EVENTS.pricesChanged, payload: { productErpIds: [] } }] : [],
    };
  },
};

/** Promotions: a percentage or a fixed net price over products, categories and (optionally) customers. */
export const promotionsSink: Sink<'promotions'> = {
  entity: 'promotions',
  tables: ['promotion', 'product', 'category', 'company'],
  softDelete: { table: 'promotion', live: 'active', set: 'active = false' },
  async apply(client, records, now) {
    const rejected: QuarantinedInput[] = [];
    const rows: Array<Record<string, unknown>> = [];
    for (const r of records.filter((x) => !x.deleted)) {
      const pct = r.percentBp ?? null;
      const net = r.netMinor ?? null;
      if ((pct === null) === (net === null)) {
        rejected.push(reject('promotions', r, 'a promotion needs exactly one of percentBp and netMinor'));
        continue;
      }
      rows.push({
        e: r.erpId,
        h: contentHash(r),
        name: r.name,
        vf: r.validFrom,
        vt: r.validTo,
        pct,
        net,
        products: r.productErpIds ?? [],
        cats: r.categoryErpIds ?? [],
        custs: r.customerErpIds ?? null,
        cur: r.currency ?? 'PLN',
      });
    }
    let changed = 0;
    if (rows.length) {
      const res = await client.query(
        `with s as (select * from json_to_recordset($1::json) as x(e text, h text, name text, vf timestamptz, vt timestamptz, pct int, net bigint,
                                                                    products text[], cats text[], custs text[], cur text))
         insert into promotion (id, erp_id, code, name, valid_from, valid_to, company_ids, product_ids, category_ids, percent_bp, net_minor, currency,
                                active, content_hash, updated_at)
         select gen_random_uuid(), s.e, s.e, s.name, s.vf, s.vt,
                case when s.custs is null then null else coalesce((select array_agg(id) from company where erp_id = any(s.custs)), '{}') end,
                coalesce((select array_agg(id) from product where erp_id = any(s.products)), '{}'),
                coalesce((select array_agg(id) from category where erp_id = any(s.cats)), '{}'),
                s.pct, s.net, case when s.net is null then null else s.cur end, true, s.h, $2
           from s
         on conflict (erp_id) do update set name = excluded.name, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                company_ids = excluded.company_ids, product_ids = excluded.product_ids, category_ids = excluded.category_ids,
                percent_bp = excluded.percent_bp, net_minor = excluded.net_minor, currency = excluded.currency, active = true,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at
         where promotion.content_hash is distinct from excluded.content_hash or not promotion.active`,
        [json(rows), now],
      );
      changed += res.rowCount ?? 0;
    }
    const tomb = records.filter((r) => r.deleted).map((r) => r.erpId);
    let deleted = 0;
    if (tomb.length) {
      const d = await client.query('update promotion set active = false, updated_at = $2 where erp_id = any($1) and active', [tomb, now]);
      deleted = d.rowCount ?? 0;
    }
    return {
      changed: changed + deleted,
      unchanged: rows.length - changed,
      rejected,
      events: changed + deleted ? [{ topic: ERP_EVENTS.pricesChanged, payload: { productErpIds: [] } }] : [],
    };
  },
};

export const CATALOG_SINKS: Sink[] = [
  categoriesSink,
  characteristicsSink,
  warehousesSink,
  productsSink,
  priceListsSink,
  pricesSink,
  stockSink,
  tradeTermsSink,
  promotionsSink,
] as Sink[];

export type { ApplyResult };

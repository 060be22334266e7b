import type { ErpCharacteristic, ErpProduct, QuarantinedInput } from './erp-connector';
import { ERP_EVENTS } from './events';
import { contentHash, keysOrMany, type Sink } from './sinks';
import { collect, json, reject, stagePage } from './sink-support';

/**
 * Sinks into the catalog module's tables: categories, characteristics, warehouses and products (the catalog owns
 * the tables; the ERP masters the data, DESIGN.md §3). Each is one bulk statement per page: stage (products: COPY
 * into a staging table; the small entities with json_to_recordset), upsert by the natural key, rewrite only what
 * changed (`IS DISTINCT FROM`, or the content hash where the table keeps one). Prices are in pricing-sinks.ts, stock in stock-sinks.ts.
 */

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
  firstLoad: { table: 'product', setAsideIndexes: true },
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
    // the page is copied into a staging table of its own and upserted from there
    if (rows.length)
      await stagePage(
        client,
        'product_page',
        `erp_id text, sku text, ean text, name text, description text, unit text, vat int, cat text, maker text, attrs jsonb, active boolean`,
        PRODUCT_PAGE,
        PRODUCT_PAGE.map((n) => rows.map((r) => r[n])),
      );
    const { changed, missing } = rows.length
      ? await collect(
          client,
          `with s as (select * from product_page),
                mk as (select x.name, min(x.id::text)::uuid as id from manufacturer x where x.name in (select distinct maker from s) group by x.name),
                clash as (select s.erp_id from s join product p on p.sku = s.sku and p.erp_id is distinct from s.erp_id),
                up as (insert into product (id, erp_id, sku, ean, names, descriptions, unit, vat_rate_bp, category_id, manufacturer_id, attributes, active,
                                            created_at, updated_at)
                       select gen_random_uuid(), s.erp_id, s.sku, s.ean, jsonb_build_object('pl', s.name),
                              case when s.description is null then '{}'::jsonb else jsonb_build_object('pl', s.description) end,
                              s.unit, s.vat, c.id, m.id, s.attrs, s.active, $1, $1
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
          [now],
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

/** The columns of a products page's staging table. */
const PRODUCT_PAGE = ['erp_id', 'sku', 'ean', 'name', 'description', 'unit', 'vat', 'cat', 'maker', 'attrs', 'active'] as const;

export const CATALOG_SINKS: Sink[] = [categoriesSink, characteristicsSink, warehousesSink, productsSink] as Sink[];

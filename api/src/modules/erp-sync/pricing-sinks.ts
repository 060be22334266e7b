import type { ErpPrice, QuarantinedInput } from './erp-connector';
import { ERP_EVENTS } from './events';
import { setAsideKeysIfEmpty } from './first-load';
import type { PgClient } from './pg';
import { contentHash, FIRST_LOAD, keysOrMany, type ApplyResult, type RunMemory, type Sink } from './sinks';
import { changedKeys, copyColumns, idsOf, json, KEYS_FOR_EVENTS, reject, stagedLoadResult, stagePage } from './sink-support';

/**
 * Sinks into the pricing module's tables: price lists and their entries, customers' trade terms, promotions (the
 * pricing module owns the tables; the ERP masters the data, DESIGN.md §3 and §5). One bulk statement per page,
 * rewriting only what changed.
 */

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
 * Price-list entries (1M rows on a big catalog): one statement per page, hash-compared, ids resolved beforehand.
 *
 * A first load (an empty table) stages its pages in a temporary table with the products' ERP ids, and writes the
 * latest version of each (list, product) once, at its end: products are resolved there with one join, so the load
 * may run beside the products' own first load (Sink.firstLoad.resolvesAtEnd), and the write is a plain insert with
 * the table's keys set aside and built after it (setAsideKeysIfEmpty). Entries whose product Kontor does not know
 * are quarantined then, as a page would.
 */
export const pricesSink: Sink<'prices'> = {
  entity: 'prices',
  tables: ['price_list_entry', 'price_list', 'product'],
  firstLoad: { table: 'price_list_entry', referencesAtEnd: true, resolvesAtEnd: ['products'] },
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
    if (memory?.get(FIRST_LOAD) === true) return stagePrices(client, live, tomb, rejected, memory);
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
    const { L, P, PE, E, A, missing } = priceColumns(live, lists, products, rejected);
    const changed: string[] = [];
    if (L.length) {
      // the page is copied into a staging table of its own and upserted from there
      await stagePage(client, 'price_page', 'l uuid, p uuid, e text, a bigint', ['l', 'p', 'e', 'a'], [L, P, E, A]);
      const res = await client.query<{ n: number; ps: string[] | null }>(
        `with up as (insert into price_list_entry (price_list_id, product_id, erp_id, amount_minor, content_hash, updated_at)
         select l, p, e, a, md5(e || ':' || a), $1 from price_page
         on conflict (price_list_id, product_id) do update set erp_id = excluded.erp_id, amount_minor = excluded.amount_minor,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at
         where price_list_entry.content_hash is distinct from excluded.content_hash
         returning product_id)
         select count(*)::int as n, case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(product_id::text) end as ps from up`,
        [now],
      );
      changed.push(...changedKeys(res.rows[0], P, PE));
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

  /**
   * Writes a first load's staged entries: the latest of each (list, product), its product resolved by ERP id; an
   * entry whose product Kontor does not know is quarantined. Entries superseded by a later page count as unchanged.
   */
  async finishFirstLoad(client, now, memory) {
    if (!memory.has(PRICE_STAGING)) return { changed: 0, unchanged: 0, rejected: [], events: [] };
    const keys = await setAsideKeysIfEmpty(client, 'price_list_entry');
    const upsert = keys
      ? ''
      : `on conflict (price_list_id, product_id) do update set erp_id = excluded.erp_id, amount_minor = excluded.amount_minor,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at
         where price_list_entry.content_hash is distinct from excluded.content_hash`;
    const res = await client.query(
      `with latest as (
         select distinct on (s.l, s.pe) s.*, p.id as pid from ${PRICE_STAGING} s left join product p on p.erp_id = s.pe
          order by s.l, s.pe, s.seq desc
       ), up as (
         insert into price_list_entry (price_list_id, product_id, erp_id, amount_minor, content_hash, updated_at)
         select l, pid, e, a, md5(e || ':' || a), $1 from latest where pid is not null
         ${upsert}
         returning 1)
       select 0 as k, (select count(*) from up)::int as n, (select count(*) from ${PRICE_STAGING})::int as staged,
              (select case when count(*) <= ${KEYS_FOR_EVENTS} then array_agg(distinct pe) end from latest where pid is not null) as ps,
              null as raw
       union all
       select 1, 0, 0, null, json_build_object('erpId', x.e, 'priceListErpId', pl.erp_id, 'productErpId', x.pe, 'netMinor', x.a)::text
         from latest x join price_list pl on pl.id = x.l where x.pid is null`,
      [now],
    );
    await client.query(`drop table ${PRICE_STAGING}`);
    await keys?.restore();
    return stagedLoadResult('prices', res.rows, 'its price list or product is unknown to Kontor', ERP_EVENTS.pricesChanged);
  },
};

/**
 * A page's live entries as columns, one per (list, product), the page's last winning. Entries whose list (or, given
 * `products`, product) Kontor does not know go to `rejected`. Without `products` (a staged first load) the products
 * stay ERP ids: `P` is left empty and entries are keyed by `PE`.
 */
function priceColumns(live: ErpPrice[], lists: Map<string, string>, products: Map<string, string> | null, rejected: QuarantinedInput[]) {
  const at = new Map<string, number>();
  const L: string[] = [];
  const P: string[] = [];
  const PE: string[] = [];
  const E: string[] = [];
  const A: number[] = [];
  let missing = 0;
  for (const r of live) {
    const l = lists.get(r.priceListErpId);
    const p = products ? products.get(r.productErpId) : r.productErpId;
    if (!l || !p) {
      missing++;
      rejected.push(reject('prices', r, 'its price list or product is unknown to Kontor'));
      continue;
    }
    const key = l + p;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, L.length);
      L.push(l);
      if (products) P.push(p);
      PE.push(r.productErpId);
      E.push(r.erpId);
      A.push(r.netMinor);
    } else {
      E[i] = r.erpId;
      A[i] = r.netMinor;
    }
  }
  return { L, P, PE, E, A, missing };
}

/** The staging table of a price first load (temporary: this session's, gone at commit or rollback). */
const PRICE_STAGING = 'price_first_load';

/** A first load's page: its entries staged with the products' ERP ids (lists resolved now: there are few). */
async function stagePrices(
  client: PgClient,
  live: ErpPrice[],
  tomb: string[],
  rejected: QuarantinedInput[],
  memory: RunMemory,
): Promise<ApplyResult> {
  const lists = await idsOf(
    client,
    memory,
    'price_list',
    live.map((r) => r.priceListErpId),
  );
  const { L, PE, E, A } = priceColumns(live, lists, null, rejected);
  if (!memory.has(PRICE_STAGING)) {
    memory.set(PRICE_STAGING, true);
    await client.query(
      `create temp table ${PRICE_STAGING} (seq bigint generated always as identity, l uuid not null, pe text not null,
       e text, a bigint not null) on commit drop`,
    );
  }
  await copyColumns(client, PRICE_STAGING, ['l', 'pe', 'e', 'a'], [L, PE, E, A]);
  // a deletion removes the entry of the (list, product) whose latest staged version bears that id, as a page would
  // delete the row holding it (a later page may stage it again)
  if (tomb.length)
    await client.query(
      `delete from ${PRICE_STAGING} s using (
         select distinct on (l, pe) l, pe, e from ${PRICE_STAGING}
          where (l, pe) in (select l, pe from ${PRICE_STAGING} where e = any($1)) order by l, pe, seq desc) k
        where k.e = any($1) and s.l = k.l and s.pe = k.pe`,
      [tomb],
    );
  // staged rows are counted, and their events published, when the first load writes them (finishFirstLoad)
  return { changed: 0, unchanged: 0, rejected, events: [] };
}

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

export const PRICING_SINKS: Sink[] = [priceListsSink, pricesSink, tradeTermsSink, promotionsSink] as Sink[];

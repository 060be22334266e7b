import type { Ctx } from '../../common/context';
import { badInput, forbidden } from '../../common/errors';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../common/pagination';
import type { CustomerPrice, PricingPort, ProductPricingRef } from '../pricing/pricing.contract';
import { parseMinor } from '../pricing/currency';
import { audienceFor, type Audience, type StockFreshness } from './audience';
import type { CatalogService } from './catalog.service';
import type { CharacteristicKind } from './characteristic.entity';
import { translate, type Translations } from './i18n';
import { filterConditions, listColumns, listJoins, nameExpr, visibleTo, type CategoryScope, type ProductFilter } from './product-sql';
import { query } from '../../common/prepared-query';
import { arr, isUuid, Sql } from './sql';

export type ProductSort = 'NAME' | 'SKU' | 'PRICE_ASC' | 'PRICE_DESC';

/** A product in a list: flat, built straight from one SQL row. */
export interface ProductListItem {
  id: string;
  sku: string;
  name: string;
  model: string | null;
  ean: string | null;
  unit: string;
  packSize: number;
  minQuantity: number;
  stepQuantity: number;
  vatRateBp: number;
  image: string | null;
  categoryId: string | null;
  /** The category ids from the root down, comma-separated (text parses far faster than a uuid[]). */
  categoryPath: string;
  manufacturerId: string | null;
  manufacturerName: string | null;
  /** Sum over warehouses of on hand − ERP-reserved − Kontor holds; null without stock.view or while stock is stale. */
  available?: number | null;
  /** The ERP's stock figures are past the staleness limit: numbers hidden until the next stock sync. */
  stockStale?: boolean;
  stockAsOfMs?: number | null;
  stockAsOf?: Date | null;
  /** The customer's price; null without prices.view, or when the product has none. */
  price?: CustomerPrice | null;
}

export interface WarehouseStock {
  warehouseId: string;
  code: string;
  name: string;
  city: string | null;
  pickup: boolean;
  onHand: number;
  erpReserved: number;
  kontorHeld: number;
  available: number;
  asOf: Date;
  planned: Array<{ quantity: number; expectedOn: string }>;
}

export interface ProductCharacteristicValue {
  code: string;
  name: string;
  kind: CharacteristicKind;
  unit: string | null;
  value: string;
  label: string;
}

export interface ProductDetail extends ProductListItem {
  erpId: string | null;
  description: string;
  images: string[];
  characteristics: ProductCharacteristicValue[];
  /** Per warehouse; null without stock.view. */
  stock: WarehouseStock[] | null;
  associated: ProductListItem[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}
export interface CharacteristicFacet {
  code: string;
  name: string;
  kind: CharacteristicKind;
  unit: string | null;
  values: FacetValue[];
  min: number | null;
  max: number | null;
}
export interface ProductFacets {
  totalCount: number;
  manufacturers: FacetValue[];
  characteristics: CharacteristicFacet[];
  categories: FacetValue[];
  /** Lowest and highest customer net unit price; null without prices.view or over the price cap. */
  priceRange: { min: number; max: number; currency: string } | null;
}

export interface ListArgs {
  filter?: ProductFilter | null;
  sort?: ProductSort | null;
  first?: number | null;
  after?: string | null;
  companyId?: string | null;
  /** Whether the caller selected prices (they are computed only then, and only with prices.view). */
  wantPrices?: boolean;
}

interface FacetRow {
  t: string;
  code: string | null;
  value: string | null;
  vtype: string | null;
  n: number;
  name: string | null;
  kind: CharacteristicKind | null;
  unit: string | null;
  position: number | null;
  label: string | null;
  opos: number | null;
}

/** How long facet counts of one filter are reused, and how many filters are remembered. */
export const FACET_CACHE_MS = 60_000;
const FACET_CACHE_ENTRIES = 1000;

/** How many products a price sort or price filter may range over (they are priced in the process, not in SQL). */
export const PRICE_SCAN_CAP = 5000;
const NO_PRICE = Number.MAX_SAFE_INTEGER;

/** Product lists, facets and detail for one audience (company, language, permissions). */
export class ProductsService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly pricing: PricingPort | null,
    private readonly maxPageSize = 100,
    private readonly stockFreshness: StockFreshness | null = null,
  ) {}

  async list(ctx: Ctx, args: ListArgs): Promise<Page<ProductListItem>> {
    const aud = await audienceFor(ctx, args.companyId, this.stockFreshness);
    const n = pageSize(args, this.maxPageSize);
    const sort = args.sort ?? 'NAME';
    const byPrice = sort === 'PRICE_ASC' || sort === 'PRICE_DESC' || args.filter?.priceMin != null || args.filter?.priceMax != null;
    if (byPrice) return this.listByPrice(ctx, aud, args, n, sort);

    const sql = new Sql().add(`select ${listColumns(aud.locale, aud.stock)} from product p ${listJoins(aud.stock)} where true`);
    await filterConditions(ctx, this.catalog, sql, args.filter);
    visibleTo(sql, aud);
    let key: (r: ProductListItem) => Array<string | number>;
    if (sort === 'SKU') {
      if (args.after) sql.add('and p.sku > ?', String(decodeCursor(args.after, 1)[0]));
      sql.add(`order by p.sku limit ${limitOf(n + 1)}`);
      key = (r) => [r.sku];
    } else {
      const name = this.nameOrder(aud);
      if (args.after) {
        const [k, id] = decodeCursor(args.after, 2);
        if (typeof k !== 'string' || typeof id !== 'string' || !isUuid(id))
          throw badInput('The "after" cursor is malformed; use a cursor returned by this list.');
        sql.add(`and (${name}, p.id) > (?, ?::uuid)`, k, id);
      }
      sql.add(`order by ${name}, p.id limit ${limitOf(n + 1)}`);
      key = (r) => [r.name, r.id];
    }
    // a page of the tree (or of everything) is one index range whatever the category: its generic plan is the plan,
    // so it is not planned again per request; filters whose best plan depends on their values are planned for them
    const order = sort === 'SKU' ? 'page.sku' : 'page.name, page.id';
    const rows = await readPage(ctx, sql, order, this.pricedFor(aud, !!args.wantPrices));
    const page = this.toPage(rows, n, key);
    presentRows(page.nodes, aud, rows.prices);
    return page;
  }

  /** Whose prices a page carries: for holders of prices.view who asked for them. */
  private pricedFor(aud: Audience, wantPrices: boolean) {
    return aud.prices && wantPrices && this.pricing ? { pricing: this.pricing, companyId: aud.companyId } : null;
  }

  /** The sort expression; identical to an index expression, so a subtree page is one index range. */
  private nameOrder(aud: Audience): string {
    return nameExpr(aud.locale);
  }

  private toPage(rows: ProductListItem[], n: number, key: (r: ProductListItem) => Array<string | number>): Page<ProductListItem> {
    const hasNextPage = rows.length > n;
    const nodes = hasNextPage ? rows.slice(0, n) : rows;
    const cursors = nodes.map((r) => encodeCursor(key(r)));
    return { nodes, cursors, hasNextPage, endCursor: cursors.length ? cursors[cursors.length - 1] : null };
  }

  /** Stock times as Dates; prices for holders of prices.view who asked for them, in one pricing call. */
  private async finish(
    ctx: Ctx,
    aud: Audience,
    rows: ProductListItem[],
    wantPrices: boolean,
    known?: Map<string, CustomerPrice>,
  ): Promise<void> {
    let prices = known;
    if (!prices && aud.prices && wantPrices && this.pricing && rows.length) {
      prices = await this.pricing.pricesFor(ctx, aud.companyId, rows.map(refOf), 1, { explain: rows.length === 1 });
    }
    presentRows(rows, aud, prices ?? null);
  }

  private requirePriceAccess(aud: Audience): PricingPort {
    if (!aud.prices) throw forbidden('Sorting or filtering by price needs the prices.view permission.');
    if (!this.pricing) throw badInput('Prices are not available yet.');
    return this.pricing;
  }

  /** Priced candidates of a filter (capped), with the price bounds applied. */
  private async pricedCandidates(ctx: Ctx, aud: Audience, filter: ProductFilter | null | undefined) {
    const pricing = this.requirePriceAccess(aud);
    const sql = new Sql().add('select p.id, p.category_path, p.manufacturer_id, p.vat_rate_bp from product p where true');
    await filterConditions(ctx, this.catalog, sql, filter);
    visibleTo(sql, aud);
    sql.add(`limit ${PRICE_SCAN_CAP + 1}`);
    const rows: Array<{ id: string; category_path: string[]; manufacturer_id: string | null; vat_rate_bp: number }> = await query(
      ctx,
      sql.text,
      sql.params,
    );
    if (rows.length > PRICE_SCAN_CAP) {
      throw badInput(
        `Sorting or filtering by price works on at most ${PRICE_SCAN_CAP} products; narrow the filter (a category, a manufacturer, …).`,
      );
    }
    const prices = rows.length
      ? await pricing.pricesFor(
          ctx,
          aud.companyId,
          rows.map((r) => ({ productId: r.id, categoryIds: r.category_path, manufacturerId: r.manufacturer_id, vatRateBp: r.vat_rate_bp })),
          1,
          { explain: false },
        )
      : new Map<string, CustomerPrice>();
    const bound = (text: string | null | undefined, currency: string) => {
      if (text == null) return null;
      try {
        return parseMinor(text, currency);
      } catch (err) {
        throw badInput(`Price bound "${text}": ${(err as Error).message}`);
      }
    };
    const hasBounds = filter?.priceMin != null || filter?.priceMax != null;
    const ids = rows
      .map((r) => r.id)
      .filter((id) => {
        if (!hasBounds) return true;
        const p = prices.get(id);
        if (!p) return false;
        const min = bound(filter?.priceMin, p.currency);
        const max = bound(filter?.priceMax, p.currency);
        return (min == null || p.unitNetMinor >= min) && (max == null || p.unitNetMinor <= max);
      });
    return { ids, prices };
  }

  private async listByPrice(ctx: Ctx, aud: Audience, args: ListArgs, n: number, sort: ProductSort): Promise<Page<ProductListItem>> {
    const { ids, prices } = await this.pricedCandidates(ctx, aud, args.filter);
    const sortKey = (id: string): number => {
      const p = prices.get(id);
      if (sort === 'PRICE_DESC') return p ? -p.unitNetMinor : NO_PRICE;
      if (sort === 'PRICE_ASC') return p ? p.unitNetMinor : NO_PRICE;
      return 0;
    };
    const nameSorted = sort !== 'PRICE_ASC' && sort !== 'PRICE_DESC';
    let ordered = ids.map((id) => ({ id, k: sortKey(id) }));
    let after: [number, string] | null = null;
    if (args.after) {
      const [k, id] = decodeCursor(args.after, 2);
      if (typeof k !== 'number' || typeof id !== 'string')
        throw badInput('The "after" cursor is malformed; use a cursor returned by this list.');
      after = [k, id];
    }
    if (nameSorted && sort !== 'NAME' && sort !== 'SKU') throw badInput(`Unknown sort ${String(sort)}.`);
    if (nameSorted) {
      // a price filter with a name or SKU order: fetch the page by the usual order among the matching ids
      const sql = new Sql().add(
        `select ${listColumns(aud.locale, aud.stock)} from product p ${listJoins(aud.stock)} where p.id = any(?::uuid[])`,
        arr(ids),
      );
      const name = sort === 'SKU' ? 'p.sku' : nameExpr(aud.locale);
      if (args.after) {
        const [k, id] = decodeCursor(args.after, 2);
        if (typeof k !== 'string' || typeof id !== 'string' || !isUuid(id))
          throw badInput('The "after" cursor is malformed; use a cursor returned by this list.');
        sql.add(`and (${name}, p.id) > (?, ?::uuid)`, k, id);
      }
      sql.add(`order by ${name}, p.id limit ${limitOf(n + 1)}`);
      const rows: ProductListItem[] = ids.length ? await query(ctx, sql.text, sql.params) : [];
      const page = this.toPage(rows, n, (r) => [sort === 'SKU' ? r.sku : r.name, r.id]);
      await this.finish(ctx, aud, page.nodes, true, prices);
      return page;
    }
    ordered.sort((a, b) => a.k - b.k || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (after) {
      const [k, id] = after;
      ordered = ordered.filter((o) => o.k > k || (o.k === k && o.id > id));
    }
    const slice = ordered.slice(0, n + 1);
    const sql = new Sql().add(
      `select ${listColumns(aud.locale, aud.stock)} from product p ${listJoins(aud.stock)} where p.id = any(?::uuid[])`,
      arr(slice.map((o) => o.id)),
    );
    const fetched: ProductListItem[] = slice.length ? await query(ctx, sql.text, sql.params) : [];
    const byId = new Map(fetched.map((r) => [r.id, r]));
    const rows = slice.map((o) => byId.get(o.id)).filter((r): r is ProductListItem => !!r);
    const page = this.toPage(rows, n, (r) => [sortKey(r.id), r.id]);
    await this.finish(ctx, aud, page.nodes, true, prices);
    return page;
  }

  /** Facet counts for the current filter: manufacturers, filterable characteristics, subcategories; a price range for prices.view. */
  async facets(
    ctx: Ctx,
    args: { filter?: ProductFilter | null; companyId?: string | null; wantPriceRange?: boolean },
  ): Promise<ProductFacets> {
    const aud = await audienceFor(ctx, args.companyId, this.stockFreshness);
    const hasBounds = args.filter?.priceMin != null || args.filter?.priceMax != null;
    const inner = new Sql().add('select p.id, p.manufacturer_id, p.attributes, p.category_path from product p where true');
    let scope: CategoryScope | null = null;
    let priced: { ids: string[]; prices: Map<string, CustomerPrice> } | null = null;
    if (hasBounds) {
      priced = await this.pricedCandidates(ctx, aud, args.filter);
      inner.add('and p.id = any(?::uuid[])', arr(priced.ids));
      scope = args.filter?.categoryId
        ? { categoryId: args.filter.categoryId, depth: await this.catalog.depthOf(ctx, args.filter.categoryId) }
        : null;
    } else {
      scope = await filterConditions(ctx, this.catalog, inner, args.filter);
      visibleTo(inner, aud);
    }
    const childDepth = (scope?.depth ?? 0) + 1;
    const sql = new Sql().add(
      `with f as materialized (${inner.text}),
       g as (select e.key as k, e.value as v, count(*)::int as n from f, jsonb_each(f.attributes) e group by 1, 2)
       select 'c' as t, g.k as code, g.v #>> '{}' as value, jsonb_typeof(g.v) as vtype, g.n,
              kontor_name(c.names, '${aud.locale}') as name, c.kind, c.unit, c.position,
              case when o.id is not null then kontor_name(o.names, '${aud.locale}') end as label, o.position as opos
         from g join characteristic c on c.code = g.k and c.filterable
         left join characteristic_option o on o.characteristic_id = c.id and o.code = g.v #>> '{}'
       union all
       select 'm', null, f.manufacturer_id::text, null, count(*)::int, null, null, null, null, min(m.name), null
         from f join manufacturer m on m.id = f.manufacturer_id group by f.manufacturer_id
       union all
       select 'k', null, x.cid::text, null, x.n, null, null, null, cat.position, kontor_name(cat.names, '${aud.locale}'), null
         from (select f.category_path[${childDepth}] as cid, count(*)::int as n from f where cardinality(f.category_path) >= ${childDepth} group by 1) x
         join category cat on cat.id = x.cid
       union all
       select 't', null, null, null, count(*)::int, null, null, null, null, null, null from f`,
      ...inner.params,
    );
    const rows: FacetRow[] = await this.facetRows(ctx, sql);
    const facets: ProductFacets = { totalCount: 0, manufacturers: [], characteristics: [], categories: [], priceRange: null };
    const chars = new Map<string, CharacteristicFacet & { position: number; vals: Array<FacetValue & { pos: number }> }>();
    for (const r of rows) {
      if (r.t === 't') facets.totalCount = r.n;
      else if (r.t === 'm') facets.manufacturers.push({ value: r.value!, label: r.label ?? '', count: r.n });
      else if (r.t === 'k')
        facets.categories.push({ value: r.value!, label: r.label ?? '', count: r.n, pos: r.position ?? 0 } as FacetValue);
      else {
        let c = chars.get(r.code!);
        if (!c) {
          c = {
            code: r.code!,
            name: r.name ?? r.code!,
            kind: r.kind!,
            unit: r.unit,
            values: [],
            vals: [],
            min: null,
            max: null,
            position: r.position ?? 0,
          };
          chars.set(r.code!, c);
        }
        if (c.kind === 'number' && r.vtype === 'number') {
          const v = Number(r.value);
          c.min = c.min == null ? v : Math.min(c.min, v);
          c.max = c.max == null ? v : Math.max(c.max, v);
        }
        const label =
          r.label ??
          (c.kind === 'boolean'
            ? r.value === 'true'
              ? 'yes'
              : 'no'
            : c.kind === 'number' && c.unit
              ? `${r.value} ${c.unit}`
              : (r.value ?? ''));
        c.vals.push({ value: r.value ?? '', label, count: r.n, pos: r.opos ?? 0 });
      }
    }
    facets.manufacturers.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    facets.categories.sort(
      (a, b) => ((a as { pos?: number }).pos ?? 0) - ((b as { pos?: number }).pos ?? 0) || a.label.localeCompare(b.label),
    );
    facets.categories = facets.categories.map(({ value, label, count }) => ({ value, label, count }));
    facets.characteristics = [...chars.values()]
      .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
      .map(({ vals, position: _p, ...c }) => ({
        ...c,
        values: vals
          .sort((a, b) =>
            c.kind === 'number' ? Number(a.value) - Number(b.value) : a.pos - b.pos || b.count - a.count || a.label.localeCompare(b.label),
          )
          .slice(0, 100)
          .map(({ pos: _q, ...v }) => v),
      }));
    if (aud.prices && this.pricing && args.wantPriceRange) {
      if (!priced && facets.totalCount <= PRICE_SCAN_CAP && facets.totalCount > 0)
        priced = await this.pricedCandidates(ctx, aud, args.filter);
      if (priced) {
        let min: CustomerPrice | null = null;
        let max: CustomerPrice | null = null;
        for (const id of priced.ids) {
          const p = priced.prices.get(id);
          if (!p) continue;
          if (!min || p.unitNetMinor < min.unitNetMinor) min = p;
          if (!max || p.unitNetMinor > max.unitNetMinor) max = p;
        }
        if (min && max && min.currency === max.currency)
          facets.priceRange = { min: min.unitNetMinor, max: max.unitNetMinor, currency: min.currency };
      }
    }
    return facets;
  }

  /**
   * Facet counts change only when the ERP sync writes the catalog (every few minutes), and a category's counts
   * are asked for by everyone browsing it: the rows of one statement (its text and values, which carry the
   * filter, the language and the company's assortment) are kept for FACET_CACHE_MS.
   */
  private facetCache = new Map<string, { at: number; rows: Promise<FacetRow[]> }>();

  private facetRows(ctx: Ctx, sql: Sql): Promise<FacetRow[]> {
    const key = `${sql.text}\u0000${JSON.stringify(sql.params)}`;
    const now = Date.now();
    const hit = this.facetCache.get(key);
    if (hit && now - hit.at < FACET_CACHE_MS) return hit.rows;
    if (this.facetCache.size >= FACET_CACHE_ENTRIES) this.facetCache.clear();
    const rows = query<FacetRow>(ctx, sql.text, sql.params);
    this.facetCache.set(key, { at: now, rows });
    rows.catch(() => this.facetCache.delete(key));
    return rows;
  }

  /** One product with stock per warehouse, characteristics and visible associated products: one statement. */
  async product(ctx: Ctx, id: string, args: { companyId?: string | null; wantPrices?: boolean } = {}): Promise<ProductDetail | null> {
    const aud = await audienceFor(ctx, args.companyId, this.stockFreshness);
    if (!isUuid(id)) return null;
    const L = aud.locale;
    const stockCol = aud.stock
      ? `(select json_agg(json_build_object('warehouseId', w.id, 'code', w.code, 'name', w.name, 'city', w.city, 'pickup', w.pickup,
            'onHand', s.on_hand::float8, 'erpReserved', s.erp_reserved::float8, 'kontorHeld', s.kontor_held::float8,
            'available', (s.on_hand - s.erp_reserved - s.kontor_held)::float8, 'asOfMs', extract(epoch from s.as_of)::float8 * 1000,
            'planned', (select coalesce(json_agg(json_build_object('quantity', d.quantity::float8, 'expectedOn', d.expected_on) order by d.expected_on), '[]')
                          from stock_delivery d where d.product_id = s.product_id and d.warehouse_id = s.warehouse_id and d.expected_on >= current_date))
            order by w.position, w.code)
           from stock s join warehouse w on w.id = s.warehouse_id and w.active where s.product_id = p.id)`
      : 'null';
    const sql = new Sql().add(
      `select 0 as pos, ${listColumns(L, aud.stock)}, p.erp_id as "erpId", kontor_name(p.descriptions, '${L}') as description, p.images,
              (select json_agg(json_build_object('code', c.code, 'name', kontor_name(c.names, '${L}'), 'kind', c.kind, 'unit', c.unit,
                        'value', e.value #>> '{}', 'label', case when o.id is not null then kontor_name(o.names, '${L}') else e.value #>> '{}' end) order by c.position, c.code)
                 from jsonb_each(p.attributes) e join characteristic c on c.code = e.key
                 left join characteristic_option o on o.characteristic_id = c.id and o.code = e.value #>> '{}') as characteristics,
              ${stockCol} as stock
         from product p ${listJoins(aud.stock)} where p.id = ?`,
      id,
    );
    visibleTo(sql, aud);
    sql.add(
      `union all
       select 1 + a.position, ${listColumns(L, aud.stock)}, null, null, null, null, null
         from product_association a join product p on p.id = a.associated_id ${listJoins(aud.stock)}
        where a.product_id = ?`,
      id,
    );
    visibleTo(sql, aud);
    sql.add('order by pos, name limit 51');
    const rows: Array<ProductListItem & { pos: number } & Partial<ProductDetail> & { stock: unknown }> = await query(
      ctx,
      sql.text,
      sql.params,
    );
    const main = rows.find((r) => r.pos === 0);
    if (!main) return null;
    const associated = rows.filter((r) => r.pos !== 0);
    await this.finish(ctx, aud, [main, ...associated], !!args.wantPrices);
    const stock =
      aud.stock && !aud.stockStale
        ? ((main.stock as Array<Omit<WarehouseStock, 'asOf'> & { asOfMs: number }> | null) ?? []).map(({ asOfMs, ...s }) => ({
            ...s,
            asOf: new Date(asOfMs),
          }))
        : null;
    for (const a of associated) delete (a as { pos?: number }).pos;
    return {
      ...main,
      erpId: main.erpId ?? null,
      description: main.description ?? '',
      images: main.images ?? [],
      characteristics: (main.characteristics ?? []).map((c) => ({
        ...c,
        label: c.kind === 'boolean' ? (c.value === 'true' ? 'yes' : 'no') : c.label,
      })),
      stock,
      associated,
    };
  }
}

export function refOf(r: ProductListItem): ProductPricingRef {
  return {
    productId: r.id,
    categoryIds: r.categoryPath ? r.categoryPath.split(',') : [],
    manufacturerId: r.manufacturerId,
    vatRateBp: r.vatRateBp,
  };
}

export { translate, type Translations };

/** The products of a page read by readPage, and their categories and manufacturers, as SQL for embedded pricing. */
export const PAGE_PRODUCTS = {
  productIds: '(select array_agg(page.id) from page)',
  // every category on the rows' paths and their manufacturers, repeats and all (the rules only test membership)
  scopeIds: `(select string_to_array(string_agg(concat_ws(',', nullif(page."categoryPath", ''), page."manufacturerId"), ','), ',') from page)`,
};

/**
 * Runs a list statement (its rows with listColumns), priced for `priced.companyId` when given. A statement that runs
 * its generic plan carries the rules that price its rows (PricingPort.embedded; they travel once, on the first row):
 * one round trip for a priced page. A statement planned for its values prices its rows in a statement of its own,
 * which runs its generic plan, rather than have the rules planned again with the list. `order` orders the rows as the
 * statement does, over its output columns (`page.name, page.id`).
 */
export async function readPage(
  ctx: Ctx,
  list: Sql,
  order: string,
  priced: { pricing: PricingPort; companyId: string | null } | null,
): Promise<ProductListItem[] & { prices: Map<string, CustomerPrice> | null }> {
  const generic = !list.valueSensitive;
  if (!priced || !generic) {
    const rows: ProductListItem[] = await query(ctx, list.text, list.params, { generic });
    const prices =
      priced && rows.length ? await priced.pricing.pricesFor(ctx, priced.companyId, rows.map(refOf), 1, { explain: false }) : null;
    return Object.assign(rows, { prices });
  }
  const embedded = priced.pricing.embedded(ctx, priced.companyId, PAGE_PRODUCTS, { explain: false });
  const rows: Array<ProductListItem & { priceRules?: unknown }> = await query(
    ctx,
    `with page as materialized (${list.text})
     select page.*, case when row_number() over (order by ${order}) = 1 then ${embedded.sql} end as "priceRules"
       from page order by ${order}`,
    [...list.params, ...embedded.params],
    { generic },
  );
  const prices = rows.length ? embedded.price(rows.map(refOf), rows[0]!.priceRules) : new Map<string, CustomerPrice>();
  return Object.assign(rows, { prices });
}
/**
 * A row limit written into the statement text rather than passed as a value: with `limit $n` PostgreSQL's
 * generic plan for a prepared statement assumes a tenth of the table and loses to planning every time;
 * with the number in the text the generic plan is as good as a custom one and is kept.
 */
function limitOf(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a row limit: ${n}`);
  return n;
}

/**
 * List rows as the audience may see them: the stock time as a Date, the price (only with prices.view), and no stock
 * figure without stock.view or while the ERP's stock is stale.
 */
export function presentRows(rows: ProductListItem[], aud: Audience, prices: ReadonlyMap<string, CustomerPrice> | null): void {
  for (const r of rows) {
    r.stockAsOf = r.stockAsOfMs != null ? new Date(r.stockAsOfMs) : null;
    r.price = aud.prices && prices ? (prices.get(r.id) ?? null) : null;
    r.stockStale = aud.stockStale;
    if (!aud.stock || aud.stockStale) r.available = null;
  }
}

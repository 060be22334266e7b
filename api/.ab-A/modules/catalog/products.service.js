"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get FACET_CACHE_MS () {
        return FACET_CACHE_MS;
    },
    get PAGE_PRODUCTS () {
        return PAGE_PRODUCTS;
    },
    get PRICE_SCAN_CAP () {
        return PRICE_SCAN_CAP;
    },
    get ProductsService () {
        return ProductsService;
    },
    get presentRows () {
        return presentRows;
    },
    get readPage () {
        return readPage;
    },
    get refOf () {
        return refOf;
    },
    get translate () {
        return _i18n.translate;
    }
});
const _errors = require("../../common/errors");
const _pagination = require("../../common/pagination");
const _currency = require("../pricing/currency");
const _audience = require("./audience");
const _i18n = require("./i18n");
const _productsql = require("./product-sql");
const _preparedquery = require("../../common/prepared-query");
const _sql = require("./sql");
const FACET_CACHE_MS = 60_000;
const FACET_CACHE_ENTRIES = 1000;
const PRICE_SCAN_CAP = 5000;
const NO_PRICE = Number.MAX_SAFE_INTEGER;
let ProductsService = class ProductsService {
    constructor(catalog, pricing, maxPageSize = 100, stockFreshness = null){
        this.catalog = catalog;
        this.pricing = pricing;
        this.maxPageSize = maxPageSize;
        this.stockFreshness = stockFreshness;
        /**
   * Facet counts change only when the ERP sync writes the catalog (every few minutes), and a category's counts
   * are asked for by everyone browsing it: the rows of one statement (its text and values, which carry the
   * filter, the language and the company's assortment) are kept for FACET_CACHE_MS.
   */ this.facetCache = new Map();
    }
    async list(ctx, args) {
        const aud = await (0, _audience.audienceFor)(ctx, args.companyId, this.stockFreshness);
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const sort = args.sort ?? 'NAME';
        const byPrice = sort === 'PRICE_ASC' || sort === 'PRICE_DESC' || args.filter?.priceMin != null || args.filter?.priceMax != null;
        if (byPrice) return this.listByPrice(ctx, aud, args, n, sort);
        const sql = new _sql.Sql().add(`select ${(0, _productsql.listColumns)(aud.locale, aud.stock)} from product p ${(0, _productsql.listJoins)(aud.stock)} where true`);
        await (0, _productsql.filterConditions)(ctx, this.catalog, sql, args.filter);
        (0, _productsql.visibleTo)(sql, aud);
        let key;
        if (sort === 'SKU') {
            if (args.after) sql.add('and p.sku > ?', String((0, _pagination.decodeCursor)(args.after, 1)[0]));
            sql.add(`order by p.sku limit ${limitOf(n + 1)}`);
            key = (r)=>[
                    r.sku
                ];
        } else {
            const name = this.nameOrder(aud);
            if (args.after) {
                const [k, id] = (0, _pagination.decodeCursor)(args.after, 2);
                if (typeof k !== 'string' || typeof id !== 'string' || !(0, _sql.isUuid)(id)) throw (0, _errors.badInput)('The "after" cursor is malformed; use a cursor returned by this list.');
                sql.add(`and (${name}, p.id) > (?, ?::uuid)`, k, id);
            }
            sql.add(`order by ${name}, p.id limit ${limitOf(n + 1)}`);
            key = (r)=>[
                    r.name,
                    r.id
                ];
        }
        // a page of the tree (or of everything) is one index range whatever the category: its generic plan is the plan,
        // so it is not planned again per request; filters whose best plan depends on their values are planned for them
        const order = sort === 'SKU' ? 'page.sku' : 'page.name, page.id';
        const rows = await readPage(ctx, sql, order, this.pricedFor(aud, !!args.wantPrices));
        const page = this.toPage(rows, n, key);
        presentRows(page.nodes, aud, rows.prices);
        return page;
    }
    /** Whose prices a page carries: for holders of prices.view who asked for them. */ pricedFor(aud, wantPrices) {
        return aud.prices && wantPrices && this.pricing ? {
            pricing: this.pricing,
            companyId: aud.companyId
        } : null;
    }
    /** The sort expression; identical to an index expression, so a subtree page is one index range. */ nameOrder(aud) {
        return (0, _productsql.nameExpr)(aud.locale);
    }
    toPage(rows, n, key) {
        const hasNextPage = rows.length > n;
        const nodes = hasNextPage ? rows.slice(0, n) : rows;
        const cursors = nodes.map((r)=>(0, _pagination.encodeCursor)(key(r)));
        return {
            nodes,
            cursors,
            hasNextPage,
            endCursor: cursors.length ? cursors[cursors.length - 1] : null
        };
    }
    /** Stock times as Dates; prices for holders of prices.view who asked for them, in one pricing call. */ async finish(ctx, aud, rows, wantPrices, known) {
        let prices = known;
        if (!prices && aud.prices && wantPrices && this.pricing && rows.length) {
            prices = await this.pricing.pricesFor(ctx, aud.companyId, rows.map(refOf), 1, {
                explain: rows.length === 1
            });
        }
        presentRows(rows, aud, prices ?? null);
    }
    requirePriceAccess(aud) {
        if (!aud.prices) throw (0, _errors.forbidden)('Sorting or filtering by price needs the prices.view permission.');
        if (!this.pricing) throw (0, _errors.badInput)('Prices are not available yet.');
        return this.pricing;
    }
    /** Priced candidates of a filter (capped), with the price bounds applied. */ async pricedCandidates(ctx, aud, filter) {
        const pricing = this.requirePriceAccess(aud);
        const sql = new _sql.Sql().add('select p.id, p.category_path, p.manufacturer_id, p.vat_rate_bp from product p where true');
        await (0, _productsql.filterConditions)(ctx, this.catalog, sql, filter);
        (0, _productsql.visibleTo)(sql, aud);
        sql.add(`limit ${PRICE_SCAN_CAP + 1}`);
        const rows = await (0, _preparedquery.query)(ctx, sql.text, sql.params);
        if (rows.length > PRICE_SCAN_CAP) {
            throw (0, _errors.badInput)(`Sorting or filtering by price works on at most ${PRICE_SCAN_CAP} products; narrow the filter (a category, a manufacturer, …).`);
        }
        const prices = rows.length ? await pricing.pricesFor(ctx, aud.companyId, rows.map((r)=>({
                productId: r.id,
                categoryIds: r.category_path,
                manufacturerId: r.manufacturer_id,
                vatRateBp: r.vat_rate_bp
            })), 1, {
            explain: false
        }) : new Map();
        const bound = (text, currency)=>{
            if (text == null) return null;
            try {
                return (0, _currency.parseMinor)(text, currency);
            } catch (err) {
                throw (0, _errors.badInput)(`Price bound "${text}": ${err.message}`);
            }
        };
        const hasBounds = filter?.priceMin != null || filter?.priceMax != null;
        const ids = rows.map((r)=>r.id).filter((id)=>{
            if (!hasBounds) return true;
            const p = prices.get(id);
            if (!p) return false;
            const min = bound(filter?.priceMin, p.currency);
            const max = bound(filter?.priceMax, p.currency);
            return (min == null || p.unitNetMinor >= min) && (max == null || p.unitNetMinor <= max);
        });
        return {
            ids,
            prices
        };
    }
    async listByPrice(ctx, aud, args, n, sort) {
        const { ids, prices } = await this.pricedCandidates(ctx, aud, args.filter);
        const sortKey = (id)=>{
            const p = prices.get(id);
            if (sort === 'PRICE_DESC') return p ? -p.unitNetMinor : NO_PRICE;
            if (sort === 'PRICE_ASC') return p ? p.unitNetMinor : NO_PRICE;
            return 0;
        };
        const nameSorted = sort !== 'PRICE_ASC' && sort !== 'PRICE_DESC';
        let ordered = ids.map((id)=>({
                id,
                k: sortKey(id)
            }));
        let after = null;
        if (args.after) {
            const [k, id] = (0, _pagination.decodeCursor)(args.after, 2);
            if (typeof k !== 'number' || typeof id !== 'string') throw (0, _errors.badInput)('The "after" cursor is malformed; use a cursor returned by this list.');
            after = [
                k,
                id
            ];
        }
        if (nameSorted && sort !== 'NAME' && sort !== 'SKU') throw (0, _errors.badInput)(`Unknown sort ${String(sort)}.`);
        if (nameSorted) {
            // a price filter with a name or SKU order: fetch the page by the usual order among the matching ids
            const sql = new _sql.Sql().add(`select ${(0, _productsql.listColumns)(aud.locale, aud.stock)} from product p ${(0, _productsql.listJoins)(aud.stock)} where p.id = any(?::uuid[])`, (0, _sql.arr)(ids));
            const name = sort === 'SKU' ? 'p.sku' : (0, _productsql.nameExpr)(aud.locale);
            if (args.after) {
                const [k, id] = (0, _pagination.decodeCursor)(args.after, 2);
                if (typeof k !== 'string' || typeof id !== 'string' || !(0, _sql.isUuid)(id)) throw (0, _errors.badInput)('The "after" cursor is malformed; use a cursor returned by this list.');
                sql.add(`and (${name}, p.id) > (?, ?::uuid)`, k, id);
            }
            sql.add(`order by ${name}, p.id limit ${limitOf(n + 1)}`);
            const rows = ids.length ? await (0, _preparedquery.query)(ctx, sql.text, sql.params) : [];
            const page = this.toPage(rows, n, (r)=>[
                    sort === 'SKU' ? r.sku : r.name,
                    r.id
                ]);
            await this.finish(ctx, aud, page.nodes, true, prices);
            return page;
        }
        ordered.sort((a, b)=>a.k - b.k || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        if (after) {
            const [k, id] = after;
            ordered = ordered.filter((o)=>o.k > k || o.k === k && o.id > id);
        }
        const slice = ordered.slice(0, n + 1);
        const sql = new _sql.Sql().add(`select ${(0, _productsql.listColumns)(aud.locale, aud.stock)} from product p ${(0, _productsql.listJoins)(aud.stock)} where p.id = any(?::uuid[])`, (0, _sql.arr)(slice.map((o)=>o.id)));
        const fetched = slice.length ? await (0, _preparedquery.query)(ctx, sql.text, sql.params) : [];
        const byId = new Map(fetched.map((r)=>[
                r.id,
                r
            ]));
        const rows = slice.map((o)=>byId.get(o.id)).filter((r)=>!!r);
        const page = this.toPage(rows, n, (r)=>[
                sortKey(r.id),
                r.id
            ]);
        await this.finish(ctx, aud, page.nodes, true, prices);
        return page;
    }
    /** Facet counts for the current filter: manufacturers, filterable characteristics, subcategories; a price range for prices.view. */ async facets(ctx, args) {
        const aud = await (0, _audience.audienceFor)(ctx, args.companyId, this.stockFreshness);
        const hasBounds = args.filter?.priceMin != null || args.filter?.priceMax != null;
        const inner = new _sql.Sql().add('select p.id, p.manufacturer_id, p.attributes, p.category_path from product p where true');
        let scope = null;
        let priced = null;
        if (hasBounds) {
            priced = await this.pricedCandidates(ctx, aud, args.filter);
            inner.add('and p.id = any(?::uuid[])', (0, _sql.arr)(priced.ids));
            scope = args.filter?.categoryId ? {
                categoryId: args.filter.categoryId,
                depth: await this.catalog.depthOf(ctx, args.filter.categoryId)
            } : null;
        } else {
            scope = await (0, _productsql.filterConditions)(ctx, this.catalog, inner, args.filter);
            (0, _productsql.visibleTo)(inner, aud);
        }
        const childDepth = (scope?.depth ?? 0) + 1;
        const sql = new _sql.Sql().add(`with f as materialized (${inner.text}),
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
       select 't', null, null, null, count(*)::int, null, null, null, null, null, null from f`, ...inner.params);
        const rows = await this.facetRows(ctx, sql);
        const facets = {
            totalCount: 0,
            manufacturers: [],
            characteristics: [],
            categories: [],
            priceRange: null
        };
        const chars = new Map();
        for (const r of rows){
            if (r.t === 't') facets.totalCount = r.n;
            else if (r.t === 'm') facets.manufacturers.push({
                value: r.value,
                label: r.label ?? '',
                count: r.n
            });
            else if (r.t === 'k') facets.categories.push({
                value: r.value,
                label: r.label ?? '',
                count: r.n,
                pos: r.position ?? 0
            });
            else {
                let c = chars.get(r.code);
                if (!c) {
                    c = {
                        code: r.code,
                        name: r.name ?? r.code,
                        kind: r.kind,
                        unit: r.unit,
                        values: [],
                        vals: [],
                        min: null,
                        max: null,
                        position: r.position ?? 0
                    };
                    chars.set(r.code, c);
                }
                if (c.kind === 'number' && r.vtype === 'number') {
                    const v = Number(r.value);
                    c.min = c.min == null ? v : Math.min(c.min, v);
                    c.max = c.max == null ? v : Math.max(c.max, v);
                }
                const label = r.label ?? (c.kind === 'boolean' ? r.value === 'true' ? 'yes' : 'no' : c.kind === 'number' && c.unit ? `${r.value} ${c.unit}` : r.value ?? '');
                c.vals.push({
                    value: r.value ?? '',
                    label,
                    count: r.n,
                    pos: r.opos ?? 0
                });
            }
        }
        facets.manufacturers.sort((a, b)=>b.count - a.count || a.label.localeCompare(b.label));
        facets.categories.sort((a, b)=>(a.pos ?? 0) - (b.pos ?? 0) || a.label.localeCompare(b.label));
        facets.categories = facets.categories.map(({ value, label, count })=>({
                value,
                label,
                count
            }));
        facets.characteristics = [
            ...chars.values()
        ].sort((a, b)=>a.position - b.position || a.code.localeCompare(b.code)).map(({ vals, position: _p, ...c })=>({
                ...c,
                values: vals.sort((a, b)=>c.kind === 'number' ? Number(a.value) - Number(b.value) : a.pos - b.pos || b.count - a.count || a.label.localeCompare(b.label)).slice(0, 100).map(({ pos: _q, ...v })=>v)
            }));
        if (aud.prices && this.pricing && args.wantPriceRange) {
            if (!priced && facets.totalCount <= PRICE_SCAN_CAP && facets.totalCount > 0) priced = await this.pricedCandidates(ctx, aud, args.filter);
            if (priced) {
                let min = null;
                let max = null;
                for (const id of priced.ids){
                    const p = priced.prices.get(id);
                    if (!p) continue;
                    if (!min || p.unitNetMinor < min.unitNetMinor) min = p;
                    if (!max || p.unitNetMinor > max.unitNetMinor) max = p;
                }
                if (min && max && min.currency === max.currency) facets.priceRange = {
                    min: min.unitNetMinor,
                    max: max.unitNetMinor,
                    currency: min.currency
                };
            }
        }
        return facets;
    }
    facetRows(ctx, sql) {
        const key = `${sql.text}\u0000${JSON.stringify(sql.params)}`;
        const now = Date.now();
        const hit = this.facetCache.get(key);
        if (hit && now - hit.at < FACET_CACHE_MS) return hit.rows;
        if (this.facetCache.size >= FACET_CACHE_ENTRIES) this.facetCache.clear();
        const rows = (0, _preparedquery.query)(ctx, sql.text, sql.params);
        this.facetCache.set(key, {
            at: now,
            rows
        });
        rows.catch(()=>this.facetCache.delete(key));
        return rows;
    }
    /** One product with stock per warehouse, characteristics and visible associated products: one statement. */ async product(ctx, id, args = {}) {
        const aud = await (0, _audience.audienceFor)(ctx, args.companyId, this.stockFreshness);
        if (!(0, _sql.isUuid)(id)) return null;
        const L = aud.locale;
        const stockCol = aud.stock ? `(select json_agg(json_build_object('warehouseId', w.id, 'code', w.code, 'name', w.name, 'city', w.city, 'pickup', w.pickup,
            'onHand', s.on_hand::float8, 'erpReserved', s.erp_reserved::float8, 'kontorHeld', s.kontor_held::float8,
            'available', (s.on_hand - s.erp_reserved - s.kontor_held)::float8, 'asOfMs', extract(epoch from s.as_of)::float8 * 1000,
            'planned', (select coalesce(json_agg(json_build_object('quantity', d.quantity::float8, 'expectedOn', d.expected_on) order by d.expected_on), '[]')
                          from stock_delivery d where d.product_id = s.product_id and d.warehouse_id = s.warehouse_id and d.expected_on >= current_date))
            order by w.position, w.code)
           from stock s join warehouse w on w.id = s.warehouse_id and w.active where s.product_id = p.id)` : 'null';
        const sql = new _sql.Sql().add(`select 0 as pos, ${(0, _productsql.listColumns)(L, aud.stock)}, p.erp_id as "erpId", kontor_name(p.descriptions, '${L}') as description, p.images,
              (select json_agg(json_build_object('code', c.code, 'name', kontor_name(c.names, '${L}'), 'kind', c.kind, 'unit', c.unit,
                        'value', e.value #>> '{}', 'label', case when o.id is not null then kontor_name(o.names, '${L}') else e.value #>> '{}' end) order by c.position, c.code)
                 from jsonb_each(p.attributes) e join characteristic c on c.code = e.key
                 left join characteristic_option o on o.characteristic_id = c.id and o.code = e.value #>> '{}') as characteristics,
              ${stockCol} as stock
         from product p ${(0, _productsql.listJoins)(aud.stock)} where p.id = ?`, id);
        (0, _productsql.visibleTo)(sql, aud);
        sql.add(`union all
       select 1 + a.position, ${(0, _productsql.listColumns)(L, aud.stock)}, null, null, null, null, null
         from product_association a join product p on p.id = a.associated_id ${(0, _productsql.listJoins)(aud.stock)}
        where a.product_id = ?`, id);
        (0, _productsql.visibleTo)(sql, aud);
        sql.add('order by pos, name limit 51');
        const rows = await (0, _preparedquery.query)(ctx, sql.text, sql.params);
        const main = rows.find((r)=>r.pos === 0);
        if (!main) return null;
        const associated = rows.filter((r)=>r.pos !== 0);
        await this.finish(ctx, aud, [
            main,
            ...associated
        ], !!args.wantPrices);
        const stock = aud.stock && !aud.stockStale ? (main.stock ?? []).map(({ asOfMs, ...s })=>({
                ...s,
                asOf: new Date(asOfMs)
            })) : null;
        for (const a of associated)delete a.pos;
        return {
            ...main,
            erpId: main.erpId ?? null,
            description: main.description ?? '',
            images: main.images ?? [],
            characteristics: (main.characteristics ?? []).map((c)=>({
                    ...c,
                    label: c.kind === 'boolean' ? c.value === 'true' ? 'yes' : 'no' : c.label
                })),
            stock,
            associated
        };
    }
};
function refOf(r) {
    return {
        productId: r.id,
        categoryIds: r.categoryPath ? r.categoryPath.split(',') : [],
        manufacturerId: r.manufacturerId,
        vatRateBp: r.vatRateBp
    };
}
const PAGE_PRODUCTS = {
    productIds: '(select array_agg(page.id) from page)',
    // every category on the rows' paths and their manufacturers, repeats and all (the rules only test membership)
    scopeIds: `(select string_to_array(string_agg(concat_ws(',', nullif(page."categoryPath", ''), page."manufacturerId"), ','), ',') from page)`
};
async function readPage(ctx, list, order, priced) {
    const generic = !list.valueSensitive;
    if (!priced || !generic) {
        const rows = await (0, _preparedquery.query)(ctx, list.text, list.params, {
            generic
        });
        const prices = priced && rows.length ? await priced.pricing.pricesFor(ctx, priced.companyId, rows.map(refOf), 1, {
            explain: false
        }) : null;
        return Object.assign(rows, {
            prices
        });
    }
    const embedded = priced.pricing.embedded(ctx, priced.companyId, PAGE_PRODUCTS, {
        explain: false
    });
    const rows = await (0, _preparedquery.query)(ctx, `with page as materialized (${list.text})
     select page.*, case when row_number() over (order by ${order}) = 1 then ${embedded.sql} end as "priceRules"
       from page order by ${order}`, [
        ...list.params,
        ...embedded.params
    ], {
        generic
    });
    const prices = rows.length ? embedded.price(rows.map(refOf), rows[0].priceRules) : new Map();
    return Object.assign(rows, {
        prices
    });
}
/**
 * A row limit written into the statement text rather than passed as a value: with `limit $n` PostgreSQL's
 * generic plan for a prepared statement assumes a tenth of the table and loses to planning every time;
 * with the number in the text the generic plan is as good as a custom one and is kept.
 */ function limitOf(n) {
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a row limit: ${n}`);
    return n;
}
function presentRows(rows, aud, prices) {
    for (const r of rows){
        r.stockAsOf = r.stockAsOfMs != null ? new Date(r.stockAsOfMs) : null;
        r.price = aud.prices && prices ? prices.get(r.id) ?? null : null;
        r.stockStale = aud.stockStale;
        if (!aud.stock || aud.stockStale) r.available = null;
    }
}

//# sourceMappingURL=products.service.js.map
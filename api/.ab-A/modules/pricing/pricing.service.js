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
    get PricingService () {
        return PricingService;
    },
    get SqlProductFacts () {
        return SqlProductFacts;
    },
    get isUuid () {
        return isUuid;
    }
});
const _actor = require("../../common/actor");
const _errors = require("../../common/errors");
const _preparedquery = require("../../common/prepared-query");
const _priceengine = require("./price-engine");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s)=>UUID.test(s);
/** A PostgreSQL array literal of uuids (checked by the caller). */ const uuidArray = (ids)=>`{${ids.join(',')}}`;
let SqlProductFacts = class SqlProductFacts {
    async factsFor(ctx, productIds) {
        const ids = [
            ...new Set(productIds)
        ].filter(isUuid);
        if (!ids.length) return [];
        const rows = await ctx.em.getConnection().execute('select id, category_path, manufacturer_id, vat_rate_bp from product where id = any(?::uuid[]) and active', [
            uuidArray(ids)
        ]);
        return rows.map((r)=>({
                productId: r.id,
                categoryIds: r.category_path,
                categoryPath: r.category_path,
                manufacturerId: r.manufacturer_id,
                vatRateBp: r.vat_rate_bp
            }));
    }
};
/**
 * Everything the engine needs for one company and a set of products, in ONE round trip: values company (or
 * null) twice, then the moment. `productIds` (uuid[]) and `scopeIds` (text[] of lower-case uuids, compared as
 * text: no uuid is parsed for them) are expressions for the products and their categories and manufacturers:
 * values of the statement's own, or expressions over the caller's statement.
 * - the company's price list, or the default list when it has no terms (or no company is given);
 * - list entries of those products; the company's discounts naming them, their categories or
 *   manufacturers, or everything; the company's individual prices; tiers of the products (the company's,
 *   the list's, and global ones); promotions in force for the company (or for everyone) covering them.
 */ const rulesSql = (productIds, scopeIds)=>`
with terms as (
  select t.price_list_id, t.manual_discount_cap_bp from company_trade_terms t where t.company_id = ?::uuid
), pl as (
  select l.id, l.currency, l.prices_are_gross from price_list l
   where l.id = coalesce((select price_list_id from terms), (select d.id from price_list d where d.is_default))
), args as (
  select ?::uuid as company_id, ${productIds}::uuid[] as product_ids, ${scopeIds}::text[] as scope_ids, ?::timestamptz as at
)
select
  (select json_build_object('id', pl.id, 'currency', pl.currency, 'gross', pl.prices_are_gross) from pl) as list,
  (select manual_discount_cap_bp from terms) as cap,
  (select json_agg(json_build_array(e.product_id, e.amount_minor))
     from price_list_entry e, pl, args where e.price_list_id = pl.id and e.product_id = any(args.product_ids)) as entries,
  (select json_agg(json_build_array(d.id, d.scope, d.scope_id, d.percent_bp))
     from discount_rule d, args
    where d.company_id = args.company_id
      and (d.scope = 'all' or d.scope_id = any(args.product_ids) or d.scope_id::text = any(args.scope_ids))) as discounts,
  (select json_agg(json_build_array(i.product_id, i.net_minor, i.currency))
     from individual_price i, args where i.company_id = args.company_id and i.product_id = any(args.product_ids)) as individual,
  (select json_agg(json_build_array(v.id, v.product_id, v.min_quantity::float8, v.net_minor, v.percent_bp, v.currency, v.company_id is not null))
     from volume_tier v, args
    where v.product_id = any(args.product_ids)
      and (v.company_id = args.company_id
           or (v.company_id is null and (v.price_list_id is null or v.price_list_id = (select id from pl))))) as tiers,
  (select json_agg(json_build_array(p.id, p.code,
            (extract(epoch from p.valid_from) * 1000)::float8, (extract(epoch from p.valid_to) * 1000)::float8,
            p.product_ids, p.category_ids, p.manufacturer_ids, p.percent_bp, p.net_minor, p.currency, p.beats_individual)
          order by p.valid_from nulls first, p.id)
     from promotion p, args
    where p.active
      and (p.company_ids is null or args.company_id = any(p.company_ids))
      and (p.valid_from is null or p.valid_from <= args.at)
      and (p.valid_to is null or p.valid_to > args.at)
      and ((cardinality(p.product_ids) = 0 and cardinality(p.category_ids) = 0 and cardinality(p.manufacturer_ids) = 0)
           or p.product_ids && args.product_ids or p.category_ids::text[] && args.scope_ids or p.manufacturer_ids::text[] && args.scope_ids)) as promotions`;
const RULES_SQL = rulesSql('?', '?');
let PricingService = class PricingService {
    constructor(facts, options = {
        defaultManualDiscountCapBp: 1000
    }){
        this.facts = facts;
        this.options = options;
    }
    /**
   * Prices for products the caller already has facts for (catalog lists, baskets, orders). Refuses an actor
   * without prices.view, and a company the actor may not reach; a customer or API key is always priced for
   * its own company whatever `companyId` says.
   */ async pricesFor(ctx, companyId, products, quantity = 1, options = {}) {
        const company = this.companyFor(ctx, companyId);
        const refs = products.filter((p)=>isUuid(p.productId));
        if (!refs.length) return new Map();
        const at = options.at ?? ctx.clock.now();
        const productIds = [
            ...new Set(refs.map((p)=>p.productId))
        ];
        // a page's products share a few categories and manufacturers: each distinct id is checked once
        const scopes = new Set();
        for (const p of refs){
            for (const c of p.categoryIds)scopes.add(c);
            if (p.manufacturerId) scopes.add(p.manufacturerId);
        }
        const scopeIds = [
            ...scopes
        ].filter(isUuid).map((id)=>id.toLowerCase());
        // one statement whatever the products and company: its generic plan is the plan, not planned per request
        const [row] = await (0, _preparedquery.query)(ctx, RULES_SQL, [
            company,
            company,
            uuidArray(productIds),
            uuidArray(scopeIds),
            at.toISOString()
        ], {
            generic: true
        });
        return this.priced(ctx, company, refs, row ?? null, quantity, options, at);
    }
    embedded(ctx, companyId, over, options = {}) {
        const company = this.companyFor(ctx, companyId);
        const at = options.at ?? ctx.clock.now();
        return {
            sql: `(select row_to_json(r) from (${rulesSql(over.productIds, over.scopeIds)}) r)`,
            params: [
                company,
                company,
                at.toISOString()
            ],
            // the products' ids need no check here: they reach no SQL text, and an id the rules do not price stays unpriced
            price: (products, rules)=>this.priced(ctx, company, products, rules ?? null, 1, options, at)
        };
    }
    /** The engine over the products, with the rules one statement read for them (RULES_SQL's row). */ priced(ctx, company, refs, row, quantity, options, at) {
        const out = new Map();
        if (!row?.list || !row.entries) return out;
        const list = row.list;
        const entries = new Map(row.entries);
        const individual = new Map();
        for (const [productId, netMinor, currency] of row.individual ?? [])individual.set(productId, {
            netMinor,
            currency
        });
        const discounts = (row.discounts ?? []).map(([id, scope, scopeId, percentBp])=>({
                id,
                scope,
                scopeId,
                percentBp
            }));
        const tiersByProduct = new Map();
        for (const [id, productId, minQuantity, netMinor, percentBp, currency, companySpecific] of row.tiers ?? []){
            let ts = tiersByProduct.get(productId);
            if (!ts) tiersByProduct.set(productId, ts = []);
            ts.push({
                id,
                minQuantity,
                netMinor,
                percentBp,
                currency,
                companySpecific
            });
        }
        const promotions = (row.promotions ?? []).map(([id, code, validFrom, validTo, productIds, categoryIds, manufacturerIds, percentBp, netMinor, currency, beatsIndividual])=>({
                id,
                code,
                validFrom,
                validTo,
                productIds,
                categoryIds,
                manufacturerIds,
                percentBp,
                netMinor,
                currency,
                beatsIndividual
            }));
        const manualAllowed = options.manualDiscounts !== undefined && options.manualDiscounts.size > 0 && ctx.actor.kind === 'staff' && (0, _actor.hasPermission)(ctx.actor, 'staff.discounts.grant') && company !== null;
        const capBp = row.cap ?? this.options.defaultManualDiscountCapBp;
        const atMs = at.getTime();
        for (const product of refs){
            const amount = entries.get(product.productId);
            if (amount === undefined || out.has(product.productId)) continue;
            const q = typeof quantity === 'number' ? quantity : quantity.get(product.productId) ?? 1;
            const manual = manualAllowed ? toManual(options.manualDiscounts.get(product.productId), capBp) : null;
            const result = (0, _priceengine.resolvePrice)({
                product,
                list: {
                    currency: list.currency,
                    amountMinor: amount,
                    gross: list.gross
                },
                quantity: q,
                at: atMs,
                individual: individual.get(product.productId) ?? null,
                discounts,
                tiers: tiersByProduct.get(product.productId),
                promotions,
                manual,
                explain: options.explain
            });
            out.set(product.productId, result);
        }
        return out;
    }
    /** The batch behind the `prices` query: product facts from the catalog, then pricesFor. */ async pricesForProductIds(ctx, companyId, productIds, quantity) {
        this.companyFor(ctx, companyId);
        const ids = [
            ...new Set(productIds)
        ].filter(isUuid);
        if (!ids.length) return [];
        const facts = await this.facts.factsFor(ctx, ids);
        const prices = await this.pricesFor(ctx, companyId, facts, quantity);
        const out = [];
        for (const id of ids){
            const p = prices.get(id);
            if (p) out.push(p);
        }
        return out;
    }
    /** The company whose terms apply, after the access checks (prices.view; reachability). */ companyFor(ctx, companyId) {
        const actor = ctx.actor;
        if (!(0, _actor.hasPermission)(actor, 'prices.view')) throw (0, _errors.forbidden)('You lack the permission prices.view for this.');
        const own = (0, _actor.ownCompanyId)(actor);
        if (own) return own;
        if (companyId === null) return null;
        if (!isUuid(companyId) || !(0, _actor.canReachCompany)(actor, companyId)) throw (0, _errors.forbidden)('You may not see prices for this company.');
        return companyId;
    }
};
function toManual(req, maxPercentBp) {
    if (!req) return null;
    return req.kind === 'percent' ? {
        kind: 'percent',
        percentBp: req.percentBp,
        maxPercentBp
    } : {
        kind: 'amount',
        amountMinor: req.amountMinor,
        maxPercentBp
    };
}

//# sourceMappingURL=pricing.service.js.map
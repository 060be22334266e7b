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
    get INDEXED_DEPTH () {
        return INDEXED_DEPTH;
    },
    get SUBTREE_NAME_LOCALES () {
        return SUBTREE_NAME_LOCALES;
    },
    get filterConditions () {
        return filterConditions;
    },
    get listColumns () {
        return listColumns;
    },
    get listJoins () {
        return listJoins;
    },
    get nameExpr () {
        return nameExpr;
    },
    get visibleTo () {
        return visibleTo;
    }
});
const _errors = require("../../common/errors");
const _sql = require("./sql");
const INDEXED_DEPTH = 3;
const SUBTREE_NAME_LOCALES = [
    'pl',
    'en'
];
const nameExpr = (locale)=>`kontor_name(p.names, '${locale}')`;
function listColumns(locale, stock) {
    const cols = `p.id, p.sku, ${nameExpr(locale)} as name, p.model, p.ean, p.unit,
    p.pack_size::float8 as "packSize", p.min_quantity::float8 as "minQuantity", p.step_quantity::float8 as "stepQuantity",
    p.vat_rate_bp as "vatRateBp", p.images[1] as image, p.category_id as "categoryId", array_to_string(p.category_path, ',') as "categoryPath",
    p.manufacturer_id as "manufacturerId", m.name as "manufacturerName"`;
    return stock ? `${cols}, st.available, st.as_of_ms as "stockAsOfMs"` : cols;
}
function listJoins(stock) {
    const m = 'left join manufacturer m on m.id = p.manufacturer_id';
    return stock ? `${m} left join lateral (select sum(s.on_hand - s.erp_reserved - s.kontor_held)::float8 as available,
         extract(epoch from min(s.as_of))::float8 * 1000 as as_of_ms from stock s where s.product_id = p.id) st on true` : m;
}
function visibleTo(sql, aud, alias = 'p') {
    sql.add('and p.active');
    if (!aud.companyId) return;
    sql.add(`and (not exists (select 1 from company_assortment ca where ca.company_id = ?)
          or exists (select 1 from company_assortment ca join assortment_product ap on ap.assortment_id = ca.assortment_id
                      where ca.company_id = ? and ap.product_id = ${alias}.id))`, aud.companyId, aud.companyId);
}
async function filterConditions(ctx, catalog, sql, filter) {
    let scope = null;
    if (!filter) return scope;
    if (filter.categoryId) {
        const depth = await catalog.depthOf(ctx, filter.categoryId);
        scope = {
            categoryId: filter.categoryId,
            depth
        };
        if (depth <= INDEXED_DEPTH) sql.add(`and p.category_path[${depth}] = ?`, filter.categoryId);
        else {
            sql.add('and p.category_path @> ?::uuid[]', (0, _sql.arr)([
                filter.categoryId
            ]));
            sql.valueSensitive = true;
        }
    }
    if (filter.manufacturerIds?.length) {
        const bad = filter.manufacturerIds.find((id)=>!(0, _sql.isUuid)(id));
        if (bad) throw (0, _errors.badInput)(`"${bad}" is not a manufacturer id.`);
        if (filter.manufacturerIds.length > 100) throw (0, _errors.badInput)('Filter by at most 100 manufacturers at once.');
        sql.add('and p.manufacturer_id = any(?::uuid[])', (0, _sql.arr)(filter.manufacturerIds));
        sql.valueSensitive = true;
    }
    if (filter.characteristics?.length) {
        if (filter.characteristics.length > 20) throw (0, _errors.badInput)('Filter by at most 20 characteristics at once.');
        sql.valueSensitive = true;
        const defs = await catalog.characteristics(ctx, filter.characteristics.map((c)=>c.code));
        for (const f of filter.characteristics){
            const def = defs.get(f.code);
            if (!def) throw (0, _errors.badInput)(`There is no characteristic "${f.code}". Use the codes productFacets returns.`);
            const hasValues = !!f.values?.length;
            const hasRange = f.min != null || f.max != null;
            if (hasValues === hasRange) throw (0, _errors.badInput)(`Characteristic "${f.code}": give either values or a min/max range.`);
            if (hasRange) {
                if (def.kind !== 'number') throw (0, _errors.badInput)(`Characteristic "${f.code}" is not a number; filter it by values.`);
                const key = def.code;
                const num = `case when jsonb_typeof(p.attributes -> ?::text) = 'number' then (p.attributes ->> ?::text)::numeric end`;
                if (f.min != null) sql.add(`and ${num} >= ?::numeric`, key, key, f.min);
                if (f.max != null) sql.add(`and ${num} <= ?::numeric`, key, key, f.max);
                continue;
            }
            if (f.values.length > 50) throw (0, _errors.badInput)(`Characteristic "${f.code}": at most 50 values.`);
            const docs = f.values.map((v)=>{
                let value = v;
                if (def.kind === 'boolean') {
                    if (v !== 'true' && v !== 'false') throw (0, _errors.badInput)(`Characteristic "${f.code}" is yes/no: use "true" or "false".`);
                    value = v === 'true';
                } else if (def.kind === 'number') {
                    value = Number(v);
                    if (!Number.isFinite(value)) throw (0, _errors.badInput)(`Characteristic "${f.code}" is a number; "${v}" is not.`);
                } else if (def.kind === 'enum' && !def.options.some((o)=>o.code === v)) {
                    throw (0, _errors.badInput)(`Characteristic "${f.code}" has no option "${v}".`);
                }
                return JSON.stringify({
                    [def.code]: value
                });
            });
            sql.add(`and (${docs.map(()=>'p.attributes @> ?::jsonb').join(' or ')})`, ...docs);
        }
    }
    if (filter.inStockOnly) {
        sql.add('and exists (select 1 from stock s where s.product_id = p.id and s.on_hand - s.erp_reserved - s.kontor_held > 0)');
        sql.valueSensitive = true;
    }
    return scope;
}

//# sourceMappingURL=product-sql.js.map
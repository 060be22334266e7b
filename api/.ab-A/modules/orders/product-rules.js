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
    get orderableProducts () {
        return orderableProducts;
    },
    get pricingRef () {
        return pricingRef;
    },
    get quantityFits () {
        return quantityFits;
    }
});
async function orderableProducts(client, wanted) {
    const out = new Map();
    if (!wanted.length) return out;
    const res = await client.query(`select p.id, p.sku, p.erp_id as "erpId", p.active, p.min_quantity::float8 as "minQuantity", p.step_quantity::float8 as "stepQuantity",
            p.vat_rate_bp as "vatRateBp", p.category_path as "categoryPath", p.manufacturer_id as "manufacturerId",
            case when q.suggest then (select s.warehouse_id from stock s join warehouse w on w.id = s.warehouse_id
              where s.product_id = p.id and w.active and s.on_hand - s.erp_reserved - s.kontor_held >= q.qty
              order by w.position, w.code limit 1) end as "suggestedWarehouseId"
       from (select r.p, max(r.q) as qty, bool_or(r.s) as suggest from unnest($1::uuid[], $2::numeric[], $3::bool[]) r(p, q, s) group by r.p) q
       join product p on p.id = q.p`, [
        wanted.map((w)=>w.productId),
        wanted.map((w)=>w.quantity),
        wanted.map((w)=>!w.warehouseId)
    ]);
    for (const r of res.rows)out.set(r.id, r);
    return out;
}
const pricingRef = (p)=>({
        productId: p.id,
        categoryIds: p.categoryPath,
        categoryPath: p.categoryPath,
        manufacturerId: p.manufacturerId,
        vatRateBp: p.vatRateBp
    });
function quantityFits(q, min, step) {
    const qm = Math.round(q * 1000);
    const mm = Math.round(min * 1000);
    const sm = Math.round(step * 1000);
    if (qm < mm) return false;
    if (sm <= 0) return true;
    return (qm - mm) % sm === 0;
}

//# sourceMappingURL=product-rules.js.map
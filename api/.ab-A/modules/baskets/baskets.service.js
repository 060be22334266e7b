"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BasketsService", {
    enumerable: true,
    get: function() {
        return BasketsService;
    }
});
const _actor = require("../../common/actor");
const _orderscommon = require("../orders/orders.common");
const _productrules = require("../orders/product-rules");
const _quickorder = require("./quick-order");
const MAX_NOTE = 1000;
const MAX_QUICK_BYTES = 200_000;
let BasketsService = class BasketsService {
    constructor(pricing, maxLines = 200){
        this.pricing = pricing;
        this.maxLines = maxLines;
    }
    owner(ctx, companyId) {
        const actor = ctx.actor;
        if (actor.kind !== 'customer' && actor.kind !== 'staff') return (0, _orderscommon.invalid)('An API key has no basket; place orders with lines.');
        const company = (0, _orderscommon.actingCompany)(actor, companyId);
        if (!company) return (0, _orderscommon.notFound)('The customer');
        return {
            userId: actor.userId,
            companyId: company
        };
    }
    async basket(ctx, companyId) {
        const owner = this.owner(ctx, companyId);
        if ('kind' in owner) return owner;
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`select b.id, b.list, b.product_id as "productId", p.sku, kontor_name(p.names, $3) as name, p.unit, b.warehouse_id as "warehouseId",
              b.quantity::float8 as quantity, b.note, p.min_quantity::float8 as "minQuantity", p.step_quantity::float8 as "stepQuantity",
              p.active, p.category_path as "categoryPath", p.manufacturer_id as "manufacturerId", p.vat_rate_bp as "vatRateBp", b.updated_at as "updatedAt",
              coalesce((select sum(greatest(s.on_hand - s.erp_reserved - s.kontor_held, 0)) from stock s
                         where s.product_id = b.product_id and (b.warehouse_id is null or s.warehouse_id = b.warehouse_id)), 0)::float8 as available
         from basket_line b join product p on p.id = b.product_id
        where b.user_id = $1 and b.company_id = $2 order by b.created_at, p.sku, b.id`, [
            owner.userId,
            owner.companyId,
            ctx.locale
        ]);
        let prices = new Map();
        if ((0, _actor.hasPermission)(ctx.actor, 'prices.view') && res.rows.length) {
            const qty = new Map();
            for (const r of res.rows)if (r.list === 'basket') qty.set(r.productId, (qty.get(r.productId) ?? 0) + r.quantity);
            prices = await this.pricing.pricesFor(ctx, owner.companyId, res.rows.map((r)=>({
                    productId: r.productId,
                    categoryIds: r.categoryPath,
                    categoryPath: r.categoryPath,
                    manufacturerId: r.manufacturerId,
                    vatRateBp: r.vatRateBp
                })), qty, {
                explain: false
            });
        }
        const view = (r)=>{
            const issues = [];
            if (!r.active) issues.push('PRODUCT_UNAVAILABLE');
            if (!(0, _productrules.quantityFits)(r.quantity, r.minQuantity, r.stepQuantity)) issues.push('QUANTITY_RULE');
            if (r.available < r.quantity) issues.push('INSUFFICIENT_STOCK');
            const price = prices.get(r.productId) ?? null;
            if ((0, _actor.hasPermission)(ctx.actor, 'prices.view') && !price) issues.push('NO_PRICE');
            return {
                id: r.id,
                list: r.list,
                productId: r.productId,
                sku: r.sku,
                name: r.name,
                unit: r.unit,
                warehouseId: r.warehouseId,
                quantity: r.quantity,
                note: r.note,
                minQuantity: r.minQuantity,
                stepQuantity: r.stepQuantity,
                available: r.available,
                issues,
                price,
                updatedAt: new Date(r.updatedAt)
            };
        };
        return (0, _orderscommon.ok)({
            companyId: owner.companyId,
            lines: res.rows.filter((r)=>r.list === 'basket').map(view),
            saved: res.rows.filter((r)=>r.list === 'saved').map(view)
        });
    }
    /** Adds a quantity of a product (to the basket or the saved list): one upsert statement. */ async add(ctx, input) {
        const owner = this.owner(ctx, input.companyId);
        if ('kind' in owner) return owner;
        if (!(0, _orderscommon.isUuid)(input.productId)) return (0, _orderscommon.notFound)('The product');
        if (input.warehouseId != null && !(0, _orderscommon.isUuid)(input.warehouseId)) return (0, _orderscommon.notFound)('The warehouse');
        if (!(0, _orderscommon.validQuantity)(input.quantity)) return (0, _orderscommon.invalid)('The quantity must be a positive number with at most 3 decimals.');
        if (input.note && input.note.length > MAX_NOTE) return (0, _orderscommon.invalid)(`A note may have at most ${MAX_NOTE} characters.`);
        const list = input.list ?? 'basket';
        if (list !== 'basket' && list !== 'saved') return (0, _orderscommon.invalid)('list must be basket or saved.');
        const now = ctx.clock.now();
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`insert into basket_line (id, company_id, user_id, list, line_key, product_id, warehouse_id, quantity, note, created_at, updated_at)
       select gen_random_uuid(), $1, $2, $3, p.id::text || ':' || coalesce(w.id::text, ''), p.id, w.id, $6, $7, $8, $8
         from product p left join warehouse w on w.id = $5::uuid
        where p.id = $4 and p.active and ($5::uuid is null or w.id is not null)
          and (select count(*) from basket_line x where x.user_id = $2 and x.company_id = $1 and x.list = $3) < $9
       on conflict (user_id, company_id, list, line_key)
       do update set quantity = basket_line.quantity + excluded.quantity, note = coalesce(excluded.note, basket_line.note), updated_at = excluded.updated_at
       returning id, quantity::float8 as quantity`, [
            owner.companyId,
            owner.userId,
            list,
            input.productId,
            input.warehouseId ?? null,
            (0, _orderscommon.toMilli)(input.quantity) / 1000,
            input.note ?? null,
            now,
            this.maxLines
        ]);
        if (!res.rows.length) return this.whyNotAdded(ctx, input);
        return (0, _orderscommon.ok)({
            id: res.rows[0].id,
            productId: input.productId,
            quantity: res.rows[0].quantity,
            warehouseId: input.warehouseId ?? null,
            list
        });
    }
    async whyNotAdded(ctx, input) {
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`select p.active, ($2::uuid is null or exists (select 1 from warehouse w where w.id = $2::uuid)) as wh from product p where p.id = $1`, [
            input.productId,
            input.warehouseId ?? null
        ]);
        const r = res.rows[0];
        if (!r) return (0, _orderscommon.notFound)('The product');
        if (!r.active) return {
            kind: 'productUnavailable',
            productIds: [
                input.productId
            ]
        };
        if (!r.wh) return (0, _orderscommon.notFound)('The warehouse');
        return (0, _orderscommon.invalid)(`A basket may hold at most ${this.maxLines} lines.`);
    }
    async update(ctx, input) {
        if (!(0, _orderscommon.isUuid)(input.lineId)) return (0, _orderscommon.notFound)('The basket line');
        if (input.quantity != null && !(0, _orderscommon.validQuantity)(input.quantity)) return (0, _orderscommon.invalid)('The quantity must be a positive number with at most 3 decimals.');
        if (input.note && input.note.length > MAX_NOTE) return (0, _orderscommon.invalid)(`A note may have at most ${MAX_NOTE} characters.`);
        const userId = this.userOf(ctx);
        if (!userId) return (0, _orderscommon.notFound)('The basket line');
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`update basket_line set quantity = coalesce($3, quantity), note = case when $5 then $4 else note end, updated_at = $6
        where id = $1 and user_id = $2 returning company_id`, [
            input.lineId,
            userId,
            input.quantity == null ? null : (0, _orderscommon.toMilli)(input.quantity) / 1000,
            input.note ?? null,
            input.note !== undefined,
            ctx.clock.now()
        ]);
        return res.rowCount ? (0, _orderscommon.ok)(true) : (0, _orderscommon.notFound)('The basket line');
    }
    async remove(ctx, lineId) {
        const userId = this.userOf(ctx);
        if (!userId || !(0, _orderscommon.isUuid)(lineId)) return (0, _orderscommon.notFound)('The basket line');
        const res = await (0, _orderscommon.pooled)(ctx.em).query('delete from basket_line where id = $1 and user_id = $2', [
            lineId,
            userId
        ]);
        return res.rowCount ? (0, _orderscommon.ok)(true) : (0, _orderscommon.notFound)('The basket line');
    }
    /** Moves a line to the other list (quantities add up when the product is there already). */ async move(ctx, lineId, to) {
        const userId = this.userOf(ctx);
        if (!userId || !(0, _orderscommon.isUuid)(lineId)) return (0, _orderscommon.notFound)('The basket line');
        if (to !== 'basket' && to !== 'saved') return (0, _orderscommon.invalid)('to must be basket or saved.');
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`with src as (delete from basket_line where id = $1 and user_id = $2 and list <> $3 returning *)
       insert into basket_line (id, company_id, user_id, list, line_key, product_id, warehouse_id, quantity, note, created_at, updated_at)
       select gen_random_uuid(), company_id, user_id, $3, line_key, product_id, warehouse_id, quantity, note, created_at, $4 from src
       on conflict (user_id, company_id, list, line_key)
       do update set quantity = basket_line.quantity + excluded.quantity, updated_at = excluded.updated_at
       returning id`, [
            lineId,
            userId,
            to,
            ctx.clock.now()
        ]);
        return res.rowCount ? (0, _orderscommon.ok)(true) : (0, _orderscommon.notFound)('The basket line');
    }
    async clear(ctx, companyId, list = 'basket') {
        const owner = this.owner(ctx, companyId);
        if ('kind' in owner) return owner;
        const res = await (0, _orderscommon.pooled)(ctx.em).query('delete from basket_line where user_id = $1 and company_id = $2 and list = $3', [
            owner.userId,
            owner.companyId,
            list
        ]);
        return (0, _orderscommon.ok)(res.rowCount ?? 0);
    }
    /**
   * Quick order: `SKU;quantity` lines (or CSV with `,`, `;` or tab, with or without a header). Every line gets a
   * report entry; understood lines go into the basket, the rest say why not.
   */ async quickOrder(ctx, companyId, text) {
        const owner = this.owner(ctx, companyId);
        if ('kind' in owner) return owner;
        if (Buffer.byteLength(text ?? '', 'utf8') > MAX_QUICK_BYTES) return (0, _orderscommon.invalid)(`A quick order may be at most ${MAX_QUICK_BYTES / 1000} kB.`);
        const parsed = (0, _quickorder.parseQuickOrder)(text ?? '');
        if (parsed.length > 1000) return (0, _orderscommon.invalid)('A quick order may have at most 1000 lines.');
        const skus = [
            ...new Set(parsed.filter((p)=>p.sku).map((p)=>p.sku.toUpperCase()))
        ];
        const res = skus.length ? await (0, _orderscommon.pooled)(ctx.em).query(`select id, sku, active, min_quantity::float8 as min, step_quantity::float8 as step from product where upper(sku) = any($1::text[])`, [
            skus
        ]) : {
            rows: []
        };
        const bySku = new Map(res.rows.map((r)=>[
                r.sku.toUpperCase(),
                r
            ]));
        const report = [];
        const toAdd = new Map();
        for (const p of parsed){
            const base = {
                lineNo: p.lineNo,
                raw: p.raw,
                sku: p.sku,
                quantity: p.quantity
            };
            if (p.error) {
                report.push({
                    ...base,
                    status: p.error,
                    message: p.message
                });
                continue;
            }
            const prod = bySku.get(p.sku.toUpperCase());
            if (!prod) report.push({
                ...base,
                status: 'UNKNOWN_SKU',
                message: `No product has the code "${p.sku}".`
            });
            else if (!prod.active) report.push({
                ...base,
                status: 'UNAVAILABLE',
                message: `${prod.sku} is no longer offered.`
            });
            else if (!(0, _productrules.quantityFits)(p.quantity, prod.min, prod.step)) {
                report.push({
                    ...base,
                    status: 'QUANTITY_RULE',
                    message: `${prod.sku} is sold from ${prod.min} in steps of ${prod.step}.`
                });
            } else {
                toAdd.set(prod.id, (toAdd.get(prod.id) ?? 0) + (0, _orderscommon.toMilli)(p.quantity));
                report.push({
                    ...base,
                    sku: prod.sku,
                    status: 'ADDED',
                    message: null
                });
            }
        }
        if (toAdd.size) {
            await (0, _orderscommon.pooled)(ctx.em).query(`insert into basket_line (id, company_id, user_id, list, line_key, product_id, warehouse_id, quantity, note, created_at, updated_at)
         select gen_random_uuid(), $1, $2, 'basket', a.p::text || ':', a.p, null, a.q, null, $5, $5 from unnest($3::uuid[], $4::numeric[]) a(p, q)
         on conflict (user_id, company_id, list, line_key)
         do update set quantity = basket_line.quantity + excluded.quantity, updated_at = excluded.updated_at`, [
                owner.companyId,
                owner.userId,
                [
                    ...toAdd.keys()
                ],
                [
                    ...toAdd.values()
                ].map((m)=>(m / 1000).toString()),
                ctx.clock.now()
            ]);
        }
        return (0, _orderscommon.ok)(report);
    }
    /** Puts the lines of a past order back into the basket (products still offered); the report says what was skipped. */ async reorder(ctx, orderId) {
        if (!(0, _orderscommon.isUuid)(orderId)) return (0, _orderscommon.notFound)('The order');
        const head = await (0, _orderscommon.pooled)(ctx.em).query('select company_id from sales_order where id = $1', [
            orderId
        ]);
        const companyId = head.rows[0]?.company_id;
        if (!companyId) return (0, _orderscommon.notFound)('The order');
        const owner = this.owner(ctx, companyId);
        if ('kind' in owner) return (0, _orderscommon.notFound)('The order');
        const lines = await (0, _orderscommon.pooled)(ctx.em).query(`select l.line_no, l.sku, l.quantity::float8 as quantity, l.product_id, l.warehouse_id, p.active
         from order_line l join product p on p.id = l.product_id where l.order_id = $1 order by l.line_no`, [
            orderId
        ]);
        const text = lines.rows.filter((l)=>l.active);
        if (text.length) {
            await (0, _orderscommon.pooled)(ctx.em).query(`insert into basket_line (id, company_id, user_id, list, line_key, product_id, warehouse_id, quantity, note, created_at, updated_at)
         select gen_random_uuid(), $1, $2, 'basket', a.p::text || ':' || coalesce(a.w::text, ''), a.p, a.w, sum(a.q), null, $6, $6
           from unnest($3::uuid[], $4::uuid[], $5::numeric[]) a(p, w, q) group by a.p, a.w
         on conflict (user_id, company_id, list, line_key)
         do update set quantity = basket_line.quantity + excluded.quantity, updated_at = excluded.updated_at`, [
                owner.companyId,
                owner.userId,
                text.map((l)=>l.product_id),
                text.map((l)=>l.warehouse_id),
                text.map((l)=>String(l.quantity)),
                ctx.clock.now()
            ]);
        }
        return (0, _orderscommon.ok)(lines.rows.map((l)=>({
                lineNo: l.line_no,
                raw: `${l.sku};${l.quantity}`,
                sku: l.sku,
                quantity: l.quantity,
                status: l.active ? 'ADDED' : 'UNAVAILABLE',
                message: l.active ? null : `${l.sku} is no longer offered.`
            })));
    }
    userOf(ctx) {
        const a = ctx.actor;
        return a.kind === 'customer' || a.kind === 'staff' ? a.userId : null;
    }
};

//# sourceMappingURL=baskets.service.js.map
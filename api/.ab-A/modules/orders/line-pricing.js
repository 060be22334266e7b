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
    get allocate () {
        return allocate;
    },
    get orderLineArrays () {
        return orderLineArrays;
    },
    get priceOrderLines () {
        return priceOrderLines;
    }
});
const _nodecrypto = require("node:crypto");
const _currency = require("../pricing/currency");
const _orderscommon = require("./orders.common");
const _productrules = require("./product-rules");
async function priceOrderLines(ctx, pricing, args) {
    const { lines, products, orderDiscount, capBp } = args;
    const pctOf = (d)=>d?.percent != null ? Math.round(d.percent * 100) : null;
    for (const d of [
        orderDiscount,
        ...lines.map((l)=>l.discount)
    ]){
        const bp = pctOf(d);
        if (bp !== null && (!Number.isFinite(bp) || bp < 0 || bp > 10000)) return (0, _orderscommon.invalid)('A discount percentage must be from 0 to 100.');
        if (bp !== null && bp > capBp) return {
            kind: 'discountLimit',
            message: `A manual discount may be at most ${capBp / 100} %.`,
            capBp
        };
        if (d && d.percent != null && d.amount != null) return (0, _orderscommon.invalid)('A discount is either a percentage or an amount, not both.');
    }
    const qtyByProduct = new Map();
    for (const l of lines)qtyByProduct.set(l.productId, (qtyByProduct.get(l.productId) ?? 0) + l.qtyMilli / 1000);
    const refs = [
        ...products.values()
    ].map(_productrules.pricingRef);
    const base = await pricing.pricesFor(ctx, args.companyId, refs, qtyByProduct, {
        explain: false
    });
    const currency = base.values().next().value?.currency ?? args.fallbackCurrency;
    const amountOf = (text)=>{
        try {
            return (0, _currency.parseMinor)(text, currency);
        } catch  {
            return null;
        }
    };
    const manual = new Map();
    const orderPct = pctOf(orderDiscount);
    for (const l of lines){
        const p = base.get(l.productId);
        if (!p) continue;
        const bp = pctOf(l.discount) ?? orderPct;
        if (bp !== null && bp > 0) manual.set(l.productId, {
            kind: 'percent',
            percentBp: bp
        });
        if (l.discount?.amount != null) {
            const amt = amountOf(l.discount.amount);
            if (amt === null) return (0, _orderscommon.invalid)(`"${l.discount.amount}" is not an amount in ${currency}.`);
            if (amt < 0) return (0, _orderscommon.invalid)('A discount amount cannot be negative.');
            if (amt * 10000 > p.unitNetMinor * capBp) {
                return {
                    kind: 'discountLimit',
                    message: `A manual discount may be at most ${capBp / 100} % of the price.`,
                    capBp
                };
            }
            if (amt > 0) manual.set(l.productId, {
                kind: 'amount',
                amountMinor: amt
            });
        }
    }
    const prices = manual.size ? await pricing.pricesFor(ctx, args.companyId, refs, qtyByProduct, {
        explain: false,
        manualDiscounts: manual
    }) : base;
    const unpriced = [
        ...new Set(lines.filter((l)=>!prices.has(l.productId)).map((l)=>l.productId))
    ];
    if (unpriced.length) return {
        kind: 'productUnavailable',
        productIds: unpriced
    };
    const views = lines.map((l, i)=>{
        const p = prices.get(l.productId);
        return {
            id: (0, _nodecrypto.randomUUID)(),
            lineNo: i + 1,
            productId: l.productId,
            sku: products.get(l.productId).sku,
            warehouseId: l.warehouseId,
            quantity: l.qtyMilli / 1000,
            listNetMinor: p.listNetMinor,
            unitNetMinor: p.unitNetMinor,
            unitGrossMinor: p.unitGrossMinor,
            manualDiscountMinor: Math.round((p.manualDiscountMinor ?? 0) * l.qtyMilli / 1000),
            lineNetMinor: Math.round(p.unitNetMinor * l.qtyMilli / 1000),
            lineGrossMinor: 0,
            vatRateBp: p.vatRateBp,
            rule: p.rule,
            note: l.note
        };
    });
    if (orderDiscount?.amount != null) {
        const amt = amountOf(orderDiscount.amount);
        if (amt === null) return (0, _orderscommon.invalid)(`"${orderDiscount.amount}" is not an amount in ${currency}.`);
        if (amt < 0) return (0, _orderscommon.invalid)('A discount amount cannot be negative.');
        const total = views.reduce((s, v)=>s + v.lineNetMinor, 0);
        if (amt * 10000 > total * capBp) {
            return {
                kind: 'discountLimit',
                message: `A manual discount may be at most ${capBp / 100} % of the order.`,
                capBp
            };
        }
        allocate(views, amt, total);
    }
    for (const v of views)v.lineGrossMinor = v.lineNetMinor + Math.round(v.lineNetMinor * v.vatRateBp / 10000);
    return (0, _orderscommon.ok)({
        views,
        currency
    });
}
function allocate(lines, amount, total) {
    if (amount <= 0 || total <= 0) return;
    const shares = lines.map((l)=>amount * l.lineNetMinor / total);
    const floors = shares.map(Math.floor);
    let rest = amount - floors.reduce((s, x)=>s + x, 0);
    const order = shares.map((s, i)=>[
            s - floors[i],
            i
        ]).sort((a, b)=>b[0] - a[0]);
    for (const [, i] of order){
        if (rest <= 0) break;
        floors[i]++;
        rest--;
    }
    lines.forEach((l, i)=>{
        l.lineNetMinor -= floors[i];
        l.manualDiscountMinor += floors[i];
    });
}
function orderLineArrays(views, quantities) {
    return [
        views.map((v)=>v.id),
        views.map((v)=>v.lineNo),
        views.map((v)=>v.productId),
        views.map((v)=>v.sku),
        views.map((v)=>v.warehouseId),
        quantities,
        views.map((v)=>v.listNetMinor),
        views.map((v)=>v.unitNetMinor),
        views.map((v)=>v.unitGrossMinor),
        views.map((v)=>v.manualDiscountMinor),
        views.map((v)=>v.lineNetMinor),
        views.map((v)=>v.lineGrossMinor),
        views.map((v)=>v.vatRateBp),
        views.map((v)=>v.rule),
        views.map((v)=>v.note)
    ];
}

//# sourceMappingURL=line-pricing.js.map
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
    get ORDER_SELECT () {
        return ORDER_SELECT;
    },
    get readOrder () {
        return readOrder;
    },
    get toOrderView () {
        return toOrderView;
    }
});
const ORDER_SELECT = `
select o.id, o.number, o.kind, o.status, o.company_id as "companyId", o.placed_by_id as "placedByUserId", o.rep_id as "repUserId",
       o.idempotency_key as "idempotencyKey", o.po_number as "poNumber", o.note, o.delivery_address as "deliveryAddress",
       o.shipping_method as "shippingMethod", to_char(o.requested_date, 'YYYY-MM-DD') as "requestedDate", o.currency,
       o.net_minor::float8 as "netMinor", o.gross_minor::float8 as "grossMinor", o.discount_minor::float8 as "discountMinor",
       o.credit_warning as "creditWarning", o.paid_at as "paidAt", o.erp_number as "erpNumber", o.placed_at as "placedAt", o.updated_at as "updatedAt",
       o.version,
       coalesce((select json_agg(json_build_object(
           'id', l.id, 'lineNo', l.line_no, 'productId', l.product_id, 'sku', l.sku, 'warehouseId', l.warehouse_id,
           'quantity', l.quantity::float8, 'listNetMinor', l.list_net_minor, 'unitNetMinor', l.unit_net_minor,
           'unitGrossMinor', l.unit_gross_minor, 'manualDiscountMinor', l.manual_discount_minor, 'lineNetMinor', l.line_net_minor,
           'lineGrossMinor', l.line_gross_minor, 'vatRateBp', l.vat_rate_bp, 'rule', l.rule, 'note', l.note) order by l.line_no)
         from order_line l where l.order_id = o.id), '[]') as lines
  from sales_order o`;
function toOrderView(r) {
    return {
        ...r,
        paidAt: r.paidAt ? new Date(r.paidAt) : null,
        placedAt: new Date(r.placedAt),
        updatedAt: new Date(r.updatedAt),
        lines: r.lines.map((l)=>({
                ...l,
                listNetMinor: Number(l.listNetMinor),
                unitNetMinor: Number(l.unitNetMinor),
                unitGrossMinor: Number(l.unitGrossMinor),
                manualDiscountMinor: Number(l.manualDiscountMinor),
                lineNetMinor: Number(l.lineNetMinor),
                lineGrossMinor: Number(l.lineGrossMinor)
            }))
    };
}
async function readOrder(client, where, params) {
    const res = await client.query(`${ORDER_SELECT} where ${where}`, params);
    return res.rows[0] ? toOrderView(res.rows[0]) : null;
}

//# sourceMappingURL=order-view.js.map
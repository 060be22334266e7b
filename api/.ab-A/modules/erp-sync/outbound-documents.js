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
    get documentReference () {
        return documentReference;
    },
    get orderChangeReference () {
        return orderChangeReference;
    },
    get prepareDocuments () {
        return prepareDocuments;
    }
});
function documentReference(row) {
    const p = row.payload;
    if (row.kind === 'transferRequest' && typeof p.transferId === 'string' && p.transferId) return p.transferId;
    const own = typeof p.kontorReference === 'string' && p.kontorReference ? p.kontorReference : row.aggregate_id;
    if (row.kind === 'orderChange') return orderChangeReference(own, row.seq);
    return own;
}
const orderChangeReference = (orderReference, seq)=>`${orderReference}:change:${seq}`;
const str = (v)=>typeof v === 'string' && v ? v : null;
async function prepareDocuments(client, rows) {
    const out = new Map();
    const transfers = rows.filter((r)=>r.kind === 'transferRequest');
    for (const r of rows){
        if (r.kind === 'orderChange') out.set(r.id, orderChangeDocument(r));
        else if (r.kind !== 'transferRequest') out.set(r.id, {
            ok: true,
            body: r.payload
        });
    }
    if (!transfers.length) return out;
    const warehouseIds = new Set();
    const productIds = new Set();
    for (const t of transfers){
        for (const k of [
            'fromWarehouseId',
            'toWarehouseId'
        ])if (str(t.payload[k])) warehouseIds.add(t.payload[k]);
        for (const l of Array.isArray(t.payload.lines) ? t.payload.lines : [])if (str(l.productId)) productIds.add(l.productId);
    }
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const lookup = async (table, ids)=>{
        const valid = [
            ...ids
        ].filter((id)=>uuid.test(id));
        if (!valid.length) return new Map();
        const res = await client.query(`select id::text, erp_id from "${table}" where id = any($1::uuid[])`, [
            valid
        ]);
        return new Map(res.rows.map((r)=>[
                r.id,
                r.erp_id
            ]));
    };
    const warehouses = await lookup('warehouse', warehouseIds);
    const products = await lookup('product', productIds);
    for (const t of transfers)out.set(t.id, transferDocument(t, warehouses, products));
    return out;
}
/**
 * `orderChange` (docs/bridge-protocol/schemas/orderChange.json): the payload as the orders module wrote it (the
 * order's lines and totals after the change, same line shape as the order), with the change's own
 * `kontorReference`, the order's in `orderKontorReference`, and `sequence` (the message's seq: a later change of
 * the same order has a higher one).
 */ function orderChangeDocument(row) {
    const p = row.payload;
    const order = str(p.kontorReference) ?? row.aggregate_id;
    if (!Array.isArray(p.lines) || !p.lines.length) return {
        ok: false,
        reason: `the change of order ${order} cannot be sent: it has no lines`
    };
    return {
        ok: true,
        body: {
            ...p,
            kontorReference: documentReference(row),
            orderKontorReference: order,
            sequence: row.seq
        }
    };
}
function transferDocument(row, warehouses, products) {
    const p = row.payload;
    const warehouse = (erpKey, idKey, what)=>{
        const given = str(p[erpKey]);
        if (given) return given;
        const id = str(p[idKey]);
        const erp = id ? warehouses.get(id) : undefined;
        if (erp) return erp;
        return {
            reason: id && warehouses.has(id) ? `the ${what} warehouse has no ERP id in Kontor` : `the ${what} warehouse (${id ?? 'none'}) is unknown`
        };
    };
    const from = warehouse('fromWarehouseErpId', 'fromWarehouseId', 'source');
    if (typeof from !== 'string') return {
        ok: false,
        reason: `the transfer request cannot be sent: ${from.reason}`
    };
    const to = warehouse('toWarehouseErpId', 'toWarehouseId', 'target');
    if (typeof to !== 'string') return {
        ok: false,
        reason: `the transfer request cannot be sent: ${to.reason}`
    };
    const raw = Array.isArray(p.lines) ? p.lines : [];
    if (!raw.length) return {
        ok: false,
        reason: 'the transfer request cannot be sent: it has no lines'
    };
    const lines = [];
    for (const [i, l] of raw.entries()){
        const sku = str(l.sku);
        const id = str(l.productId);
        const productErpId = str(l.productErpId) ?? (id ? products.get(id) : null);
        if (!productErpId) {
            return {
                ok: false,
                reason: `the transfer request cannot be sent: line ${i + 1} (product ${sku ?? id ?? '?'}) has no ERP id, so the ERP cannot know the product`
            };
        }
        const quantity = Number(l.quantity);
        if (!Number.isFinite(quantity) || quantity <= 0) return {
            ok: false,
            reason: `the transfer request cannot be sent: line ${i + 1} has quantity ${String(l.quantity)}`
        };
        lines.push({
            lineNo: i + 1,
            productErpId,
            sku,
            quantity
        });
    }
    const body = {
        kontorReference: documentReference(row),
        orderKontorReference: str(p.kontorReference) ?? row.aggregate_id,
        shipmentId: str(p.shipmentId),
        fromWarehouseErpId: from,
        toWarehouseErpId: to,
        lines
    };
    return {
        ok: true,
        body
    };
}

//# sourceMappingURL=outbound-documents.js.map
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
    get SHIPMENT_METHODS () {
        return SHIPMENT_METHODS;
    },
    get ShipmentsService () {
        return ShipmentsService;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _outbox = require("../erp-sync/outbox");
const _pg = require("../erp-sync/pg");
const _orderscommon = require("../orders/orders.common");
const SHIPMENT_METHODS = [
    'pickup',
    'carrierDepot',
    'carrierDelivery',
    'ownDelivery'
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The bridge protocol's names for the methods. */ const BRIDGE_METHOD = {
    pickup: 'pickup',
    carrierDepot: 'carrierDepot',
    carrierDelivery: 'carrier',
    ownDelivery: 'own'
};
const SELECT = `
select s.id, s.company_id as "companyId", s.order_id as "orderId", s.method, s.pickup_warehouse_id as "pickupWarehouseId", s.address,
       s.contact_name as "contactName", s.contact_phone as "contactPhone", to_char(s.requested_date, 'YYYY-MM-DD') as "requestedDate",
       s.note, s.status, s.created_at as "createdAt",
       coalesce((select json_agg(json_build_object('id', t.id, 'fromWarehouseId', t.from_warehouse_id, 'toWarehouseId', t.to_warehouse_id,
                  'lines', t.lines, 'status', t.status, 'createdAt', t.created_at) order by t.created_at) from transfer_request t where t.shipment_id = s.id), '[]') as transfers
  from shipment_request s`;
const view = (r)=>({
        ...r,
        createdAt: new Date(r.createdAt),
        transfers: r.transfers.map((t)=>({
                ...t,
                createdAt: new Date(t.createdAt)
            }))
    });
let ShipmentsService = class ShipmentsService {
    async request(ctx, input) {
        if (!(0, _orderscommon.isUuid)(input.orderId)) return (0, _orderscommon.notFound)('The order');
        const key = input.idempotencyKey?.trim();
        if (!key || key.length > 200) return (0, _orderscommon.invalid)('idempotencyKey must be 1–200 characters.');
        if (!SHIPMENT_METHODS.includes(input.method)) return (0, _orderscommon.invalid)(`method must be one of ${SHIPMENT_METHODS.join(', ')}.`);
        if (!input.contactName?.trim() || input.contactName.length > 200) return (0, _orderscommon.invalid)('A contact person (1–200 characters) is required.');
        if (input.contactPhone && input.contactPhone.length > 50) return (0, _orderscommon.invalid)('The phone number is too long.');
        if (input.note && input.note.length > 2000) return (0, _orderscommon.invalid)('The note may have at most 2000 characters.');
        if (!DATE.test(input.requestedDate ?? '') || Number.isNaN(Date.parse(input.requestedDate))) return (0, _orderscommon.invalid)('requestedDate must be a date like 2026-12-01.');
        if (input.method === 'pickup' && !(0, _orderscommon.isUuid)(input.pickupWarehouseId)) return (0, _orderscommon.invalid)('A pick-up names the warehouse (pickupWarehouseId).');
        if ((input.method === 'carrierDelivery' || input.method === 'ownDelivery' || input.method === 'carrierDepot') && !input.address) {
            return (0, _orderscommon.invalid)('A delivery needs an address.');
        }
        if (input.address && JSON.stringify(input.address).length > 4000) return (0, _orderscommon.invalid)('The address is too long.');
        const now = ctx.clock.now();
        const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
        let id;
        try {
            id = await (0, _pg.inPgTransaction)(ctx.em, async (tx)=>{
                const o = await tx.query(`select o.company_id, o.kind, o.status, r.status as reservation from sales_order o left join reservation r on r.order_id = o.id
            where o.id = $1 for update of o`, [
                    input.orderId
                ]);
                const order = o.rows[0];
                if (!order || !(0, _actor.canReachCompany)(ctx.actor, order.company_id)) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The order'));
                const dup = await tx.query('select id from shipment_request where company_id = $1 and idempotency_key = $2', [
                    order.company_id,
                    key
                ]);
                if (dup.rows.length) return dup.rows[0].id;
                if (order.status === 'cancelled' || order.status === 'fulfilled') throw new _orderscommon.Rollback((0, _orderscommon.invalid)(`The order is ${order.status}.`));
                if (order.kind === 'proforma' && order.reservation !== 'active' && order.reservation !== 'paid') {
                    throw new _orderscommon.Rollback((0, _orderscommon.invalid)('The proforma’s goods are no longer reserved; create a new proforma.'));
                }
                let pickup = null;
                if (input.method === 'pickup') {
                    const w = await tx.query('select id, erp_id from warehouse where id = $1 and active and pickup', [
                        input.pickupWarehouseId
                    ]);
                    if (!w.rows.length) throw new _orderscommon.Rollback((0, _orderscommon.invalid)('Goods cannot be collected at that warehouse.'));
                    pickup = w.rows[0];
                }
                const shipmentId = (0, _nodecrypto.randomUUID)();
                await tx.query(`insert into shipment_request (id, company_id, order_id, idempotency_key, method, pickup_warehouse_id, address, contact_name, contact_phone,
                  requested_date, note, status, requested_by_id, created_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'requested', $12, $13)`, [
                    shipmentId,
                    order.company_id,
                    input.orderId,
                    key,
                    input.method,
                    pickup?.id ?? null,
                    input.address ? JSON.stringify(input.address) : null,
                    input.contactName.trim(),
                    input.contactPhone ?? null,
                    input.requestedDate,
                    input.note ?? null,
                    byUser,
                    now
                ]);
                await (0, _outbox.enqueueOutboxPg)(tx, {
                    aggregateType: 'order',
                    aggregateId: input.orderId,
                    kind: 'shipmentRequest',
                    payload: {
                        kontorReference: input.orderId,
                        shipmentId,
                        method: BRIDGE_METHOD[input.method],
                        warehouseErpId: pickup?.erp_id ?? null,
                        address: input.address ?? null,
                        contactName: input.contactName.trim(),
                        contactPhone: input.contactPhone ?? null,
                        date: input.requestedDate,
                        note: input.note ?? null
                    }
                });
                if (pickup) {
                    const elsewhere = await tx.query(`select l.warehouse_id, l.product_id, l.sku, sum(l.quantity)::float8 as quantity from order_line l
              where l.order_id = $1 and l.warehouse_id is not null and l.warehouse_id <> $2 group by 1, 2, 3 order by 1, 3`, [
                        input.orderId,
                        pickup.id
                    ]);
                    const byWarehouse = new Map();
                    for (const r of elsewhere.rows){
                        const ls = byWarehouse.get(r.warehouse_id) ?? [];
                        ls.push({
                            productId: r.product_id,
                            sku: r.sku,
                            quantity: r.quantity
                        });
                        byWarehouse.set(r.warehouse_id, ls);
                    }
                    for (const [from, lines] of byWarehouse){
                        const transferId = (0, _nodecrypto.randomUUID)();
                        await tx.query(`insert into transfer_request (id, shipment_id, from_warehouse_id, to_warehouse_id, lines, status, created_at) values ($1, $2, $3, $4, $5, 'requested', $6)`, [
                            transferId,
                            shipmentId,
                            from,
                            pickup.id,
                            JSON.stringify(lines),
                            now
                        ]);
                        await (0, _outbox.enqueueOutboxPg)(tx, {
                            aggregateType: 'order',
                            aggregateId: input.orderId,
                            kind: 'transferRequest',
                            payload: {
                                kontorReference: input.orderId,
                                transferId,
                                shipmentId,
                                fromWarehouseId: from,
                                toWarehouseErpId: pickup.erp_id,
                                toWarehouseId: pickup.id,
                                lines
                            }
                        });
                    }
                }
                return shipmentId;
            });
        } catch (err) {
            if (err instanceof _orderscommon.Rollback) return err.failure;
            throw err;
        }
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`${SELECT} where s.id = $1`, [
            id
        ]);
        return (0, _orderscommon.ok)(view(res.rows[0]));
    }
    /** Shipment requests of an order the actor may see (empty otherwise). */ async forOrder(ctx, orderId) {
        if (!(0, _orderscommon.isUuid)(orderId)) return [];
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`${SELECT} where s.order_id = $1 order by s.created_at, s.id`, [
            orderId
        ]);
        const own = (0, _actor.ownCompanyId)(ctx.actor);
        return res.rows.filter((r)=>own ? r.companyId === own : (0, _actor.canReachCompany)(ctx.actor, r.companyId)).map(view);
    }
};

//# sourceMappingURL=shipments.service.js.map
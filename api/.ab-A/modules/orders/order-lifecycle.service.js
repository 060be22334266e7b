"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "OrderLifecycleService", {
    enumerable: true,
    get: function() {
        return OrderLifecycleService;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _domainevents = require("../../common/domain-events");
const _outbox = require("../erp-sync/outbox");
const _pg = require("../erp-sync/pg");
const _orderstatus = require("./order-status");
const _orderview = require("./order-view");
const _orderscommon = require("./orders.common");
const DATE = /^\d{4}-\d{2}-\d{2}$/;
let OrderLifecycleService = class OrderLifecycleService {
    constructor(reservations, bus, log){
        this.reservations = reservations;
        this.bus = bus;
        this.log = log;
    }
    /** Changes an order's status. ERP sync calls it with `{ source: 'erp' }` for statuses coming back from the ERP. */ async changeStatus(ctx, orderId, status, reason, options = {}) {
        if (!(0, _orderscommon.isUuid)(orderId)) return (0, _orderscommon.notFound)('The order');
        if (!(0, _orderstatus.isOrderStatus)(status)) return (0, _orderscommon.invalid)(`Unknown status "${status}".`);
        if (reason && reason.length > 2000) return (0, _orderscommon.invalid)('The reason may have at most 2000 characters.');
        const by = options.source ?? (0, _orderscommon.actorKind)(ctx.actor);
        const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
        const now = ctx.clock.now();
        let event;
        let stock = [];
        try {
            ({ event, stock } = await (0, _pg.inPgTransaction)(ctx.em, async (tx)=>{
                const res = await tx.query('select company_id, status, number, kind from sales_order where id = $1 for update', [
                    orderId
                ]);
                const row = res.rows[0];
                if (!row || !options.source && !(0, _actor.canReachCompany)(ctx.actor, row.company_id)) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The order'));
                if (row.status === status) throw new _orderscommon.Rollback({
                    kind: 'transition',
                    message: `The order is already ${status}.`,
                    from: row.status,
                    to: status
                });
                const verdict = (0, _orderstatus.canTransition)(row.status, status, by);
                if (verdict !== 'ok') {
                    const message = verdict === 'illegal' ? `An order cannot go from ${row.status} to ${status}.` : status === 'cancelled' ? `The order is ${row.status}; only the back office can cancel it now.` : `You may not move an order from ${row.status} to ${status}.`;
                    throw new _orderscommon.Rollback({
                        kind: 'transition',
                        message,
                        from: row.status,
                        to: status
                    });
                }
                await tx.query(`with u as (
             update sales_order set status = $2, updated_at = $3, version = version + 1, erp_number = coalesce($7, erp_number) where id = $1
           )
           insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
           values ($4, $1, $5, $2, $3, $6, $8, $9)`, [
                    orderId,
                    status,
                    now,
                    (0, _nodecrypto.randomUUID)(),
                    row.status,
                    options.source ? null : byUser,
                    options.erpNumber ?? null,
                    by,
                    reason
                ]);
                let changed = [];
                if (status === 'cancelled') {
                    const rel = await this.reservations.releaseForOrderInTx(tx, orderId, 'cancelled', now);
                    changed = rel?.stock ?? [];
                    if (by !== 'erp') {
                        await (0, _outbox.enqueueOutboxPg)(tx, {
                            aggregateType: 'order',
                            aggregateId: orderId,
                            kind: 'orderCancellation',
                            payload: {
                                kontorReference: orderId,
                                number: row.number,
                                reason,
                                cancelledAt: now.toISOString()
                            }
                        });
                    }
                } else if (status === 'received' && row.kind === 'order') {
                    const rel = await this.reservations.releaseForOrderInTx(tx, orderId, 'acknowledged', now);
                    changed = rel?.stock ?? [];
                }
                const ev = {
                    orderId,
                    companyId: row.company_id,
                    number: row.number,
                    status,
                    previousStatus: row.status,
                    at: now.toISOString(),
                    by: options.source ? null : byUser,
                    reason
                };
                return {
                    event: ev,
                    stock: changed
                };
            }));
        } catch (err) {
            if (err instanceof _orderscommon.Rollback) return err.failure;
            throw err;
        }
        void this.bus.emit(_domainevents.TOPICS.orderStatusChanged, event.companyId, event).catch((e)=>this.log.warn({
                err: e.message
            }, 'order event not published'));
        this.reservations.publishStock(stock);
        const view = await (0, _orderview.readOrder)((0, _orderscommon.pooled)(ctx.em), 'o.id = $1', [
            orderId
        ]);
        return (0, _orderscommon.ok)(view);
    }
    /** A customer (or their rep) cancels while the order is new or received; staff at any time before fulfilment. */ async cancel(ctx, orderId, reason) {
        return this.changeStatus(ctx, orderId, 'cancelled', reason?.trim() || null);
    }
    /** Edits the order's header while it is `new` (the ERP has not seen it yet). */ async update(ctx, input) {
        if (!(0, _orderscommon.isUuid)(input.orderId)) return (0, _orderscommon.notFound)('The order');
        for (const [name, v] of [
            [
                'poNumber',
                input.poNumber
            ],
            [
                'note',
                input.note
            ],
            [
                'shippingMethod',
                input.shippingMethod
            ]
        ]){
            if (v != null && v.length > 2000) return (0, _orderscommon.invalid)(`${name} may have at most 2000 characters.`);
        }
        if (input.requestedDate != null && (!DATE.test(input.requestedDate) || Number.isNaN(Date.parse(input.requestedDate)))) {
            return (0, _orderscommon.invalid)('requestedDate must be a date like 2026-12-01.');
        }
        const sets = [];
        const params = [
            input.orderId,
            ctx.clock.now()
        ];
        const set = (col, v)=>{
            params.push(v);
            sets.push(`${col} = $${params.length}`);
        };
        if (input.poNumber !== undefined) set('po_number', input.poNumber);
        if (input.note !== undefined) set('note', input.note);
        if (input.deliveryAddress !== undefined) set('delivery_address', input.deliveryAddress ? JSON.stringify(input.deliveryAddress) : null);
        if (input.shippingMethod !== undefined) set('shipping_method', input.shippingMethod);
        if (input.requestedDate !== undefined) set('requested_date', input.requestedDate);
        const client = (0, _orderscommon.pooled)(ctx.em);
        const current = await (0, _orderview.readOrder)(client, 'o.id = $1', [
            input.orderId
        ]);
        if (!current || !(0, _actor.canReachCompany)(ctx.actor, current.companyId)) return (0, _orderscommon.notFound)('The order');
        if (!sets.length) return (0, _orderscommon.ok)(current);
        const res = await client.query(`update sales_order set ${sets.join(', ')}, updated_at = $2, version = version + 1 where id = $1 and status = 'new' returning id`, params);
        if (!res.rowCount) {
            return {
                kind: 'transition',
                message: `The order is ${current.status}; it can be edited only while new.`,
                from: current.status,
                to: current.status
            };
        }
        return (0, _orderscommon.ok)(await (0, _orderview.readOrder)(client, 'o.id = $1', [
            input.orderId
        ]));
    }
    /**
   * A payment for a proforma, from the ERP (`source: 'erp'`) or registered by the back office (then sent to the
   * ERP through the outbox). A paid proforma's reservation never expires.
   */ async registerPayment(ctx, orderId, reference, options = {}) {
        if (!(0, _orderscommon.isUuid)(orderId)) return (0, _orderscommon.notFound)('The order');
        if (!reference?.trim() || reference.length > 200) return (0, _orderscommon.invalid)('A payment reference of 1–200 characters is required.');
        if (!options.source && !(ctx.actor.kind === 'staff' && (0, _actor.hasPermission)(ctx.actor, 'staff.erp.manage'))) return (0, _orderscommon.notFound)('The order');
        const now = ctx.clock.now();
        try {
            await (0, _pg.inPgTransaction)(ctx.em, async (tx)=>{
                const res = await tx.query('select company_id, status, paid_at, kind from sales_order where id = $1 for update', [
                    orderId
                ]);
                const row = res.rows[0];
                if (!row || !options.source && !(0, _actor.canReachCompany)(ctx.actor, row.company_id)) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The order'));
                if (row.status === 'cancelled') throw new _orderscommon.Rollback((0, _orderscommon.invalid)('The order is cancelled.'));
                if (row.paid_at) return;
                await tx.query('update sales_order set paid_at = $2, payment_ref = $3, updated_at = $2, version = version + 1 where id = $1', [
                    orderId,
                    now,
                    reference.trim()
                ]);
                await tx.query(`update reservation set status = 'paid', paid_at = $2 where order_id = $1 and status = 'active'`, [
                    orderId,
                    now
                ]);
                if (!options.source) {
                    await (0, _outbox.enqueueOutboxPg)(tx, {
                        aggregateType: 'order',
                        aggregateId: orderId,
                        kind: 'payment',
                        payload: {
                            kontorReference: orderId,
                            reference: reference.trim(),
                            paidAt: now.toISOString()
                        }
                    });
                }
            });
        } catch (err) {
            if (err instanceof _orderscommon.Rollback) return err.failure;
            throw err;
        }
        return (0, _orderscommon.ok)(await (0, _orderview.readOrder)((0, _orderscommon.pooled)(ctx.em), 'o.id = $1', [
            orderId
        ]));
    }
};

//# sourceMappingURL=order-lifecycle.service.js.map
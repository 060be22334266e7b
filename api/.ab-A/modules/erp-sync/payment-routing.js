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
    get PaymentRouting () {
        return PaymentRouting;
    },
    get recordPaymentRoutes () {
        return recordPaymentRoutes;
    }
});
const _erpconfig = require("./erp-config");
const _pg = require("./pg");
const _quarantine = require("./quarantine");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long a claimed route is left to the router that claimed it before another may take it. */ const LEASE_MS = 5 * 60_000;
/** Thrown (infrastructure) failures retry with backoff up to this many attempts, then the route is kept as refused. */ const MAX_ATTEMPTS = 50;
async function recordPaymentRoutes(client, payments, now) {
    const rows = payments.filter((p)=>!p.deleted && (p.kontorReference || p.orderErpId)).map((p)=>({
            e: p.erpId,
            k: p.kontorReference?.trim() || null,
            o: p.orderErpId?.trim() || null
        }));
    if (!rows.length) return;
    await client.query(`insert into erp_payment_route (payment_erp_id, kontor_reference, order_erp_id, status, attempts, next_attempt_at, created_at, updated_at)
     select x.e, x.k, x.o, 'pending', 0, $2, $2, $2 from json_to_recordset($1::json) as x(e text, k text, o text)
      where exists (select 1 from payment p where p.erp_id = x.e)
     on conflict (payment_erp_id) do nothing`, [
        JSON.stringify(rows),
        now
    ]);
}
let PaymentRouting = class PaymentRouting {
    constructor(target, backoff = {
        baseMs: 5_000,
        maxMs: 15 * 60_000
    }){
        this.target = target;
        this.backoff = backoff;
    }
    get wired() {
        return this.target !== null;
    }
    async route(ctx, limit = 500) {
        const result = {
            registered: 0,
            unmatched: 0,
            refused: 0,
            retried: 0
        };
        const target = this.target;
        if (!target) return result;
        const now = ctx.clock.now();
        const claimed = await (0, _pg.withPgClient)(ctx.em, async (c)=>{
            const res = await c.query(`update erp_payment_route r set next_attempt_at = $2, updated_at = $1
          where r.payment_erp_id in (select payment_erp_id from erp_payment_route where status = 'pending' and next_attempt_at <= $1
                                      order by created_at, payment_erp_id limit $3 for update skip locked)
          returning r.payment_erp_id, r.kontor_reference, r.order_erp_id, r.attempts`, [
                now,
                new Date(now.getTime() + LEASE_MS),
                limit
            ]);
            return res.rows;
        });
        for (const r of claimed){
            const orderId = await this.resolve(ctx, r);
            if (!orderId) {
                const what = [
                    r.kontor_reference && `Kontor reference ${r.kontor_reference}`,
                    r.order_erp_id && `ERP document ${r.order_erp_id}`
                ].filter(Boolean).join(' / ');
                await this.finish(ctx, r, 'unmatched', null, `no Kontor order or proforma is known by ${what}; the payment is kept, not registered`);
                result.unmatched++;
                continue;
            }
            const mismatch = await this.otherCustomer(ctx, r.payment_erp_id, orderId);
            if (mismatch) {
                await this.finish(ctx, r, 'refused', orderId, mismatch);
                result.refused++;
                continue;
            }
            try {
                const out = await target.registerPayment(ctx, orderId, r.payment_erp_id, {
                    source: 'erp'
                });
                if (out.kind === 'ok') {
                    await this.finish(ctx, r, 'registered', orderId, null);
                    result.registered++;
                } else if (out.kind === 'notFound') {
                    await this.finish(ctx, r, 'unmatched', null, `no Kontor order or proforma ${orderId}; the payment is kept, not registered`);
                    result.unmatched++;
                } else {
                    const message = 'message' in out && typeof out.message === 'string' ? out.message : out.kind;
                    await this.finish(ctx, r, 'refused', orderId, `order ${orderId} refused the payment: ${message}`);
                    result.refused++;
                }
            } catch (err) {
                const message = `${err.name}: ${err.message}`.slice(0, 2000);
                if (r.attempts + 1 >= MAX_ATTEMPTS) {
                    await this.finish(ctx, r, 'refused', orderId, `gave up after ${r.attempts + 1} attempts; last: ${message}`);
                    result.refused++;
                    continue;
                }
                const next = new Date(now.getTime() + (0, _erpconfig.backoffMs)(r.attempts + 1, this.backoff.baseMs, this.backoff.maxMs));
                await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`update erp_payment_route set attempts = attempts + 1, next_attempt_at = $2, reason = $3, updated_at = $4 where payment_erp_id = $1`, [
                        r.payment_erp_id,
                        next,
                        message,
                        now
                    ]));
                result.retried++;
            }
        }
        return result;
    }
    /** Why a payment may not pay this order: it was made by another customer than the order's (null: it may). */ async otherCustomer(ctx, paymentErpId, orderId) {
        const res = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select (select c.erp_id from payment p join company c on c.id = p.company_id where p.erp_id = $1) as payer,
                (select c.erp_id from sales_order o join company c on c.id = o.company_id where o.id = $2) as owner,
                exists (select 1 from payment p join sales_order o on o.company_id = p.company_id where p.erp_id = $1 and o.id = $2) as same,
                exists (select 1 from sales_order o where o.id = $2) as known`, [
                paymentErpId,
                orderId
            ]));
        const row = res.rows[0];
        if (!row || !row.known || row.same) return null; // an unknown order is reported by registerPayment
        return `the payment was made by customer ${row.payer ?? '?'}, but order ${orderId} belongs to customer ${row.owner ?? '?'}; it is kept, not registered`;
    }
    /** The Kontor order a route names: its Kontor reference (an order id), else the ERP id or number of its document. */ async resolve(ctx, r) {
        if (r.kontor_reference && UUID.test(r.kontor_reference)) return r.kontor_reference.toLowerCase();
        const erpId = r.order_erp_id ?? r.kontor_reference;
        if (!erpId) return null;
        const res = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select distinct kontor_reference from erp_document
          where kind in ('order', 'reservation') and (erp_id = $1 or erp_number = $1)`, [
                erpId
            ]));
        const refs = res.rows.map((x)=>x.kontor_reference).filter((x)=>UUID.test(x));
        return refs.length === 1 ? refs[0].toLowerCase() : null;
    }
    async finish(ctx, r, status, orderId, reason) {
        const now = ctx.clock.now();
        await (0, _pg.inPgTransaction)(ctx.em, async (c)=>{
            await c.query(`update erp_payment_route set status = $2, order_id = $3, reason = $4, attempts = attempts + 1, updated_at = $5 where payment_erp_id = $1`, [
                r.payment_erp_id,
                status,
                orderId,
                reason,
                now
            ]);
            if (status !== 'registered' && reason) {
                await (0, _quarantine.recordQuarantine)(c, [
                    {
                        entity: 'payments',
                        raw: JSON.stringify({
                            erpId: r.payment_erp_id,
                            kontorReference: r.kontor_reference,
                            orderErpId: r.order_erp_id
                        }),
                        reason: `payment ${r.payment_erp_id}: ${reason}`,
                        source: 'payment routing'
                    }
                ], now);
            }
        });
    }
};

//# sourceMappingURL=payment-routing.js.map
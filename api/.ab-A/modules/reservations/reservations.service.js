"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ReservationsService", {
    enumerable: true,
    get: function() {
        return ReservationsService;
    }
});
const _domainevents = require("../../common/domain-events");
const _outbox = require("../erp-sync/outbox");
const _pg = require("../erp-sync/pg");
const _stockholds = require("./stock-holds");
let ReservationsService = class ReservationsService {
    constructor(bus, jobs, options, log){
        this.bus = bus;
        this.jobs = jobs;
        this.options = options;
        this.log = log;
    }
    /** Inside the placement transaction: the reservation row and its lines, in one statement. */ async createInTx(client, r) {
        await client.query(`with r as (
         insert into reservation (id, company_id, order_id, status, expires_at, created_at) values ($1, $2, $3, 'active', $4, $5) returning id
       )
       insert into reservation_line (reservation_id, product_id, warehouse_id, quantity)
       select r.id, l.p, l.w, sum(l.q) from r, unnest($6::uuid[], $7::uuid[], $8::numeric[]) l(p, w, q) group by r.id, l.p, l.w`, [
            r.id,
            r.companyId,
            r.orderId,
            r.expiresAt,
            r.now,
            r.lines.map((l)=>l.productId),
            r.lines.map((l)=>l.warehouseId),
            r.lines.map((l)=>l.quantity)
        ]);
    }
    /**
   * Inside a caller's transaction: ends the order's reservation if it is still holding stock (active or paid)
   * and gives the stock back. Returns what changed, or null when there was nothing to release.
   */ async releaseForOrderInTx(client, orderId, reason, at) {
        const status = reason === 'acknowledged' ? 'acknowledged' : 'released';
        const res = await client.query(`update reservation set status = $2, released_at = $3, release_reason = $4
        where order_id = $1 and status in ('active', 'paid') returning id`, [
            orderId,
            status,
            at,
            reason
        ]);
        if (!res.rows.length) return null;
        const stock = await (0, _stockholds.releaseReservations)(client, [
            res.rows[0].id
        ]);
        return {
            reservationId: res.rows[0].id,
            stock
        };
    }
    /** The expiry job: releases this reservation if it is active and due. True when this call released it. */ async expire(ctx, reservationId) {
        const now = ctx.clock.now();
        const out = await (0, _pg.inPgTransaction)(ctx.em, async (client)=>{
            const res = await client.query(`update reservation set status = 'expired', released_at = $2, release_reason = 'expired'
          where id = $1 and status = 'active' and expires_at <= $2 returning id, order_id, company_id`, [
                reservationId,
                now
            ]);
            if (!res.rows.length) return null;
            return this.finishRelease(client, res.rows.map((r)=>({
                    reservationId: r.id,
                    orderId: r.order_id,
                    companyId: r.company_id
                })));
        });
        if (!out) return false;
        this.publishStock(out.stock);
        return true;
    }
    /**
   * Releases every active reservation past its expiry, in chunks (one transaction each; `skip locked` so
   * concurrent sweeps and jobs share the work instead of waiting). Returns how many this call released.
   */ async sweep(ctx, maxChunks = Number.MAX_SAFE_INTEGER) {
        let total = 0;
        for(let i = 0; i < maxChunks; i++){
            const now = ctx.clock.now();
            const out = await (0, _pg.inPgTransaction)(ctx.em, async (client)=>{
                const res = await client.query(`with due as (
             select id from reservation where status = 'active' and expires_at <= $1
              order by expires_at limit $2 for update skip locked
           )
           update reservation r set status = 'expired', released_at = $1, release_reason = 'expired'
             from due where r.id = due.id returning r.id, r.order_id, r.company_id`, [
                    now,
                    this.options.sweepChunk
                ]);
                if (!res.rows.length) return null;
                return this.finishRelease(client, res.rows.map((r)=>({
                        reservationId: r.id,
                        orderId: r.order_id,
                        companyId: r.company_id
                    })));
            });
            if (!out) break;
            total += out.released.length;
            this.publishStock(out.stock);
            if (out.released.length < this.options.sweepChunk) break;
        }
        return total;
    }
    /** Stock back, and one `reservationRelease` outbox message per reservation (on the order's aggregate). */ async finishRelease(client, released) {
        const stock = await (0, _stockholds.releaseReservations)(client, released.map((r)=>r.reservationId));
        const messages = released.map((r)=>({
                aggregateType: 'order',
                aggregateId: r.orderId,
                kind: 'reservationRelease',
                payload: {
                    kontorReference: r.orderId,
                    reservationId: r.reservationId,
                    reason: 'expired'
                }
            }));
        await (0, _outbox.enqueueOutboxManyPg)(client, messages);
        return {
            released,
            stock
        };
    }
    /** After commit: the new availability of every stock row that changed (one event per product channel). */ publishStock(rows) {
        for (const r of rows){
            const payload = {
                productId: r.productId,
                warehouseId: r.warehouseId,
                available: r.available,
                asOf: new Date(r.asOf).toISOString()
            };
            void Promise.resolve(this.bus.emit(_domainevents.TOPICS.stockChanged, r.productId, payload)).catch((err)=>this.log.warn({
                    err: err.message
                }, 'stock event not published'));
        }
    }
    /**
   * After commit of a proforma: the expiry job at its expiry, and the warning job `reservationWarnMinutes` before
   * it (or halfway, for a shorter reservation).
   */ async scheduled(r) {
        if (!this.jobs) return;
        const left = r.expiresAt.getTime() - r.now.getTime();
        const warnIn = Math.max(0, Math.max(left - this.options.reservationWarnMinutes * 60_000, left / 2));
        try {
            await this.jobs.add('reservations.warn', {
                reservationId: r.reservationId
            }, {
                delay: Math.round(warnIn),
                jobId: `warn-${r.reservationId}`
            });
        } catch (err) {
            this.log.warn({
                err: err.message,
                reservationId: r.reservationId
            }, 'expiry warning job not enqueued');
        }
        try {
            await this.jobs.add('reservations.expire', {
                reservationId: r.reservationId
            }, {
                delay: Math.max(0, r.expiresAt.getTime() - r.now.getTime()),
                jobId: `expire-${r.reservationId}`
            });
        } catch (err) {
            // the periodic sweep releases it anyway
            this.log.warn({
                err: err.message,
                reservationId: r.reservationId
            }, 'expiry job not enqueued; the sweep will release it');
        }
    }
    /** The warning job: publishes `reservation.expiring` if the reservation is still active (unpaid, not released). */ async warn(ctx, reservationId) {
        const rows = await ctx.em.getConnection().execute(`select company_id, order_id, expires_at from reservation where id = ? and status = 'active'`, [
            reservationId
        ]);
        const r = rows[0];
        if (!r) return false;
        const payload = {
            reservationId,
            companyId: r.company_id,
            orderId: r.order_id,
            expiresAt: new Date(r.expires_at).toISOString()
        };
        await this.bus.emit(_domainevents.TOPICS.reservationExpiring, r.company_id, payload);
        return true;
    }
    /** The order's reservation (the caller has checked the order is reachable). */ async forOrder(ctx, orderId) {
        const rows = await ctx.em.getConnection().execute(`select r.id, r.company_id as "companyId", r.order_id as "orderId", r.status, r.expires_at as "expiresAt", r.paid_at as "paidAt",
              r.released_at as "releasedAt", r.release_reason as "releaseReason",
              coalesce((select json_agg(json_build_object('productId', l.product_id, 'warehouseId', l.warehouse_id, 'quantity', l.quantity::float8))
                          from reservation_line l where l.reservation_id = r.id), '[]') as lines
         from reservation r where r.order_id = ?`, [
            orderId
        ]);
        const r = rows[0];
        if (!r) return null;
        return {
            ...r,
            expiresAt: r.expiresAt && new Date(r.expiresAt),
            paidAt: r.paidAt && new Date(r.paidAt),
            releasedAt: r.releasedAt && new Date(r.releasedAt)
        };
    }
};

//# sourceMappingURL=reservations.service.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "OrderEditingService", {
    enumerable: true,
    get: function() {
        return OrderEditingService;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _domainevents = require("../../common/domain-events");
const _outbox = require("../erp-sync/outbox");
const _pg = require("../erp-sync/pg");
const _creditpolicy = require("./credit-policy");
const _linepricing = require("./line-pricing");
const _orderview = require("./order-view");
const _orderscommon = require("./orders.common");
const _productrules = require("./product-rules");
const MAX_TEXT = 2000;
let OrderEditingService = class OrderEditingService {
    constructor(pricing, reservations, credit, bus, options, log){
        this.pricing = pricing;
        this.reservations = reservations;
        this.credit = credit;
        this.bus = bus;
        this.options = options;
        this.log = log;
    }
    async updateLines(ctx, input) {
        const actor = ctx.actor;
        if (!(0, _orderscommon.isUuid)(input.orderId)) return (0, _orderscommon.notFound)('The order');
        if (!(0, _actor.hasPermission)(actor, 'prices.view')) return (0, _orderscommon.invalid)('Changing an order needs the permission prices.view.');
        const reason = input.reason?.trim() || null;
        if (reason && reason.length > MAX_TEXT) return (0, _orderscommon.invalid)(`The reason may have at most ${MAX_TEXT} characters.`);
        if (input.expectedVersion != null && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1)) {
            return (0, _orderscommon.invalid)('expectedVersion must be a positive whole number.');
        }
        const given = input.lines ?? [];
        if (!given.length) return {
            kind: 'emptyOrder'
        };
        if (given.length > this.options.maxLines) return (0, _orderscommon.invalid)(`An order may have at most ${this.options.maxLines} lines.`);
        for (const l of given){
            if (!(0, _orderscommon.isUuid)(l.productId)) return (0, _orderscommon.notFound)('The product');
            if (l.warehouseId && !(0, _orderscommon.isUuid)(l.warehouseId)) return (0, _orderscommon.notFound)('The warehouse');
            if (!(0, _orderscommon.validQuantity)(l.quantity)) return (0, _orderscommon.invalid)('Quantities must be positive numbers with at most 3 decimals.');
            if (l.note && l.note.length > MAX_TEXT) return (0, _orderscommon.invalid)(`A line note may have at most ${MAX_TEXT} characters.`);
        }
        const mayDiscount = actor.kind === 'staff' && (0, _actor.hasPermission)(actor, 'staff.discounts.grant');
        if ((input.discount || given.some((l)=>l.discount)) && !mayDiscount) return (0, _orderscommon.invalid)('Only a sales rep may grant a manual discount.');
        const client = (0, _orderscommon.pooled)(ctx.em);
        const state = await this.state(client, input.orderId);
        const current = state?.order;
        if (!current || (0, _orderscommon.actingCompany)(actor, current.companyId) !== current.companyId) return (0, _orderscommon.notFound)('The order');
        const refused = this.editable(state);
        if (refused) return refused;
        // a customer cannot re-grant a rep's discount, and dropping it silently would raise their prices
        if (current.discountMinor > 0 && !mayDiscount) {
            return (0, _orderscommon.invalid)('This order carries a sales rep’s discount; ask your sales rep to change its lines.');
        }
        const lines = given.map((l)=>({
                productId: l.productId,
                qty: ((0, _orderscommon.toMilli)(l.quantity) / 1000).toString(),
                qtyMilli: (0, _orderscommon.toMilli)(l.quantity),
                // a line naming no warehouse stays where the order already holds the product
                warehouseId: l.warehouseId ?? current.lines.find((o)=>o.productId === l.productId)?.warehouseId ?? null,
                note: l.note ?? null,
                discount: l.discount ?? null
            }));
        // products: offered to this company, active, minimum and step; a warehouse for every line
        const products = await (0, _productrules.orderableProducts)(client, lines.map((l)=>({
                productId: l.productId,
                quantity: l.qty,
                warehouseId: l.warehouseId
            })));
        const outside = await this.outsideAssortment(client, current.companyId, [
            ...products.keys()
        ]);
        const gone = [
            ...new Set(lines.filter((l)=>!products.get(l.productId)?.active || outside.has(l.productId)).map((l)=>l.productId))
        ];
        if (gone.length) return {
            kind: 'productUnavailable',
            productIds: gone
        };
        for (const l of lines){
            const p = products.get(l.productId);
            if (!(0, _productrules.quantityFits)(l.qtyMilli / 1000, p.minQuantity, p.stepQuantity)) {
                return {
                    kind: 'quantityRule',
                    productId: p.id,
                    sku: p.sku,
                    minimum: p.minQuantity,
                    step: p.stepQuantity,
                    requested: l.qtyMilli / 1000
                };
            }
            l.warehouseId ??= p.suggestedWarehouseId;
        }
        const unplaced = lines.filter((l)=>!l.warehouseId);
        if (unplaced.length) return this.insufficient(client, unplaced, products, []);
        const priced = await this.price(ctx, current, lines, products, input.discount ?? null);
        if (priced.kind !== 'ok') return priced;
        const { views, currency } = priced.value;
        const netMinor = views.reduce((s, v)=>s + v.lineNetMinor, 0);
        const grossMinor = views.reduce((s, v)=>s + v.lineGrossMinor, 0);
        const discountMinor = views.reduce((s, v)=>s + v.manualDiscountMinor, 0);
        // the same lines again: nothing to do (a retried request after success lands here too)
        if (sameLines(current.lines, views)) return (0, _orderscommon.ok)(current);
        if (input.expectedVersion != null && input.expectedVersion !== current.version) return conflict(current.version);
        let creditWarning = current.creditWarning;
        if (current.kind === 'order') {
            const verdict = await this.creditCheck(ctx, current, grossMinor);
            if (verdict.kind !== 'ok') return verdict;
            creditWarning = verdict.value;
        }
        // keep the ids of lines that stay (same product and warehouse), so references to them hold
        const free = [
            ...current.lines
        ];
        for (const v of views){
            const i = free.findIndex((o)=>o.productId === v.productId && o.warehouseId === v.warehouseId);
            if (i >= 0) v.id = free.splice(i, 1)[0].id;
        }
        const summary = describeChange(current.lines, views);
        const historyReason = reason ? `${summary} — ${reason}` : summary;
        const now = ctx.clock.now();
        const byUser = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
        let stock;
        try {
            stock = await (0, _pg.inPgTransaction)(ctx.em, async (tx)=>{
                // the order row's lock serializes this with status changes, payments, shipment requests and other edits
                const res = await tx.query(`select o.status, o.version, c.erp_id as customer_erp_id from sales_order o join company c on c.id = o.company_id
            where o.id = $1 for update of o`, [
                    current.id
                ]);
                const row = res.rows[0];
                if (!row) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The order'));
                if (row.status !== 'new') throw new _orderscommon.Rollback(notNew(row.status));
                if (row.version !== current.version) throw new _orderscommon.Rollback(conflict(row.version));
                const again = await this.state(tx, current.id);
                const late = again && this.editable(again);
                if (late) throw new _orderscommon.Rollback(late);
                // the expiry job ends reservations without the order's lock: lock the reservation row itself
                const r = await tx.query(`select id from reservation where id = $1 and status = 'active' for update`, [
                    again.reservationId
                ]);
                const reservationId = r.rows[0]?.id;
                if (!reservationId) throw new _orderscommon.Rollback((0, _orderscommon.invalid)('The order’s goods are no longer reserved; place a new order instead.'));
                const moved = await moveHolds(tx, reservationId, lines);
                if (moved.grown < moved.needed) throw new _orderscommon.Rollback({
                    kind: 'insufficientStock',
                    lines: []
                });
                await tx.query('delete from reservation_line where reservation_id = $1', [
                    reservationId
                ]);
                await tx.query(`insert into reservation_line (reservation_id, product_id, warehouse_id, quantity)
           select $1, l.p, l.w, sum(l.q) from unnest($2::uuid[], $3::uuid[], $4::numeric[]) l(p, w, q) group by l.p, l.w`, [
                    reservationId,
                    lines.map((l)=>l.productId),
                    lines.map((l)=>l.warehouseId),
                    lines.map((l)=>l.qty)
                ]);
                await tx.query('delete from order_line where order_id = $1', [
                    current.id
                ]);
                await tx.query(`insert into order_line (id, order_id, line_no, product_id, sku, warehouse_id, quantity, list_net_minor, unit_net_minor, unit_gross_minor,
                  manual_discount_minor, line_net_minor, line_gross_minor, vat_rate_bp, rule, note)
           select l.id, $1, l.no, l.p, l.sku, l.w, l.q, l.ln, l.un, l.ug, l.md, l.net, l.gross, l.vat, l.rule, l.note
             from unnest($2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::uuid[], $7::numeric[], $8::bigint[], $9::bigint[], $10::bigint[],
                         $11::bigint[], $12::bigint[], $13::bigint[], $14::int[], $15::text[], $16::text[])
                  as l(id, no, p, sku, w, q, ln, un, ug, md, net, gross, vat, rule, note)`, [
                    current.id,
                    ...(0, _linepricing.orderLineArrays)(views, lines.map((l)=>l.qty))
                ]);
                await tx.query(`with u as (
             update sales_order set net_minor = $2, gross_minor = $3, discount_minor = $4, credit_warning = $5, updated_at = $6, version = version + 1
              where id = $1
           )
           insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
           values ($7, $1, 'new', 'new', $6, $8, $9, $10)`, [
                    current.id,
                    netMinor,
                    grossMinor,
                    discountMinor,
                    creditWarning,
                    now,
                    (0, _nodecrypto.randomUUID)(),
                    byUser,
                    (0, _orderscommon.actorKind)(actor),
                    historyReason
                ]);
                await (0, _outbox.enqueueOutboxPg)(tx, {
                    aggregateType: 'order',
                    aggregateId: current.id,
                    kind: 'orderChange',
                    payload: {
                        kontorReference: current.id,
                        number: current.number,
                        documentType: current.kind,
                        customerErpId: row.customer_erp_id,
                        changedAt: now.toISOString(),
                        currency,
                        netMinor,
                        grossMinor,
                        lines: views.map((v)=>({
                                lineNo: v.lineNo,
                                productErpId: products.get(v.productId).erpId ?? v.sku,
                                quantity: v.quantity,
                                unitNetMinor: Math.round(v.lineNetMinor / v.quantity),
                                vatRateBp: v.vatRateBp,
                                warehouseId: v.warehouseId
                            })),
                        reason
                    }
                });
                return moved.stock;
            });
        } catch (err) {
            if (!(err instanceof _orderscommon.Rollback)) throw err;
            if (err.failure.kind === 'insufficientStock') return this.insufficient(client, lines, products, current.lines);
            return err.failure;
        }
        const event = {
            orderId: current.id,
            companyId: current.companyId,
            number: current.number,
            status: 'new',
            previousStatus: 'new',
            at: now.toISOString(),
            by: byUser,
            reason: historyReason
        };
        void this.bus.emit(_domainevents.TOPICS.orderStatusChanged, current.companyId, event).catch((e)=>this.log.warn({
                err: e.message
            }, 'order event not published'));
        this.reservations.publishStock(stock);
        return (0, _orderscommon.ok)(await (0, _orderview.readOrder)(client, 'o.id = $1', [
            current.id
        ]));
    }
    async state(client, orderId) {
        const order = await (0, _orderview.readOrder)(client, 'o.id = $1', [
            orderId
        ]);
        if (!order) return null;
        const res = await client.query(`select o.paid_at is not null as paid, r.id as reservation_id, r.status as reservation_status,
              (select count(*) from shipment_request s where s.order_id = o.id)::int as shipments
         from sales_order o left join reservation r on r.order_id = o.id where o.id = $1`, [
            orderId
        ]);
        const r = res.rows[0];
        return {
            order,
            paid: r.paid,
            reservationId: r.reservation_id,
            reservationStatus: r.reservation_status,
            shipments: r.shipments
        };
    }
    editable(s) {
        if (s.order.status !== 'new') return notNew(s.order.status);
        if (s.paid) return (0, _orderscommon.invalid)('The proforma is paid; its lines can no longer change.');
        if (s.reservationStatus !== 'active') return (0, _orderscommon.invalid)('The order’s goods are no longer reserved; place a new order instead.');
        if (s.shipments > 0) return (0, _orderscommon.invalid)('A shipment was already requested for this order; its lines can no longer change.');
        return null;
    }
    /** Products outside the company's assortments (a company without assortments is offered everything). */ async outsideAssortment(client, companyId, productIds) {
        if (!productIds.length) return new Set();
        const res = await client.query(`select p.id from unnest($2::uuid[]) p(id)
        where exists (select 1 from company_assortment ca where ca.company_id = $1)
          and not exists (select 1 from company_assortment ca join assortment_product ap on ap.assortment_id = ca.assortment_id
                           where ca.company_id = $1 and ap.product_id = p.id)`, [
            companyId,
            productIds
        ]);
        return new Set(res.rows.map((r)=>r.id));
    }
    /** Prices the lines as placement does; the order keeps its currency. */ async price(ctx, order, lines, products, orderDiscount) {
        const priced = await (0, _linepricing.priceOrderLines)(ctx, this.pricing, {
            companyId: order.companyId,
            lines,
            products,
            orderDiscount,
            capBp: this.options.repDiscountCapBp,
            fallbackCurrency: order.currency
        });
        if (priced.kind === 'ok' && priced.value.currency !== order.currency) {
            return (0, _orderscommon.invalid)(`The customer is now priced in ${priced.value.currency}; the order is in ${order.currency}.`);
        }
        return priced;
    }
    /**
   * The credit and overdue policies, as at placement, for what the change adds: an order that grows past the
   * limit (or while invoices are overdue) is refused under `block`; one that stays or shrinks only carries the
   * warning. Returns the order's new credit warning.
   */ async creditCheck(ctx, order, grossMinor) {
        if (this.options.creditPolicy === 'off' && this.options.overduePolicy === 'off') return (0, _orderscommon.ok)(order.creditWarning);
        // the pending sum already counts this order at its old total
        return (0, _creditpolicy.creditVerdict)(ctx, this.credit, this.options, order.companyId, grossMinor, order.grossMinor);
    }
    /** The insufficient-stock report; what the order already holds counts as available to it. */ async insufficient(client, lines, products, holding) {
        const res = await client.query(`select product_id, warehouse_id, (on_hand - erp_reserved - kontor_held)::float8 as available from stock where product_id = any($1::uuid[])`, [
            [
                ...new Set(lines.map((l)=>l.productId))
            ]
        ]);
        const own = (p, w)=>holding.filter((h)=>h.productId === p && h.warehouseId === w).reduce((s, h)=>s + (0, _orderscommon.toMilli)(h.quantity), 0) / 1000;
        const wanted = new Map();
        for (const l of lines)if (l.warehouseId) wanted.set(`${l.productId}:${l.warehouseId}`, (wanted.get(`${l.productId}:${l.warehouseId}`) ?? 0) + l.qtyMilli);
        const short = [];
        for (const l of lines){
            const rows = res.rows.filter((r)=>r.product_id === l.productId && (!l.warehouseId || r.warehouse_id === l.warehouseId));
            const available = rows.reduce((m, r)=>Math.max(m, r.available + own(r.product_id, r.warehouse_id)), 0);
            const need = l.warehouseId ? wanted.get(`${l.productId}:${l.warehouseId}`) : l.qtyMilli;
            if (!l.warehouseId || available * 1000 < need) {
                short.push({
                    productId: l.productId,
                    sku: products.get(l.productId)?.sku ?? '',
                    warehouseId: l.warehouseId,
                    requested: l.qtyMilli / 1000,
                    available
                });
            }
        }
        return {
            kind: 'insufficientStock',
            lines: short
        };
    }
};
/**
 * Moves the reservation's holds to the new lines in one statement: per product and warehouse the difference
 * between what is wanted and what is held; stock rows locked in id order (as every hold does, so no deadlock),
 * growth only where `on_hand − erp_reserved − kontor_held` covers it, shrinkage always. The caller rolls back
 * when fewer rows grew than needed to.
 */ async function moveHolds(tx, reservationId, lines) {
    const res = await tx.query(`with req as (
       select r.p as product_id, r.w as warehouse_id, sum(r.q) as qty from unnest($2::uuid[], $3::uuid[], $4::numeric[]) r(p, w, q) group by 1, 2
     ), old as (
       select product_id, warehouse_id, sum(quantity) as qty from reservation_line where reservation_id = $1 group by 1, 2
     ), d as (
       select coalesce(req.product_id, old.product_id) as product_id, coalesce(req.warehouse_id, old.warehouse_id) as warehouse_id,
              coalesce(req.qty, 0) - coalesce(old.qty, 0) as delta
         from req full join old on old.product_id = req.product_id and old.warehouse_id = req.warehouse_id
     ), locked as (
       select s.id, d.delta from stock s join d on s.product_id = d.product_id and s.warehouse_id = d.warehouse_id
        where d.delta <> 0 order by s.id for update of s
     ), moved as (
       update stock s set kontor_held = greatest(s.kontor_held + locked.delta, 0), updated_at = now()
         from locked where s.id = locked.id and (locked.delta < 0 or s.on_hand - s.erp_reserved - s.kontor_held >= locked.delta)
       returning s.product_id as "productId", s.warehouse_id as "warehouseId", (s.on_hand - s.erp_reserved - s.kontor_held)::float8 as available,
                 s.as_of as "asOf", locked.delta > 0 as grew
     )
     select (select count(*) from d where delta > 0)::int as needed, (select count(*) from moved where grew)::int as grown,
            coalesce((select json_agg(json_build_object('productId', "productId", 'warehouseId', "warehouseId", 'available', available, 'asOf', "asOf"))
                        from moved), '[]') as stock`, [
        reservationId,
        lines.map((l)=>l.productId),
        lines.map((l)=>l.warehouseId),
        lines.map((l)=>l.qty)
    ]);
    return res.rows[0];
}
const notNew = (status)=>({
        kind: 'transition',
        message: `The order is ${status}; its lines can be changed only while it is new.`,
        from: status,
        to: status
    });
const conflict = (currentVersion)=>({
        kind: 'versionConflict',
        message: `The order changed meanwhile (it is at version ${currentVersion}); read it again.`,
        currentVersion
    });
const lineKey = (l)=>[
        l.productId,
        l.warehouseId,
        (0, _orderscommon.toMilli)(l.quantity),
        l.unitNetMinor,
        l.manualDiscountMinor,
        l.lineNetMinor,
        l.note ?? ''
    ].join('|');
function sameLines(a, b) {
    return a.length === b.length && a.every((l, i)=>lineKey(l) === lineKey(b[i]));
}
/** "DRILL-1 1 → 3, CABLE-YDY added (10), SAW-1 removed (1)" — quantities per product, for the history. */ function describeChange(before, after) {
    const sum = (ls)=>{
        const m = new Map();
        for (const l of ls)m.set(l.productId, {
            sku: l.sku,
            milli: (m.get(l.productId)?.milli ?? 0) + (0, _orderscommon.toMilli)(l.quantity)
        });
        return m;
    };
    const was = sum(before);
    const now = sum(after);
    const parts = [];
    for (const [id, n] of now){
        const o = was.get(id);
        if (!o) parts.push(`${n.sku} added (${n.milli / 1000})`);
        else if (o.milli !== n.milli) parts.push(`${n.sku} ${o.milli / 1000} → ${n.milli / 1000}`);
    }
    for (const [id, o] of was)if (!now.has(id)) parts.push(`${o.sku} removed (${o.milli / 1000})`);
    return `lines changed: ${parts.length ? parts.join(', ') : 'warehouses, notes or prices'}`;
}

//# sourceMappingURL=order-editing.service.js.map
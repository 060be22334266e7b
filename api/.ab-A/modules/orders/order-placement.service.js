"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "OrderPlacementService", {
    enumerable: true,
    get: function() {
        return OrderPlacementService;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _domainevents = require("../../common/domain-events");
const _outbox = require("../erp-sync/outbox");
const _stockholds = require("../reservations/stock-holds");
const _creditpolicy = require("./credit-policy");
const _orderview = require("./order-view");
const _orderscommon = require("./orders.common");
const _linepricing = require("./line-pricing");
const _productrules = require("./product-rules");
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** How long product rules read for one placement may serve the next ones (lines with a warehouse only). */ const PRODUCT_CACHE_MS = 5_000;
const MAX_TEXT = 2000;
let OrderPlacementService = class OrderPlacementService {
    constructor(pricing, reservations, credit, bus, options, log){
        this.pricing = pricing;
        this.reservations = reservations;
        this.credit = credit;
        this.bus = bus;
        this.options = options;
        this.log = log;
        this.companyErpIds = new Map();
        this.productCache = new Map();
    }
    async place(ctx, input) {
        const actor = ctx.actor;
        const companyId = (0, _orderscommon.actingCompany)(actor, input.companyId);
        if (!companyId) return (0, _orderscommon.notFound)('The customer');
        const key = input.idempotencyKey?.trim();
        if (!key || key.length > 200) return (0, _orderscommon.invalid)('idempotencyKey must be 1–200 characters.');
        if (input.kind === 'proforma' && !(0, _actor.hasPermission)(actor, 'reservations.create')) return (0, _orderscommon.invalid)('You may not create proformas.');
        if (!(0, _actor.hasPermission)(actor, 'prices.view')) return (0, _orderscommon.invalid)('Ordering needs the permission prices.view.');
        const header = this.checkHeader(input);
        if (header) return header;
        const wantsDiscount = !!(input.discount || input.lines?.some((l)=>l.discount));
        if (wantsDiscount && !(actor.kind === 'staff' && (0, _actor.hasPermission)(actor, 'staff.discounts.grant'))) {
            return (0, _orderscommon.invalid)('Only a sales rep may grant a manual discount.');
        }
        const fromBasket = !input.lines;
        const userId = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
        if (fromBasket && !userId) return (0, _orderscommon.invalid)('Name the lines: an API key has no basket.');
        const client = (0, _orderscommon.pooled)(ctx.em);
        {
            if (fromBasket) {
                const existing = await (0, _orderview.readOrder)(client, 'o.company_id = $1 and o.idempotency_key = $2', [
                    companyId,
                    key
                ]);
                if (existing) return (0, _orderscommon.ok)({
                    order: existing,
                    created: false
                });
            }
            const placedBy = await this.placedBy(client, actor, companyId, input.customerUserId);
            if (placedBy === undefined) return (0, _orderscommon.notFound)('The customer’s user');
            // lines
            let lines;
            if (fromBasket) {
                const res = await client.query(`select id, product_id, warehouse_id, quantity::text as quantity, note from basket_line
            where user_id = $1 and company_id = $2 and list = 'basket'
            order by created_at, (select p.sku from product p where p.id = basket_line.product_id), id`, [
                    userId,
                    companyId
                ]);
                if (!res.rows.length) return {
                    kind: 'emptyBasket'
                };
                lines = res.rows.map((r)=>({
                        productId: r.product_id,
                        qty: r.quantity,
                        qtyMilli: (0, _orderscommon.toMilli)(Number(r.quantity)),
                        warehouseId: r.warehouse_id,
                        note: r.note,
                        discount: null,
                        basketLineId: r.id
                    }));
            } else {
                const given = input.lines;
                if (!given.length) return (0, _orderscommon.invalid)('An order needs at least one line.');
                for (const l of given){
                    if (!(0, _orderscommon.isUuid)(l.productId)) return (0, _orderscommon.notFound)('The product');
                    if (l.warehouseId && !(0, _orderscommon.isUuid)(l.warehouseId)) return (0, _orderscommon.notFound)('The warehouse');
                    if (!(0, _orderscommon.validQuantity)(l.quantity)) return (0, _orderscommon.invalid)('Quantities must be positive numbers with at most 3 decimals.');
                    if (l.note && l.note.length > MAX_TEXT) return (0, _orderscommon.invalid)(`A line note may have at most ${MAX_TEXT} characters.`);
                }
                lines = given.map((l)=>({
                        productId: l.productId,
                        qty: ((0, _orderscommon.toMilli)(l.quantity) / 1000).toString(),
                        qtyMilli: (0, _orderscommon.toMilli)(l.quantity),
                        warehouseId: l.warehouseId ?? null,
                        note: l.note ?? null,
                        discount: l.discount ?? null,
                        basketLineId: null
                    }));
            }
            if (lines.length > this.options.maxLines) return (0, _orderscommon.invalid)(`An order may have at most ${this.options.maxLines} lines.`);
            // products, rules, warehouses
            const products = await this.productsFor(client, lines);
            const gone = [
                ...new Set(lines.filter((l)=>!products.get(l.productId)?.active).map((l)=>l.productId))
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
            if (unplaced.length) return this.insufficient(client, unplaced, products);
            // prices: one call, quantities summed per product (tiers), then a rep's manual discounts
            const priced = await (0, _linepricing.priceOrderLines)(ctx, this.pricing, {
                companyId,
                lines,
                products,
                orderDiscount: input.discount ?? null,
                capBp: this.options.repDiscountCapBp,
                fallbackCurrency: 'PLN'
            });
            if (priced.kind !== 'ok') return priced;
            const { views, currency } = priced.value;
            const orderId = (0, _nodecrypto.randomUUID)();
            const netMinor = views.reduce((s, v)=>s + v.lineNetMinor, 0);
            const grossMinor = views.reduce((s, v)=>s + v.lineGrossMinor, 0);
            const discountMinor = views.reduce((s, v)=>s + v.manualDiscountMinor, 0);
            // credit policy (orders only: a proforma is paid before anything ships)
            let creditWarning = null;
            if (input.kind === 'order' && (this.options.creditPolicy !== 'off' || this.options.overduePolicy !== 'off')) {
                const verdict = await (0, _creditpolicy.creditVerdict)(ctx, this.credit, this.options, companyId, grossMinor);
                if (verdict.kind !== 'ok') return verdict;
                creditWarning = verdict.value;
            }
            const now = ctx.clock.now();
            const customerErpId = await this.companyErpId(client, companyId);
            const expiresAt = input.kind === 'proforma' ? new Date(now.getTime() + this.options.reservationHours * 3600_000) : null;
            const reservationId = (0, _nodecrypto.randomUUID)();
            const holds = lines.map((l)=>({
                    productId: l.productId,
                    warehouseId: l.warehouseId,
                    quantity: l.qty
                }));
            const distinctHolds = new Set(holds.map((h)=>`${h.productId}:${h.warehouseId}`)).size;
            const byUser = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
            const repId = actor.kind === 'staff' ? actor.userId : null;
            let number;
            let stock;
            try {
                const outbox = (0, _outbox.firstOutboxInsert)({
                    aggregateType: 'order',
                    aggregateId: orderId,
                    kind: input.kind === 'proforma' ? 'reservation' : 'order',
                    payload: {
                        kontorReference: orderId,
                        documentType: input.kind,
                        customerErpId,
                        placedAt: now.toISOString(),
                        currency,
                        lines: views.map((v)=>({
                                lineNo: v.lineNo,
                                productErpId: products.get(v.productId).erpId ?? products.get(v.productId).sku,
                                quantity: v.quantity,
                                unitNetMinor: Math.round(v.lineNetMinor / v.quantity),
                                vatRateBp: v.vatRateBp,
                                warehouseId: v.warehouseId
                            })),
                        notes: [
                            input.poNumber ? `PO ${input.poNumber}` : null,
                            input.note ?? null
                        ].filter(Boolean).join('\n') || null,
                        reservationExpiresAt: expiresAt?.toISOString() ?? null
                    }
                }, 45, 'exists (select 1 from o)', `jsonb_build_object('number', (select number from o))`);
                const basketIds = lines.map((l)=>l.basketLineId).filter((x)=>!!x);
                // ONE statement, so one implicit transaction and one round trip: the order (unless its idempotency key is
                // known), its history row, every stock hold, the lines, the reservation and its lines, the outbox row and the
                // ordered basket lines. If a hold fails, kontor_raise aborts the statement and nothing of it remains.
                const res = await client.query(`with o as (
             insert into sales_order (id, number, company_id, kind, status, placed_by_id, rep_id, idempotency_key, po_number, note,
                    delivery_address, shipping_method, requested_date, currency, net_minor, gross_minor, discount_minor, credit_warning,
                    placed_at, updated_at, version)
             values ($1, $2 || to_char($3::timestamptz at time zone 'UTC', 'YYYY') || '/' || lpad(nextval('order_number_seq')::text, 7, '0'),
                     $4, $5, 'new', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $3, $3, 1)
             on conflict (company_id, idempotency_key) do nothing
             returning id, number
           ), h as (
             insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
             select $19, o.id, null, 'new', $3, $20, $21, $22 from o
           ), req as (
             select r.p as product_id, r.w as warehouse_id, sum(r.q) as qty
               from unnest($23::uuid[], $24::uuid[], $25::numeric[]) r(p, w, q)
               join product p on p.id = r.p and p.active
              where exists (select 1 from o) group by 1, 2
           ), ${_stockholds.HOLD_CTES}, l as (
             insert into order_line (id, order_id, line_no, product_id, sku, warehouse_id, quantity, list_net_minor, unit_net_minor, unit_gross_minor,
                    manual_discount_minor, line_net_minor, line_gross_minor, vat_rate_bp, rule, note)
             select l.id, o.id, l.no, l.p, l.sku, l.w, l.q, l.ln, l.un, l.ug, l.md, l.net, l.gross, l.vat, l.rule, l.note
               from o, unnest($26::uuid[], $27::int[], $28::uuid[], $29::text[], $30::uuid[], $31::numeric[], $32::bigint[], $33::bigint[], $34::bigint[],
                              $35::bigint[], $36::bigint[], $37::bigint[], $38::int[], $39::text[], $40::text[])
                    as l(id, no, p, sku, w, q, ln, un, ug, md, net, gross, vat, rule, note)
           ), r as (
             insert into reservation (id, company_id, order_id, status, expires_at, created_at)
             select $41, $4, o.id, 'active', $42, $3 from o returning id
           ), rl as (
             insert into reservation_line (reservation_id, product_id, warehouse_id, quantity)
             select r.id, req.product_id, req.warehouse_id, req.qty from r, req
           ), ob as (
             ${outbox.sql}
           ), b as (
             delete from basket_line where id = any($43::uuid[]) and exists (select 1 from o)
           )
           select (select number from o) as number,
                  coalesce((select json_agg(json_build_object('productId', "productId", 'warehouseId', "warehouseId", 'available', available, 'asOf', "asOf")) from held), '[]') as held,
                  case when exists (select 1 from o) and (select count(*) from held) < $44 then kontor_raise('INSUFFICIENT_STOCK') end as refused`, [
                    orderId,
                    input.kind === 'proforma' ? 'PF/' : 'ZK/',
                    now,
                    companyId,
                    input.kind,
                    placedBy,
                    repId,
                    key,
                    input.poNumber ?? null,
                    input.note ?? null,
                    input.deliveryAddress ? JSON.stringify(input.deliveryAddress) : null,
                    input.shippingMethod ?? null,
                    input.requestedDate ?? null,
                    currency,
                    netMinor,
                    grossMinor,
                    discountMinor,
                    creditWarning,
                    (0, _nodecrypto.randomUUID)(),
                    byUser,
                    (0, _orderscommon.actorKind)(actor),
                    input.kind === 'proforma' ? 'proforma created' : 'order placed',
                    holds.map((h)=>h.productId),
                    holds.map((h)=>h.warehouseId),
                    holds.map((h)=>h.quantity),
                    ...(0, _linepricing.orderLineArrays)(views, lines.map((l)=>l.qty)),
                    reservationId,
                    expiresAt,
                    basketIds,
                    distinctHolds,
                    ...outbox.params
                ]);
                const num = res.rows[0]?.number;
                if (!num) throw new _orderscommon.Rollback({
                    kind: 'duplicate'
                });
                number = num;
                stock = res.rows[0].held;
            } catch (err) {
                if (err.code === 'P0001' && err.message === 'INSUFFICIENT_STOCK') {
                    // a product withdrawn since its rules were read counts as unavailable, not short
                    const fresh = await (0, _productrules.orderableProducts)(client, lines.map((l)=>({
                            productId: l.productId,
                            quantity: l.qty,
                            warehouseId: l.warehouseId
                        })));
                    for (const id of products.keys())this.productCache.delete(id);
                    const withdrawn = [
                        ...new Set(lines.filter((l)=>!fresh.get(l.productId)?.active).map((l)=>l.productId))
                    ];
                    if (withdrawn.length) return {
                        kind: 'productUnavailable',
                        productIds: withdrawn
                    };
                    return this.insufficient(client, lines, products);
                }
                if (!(err instanceof _orderscommon.Rollback)) throw err;
                if (err.failure.kind === 'duplicate') {
                    const existing = await (0, _orderview.readOrder)(client, 'o.company_id = $1 and o.idempotency_key = $2', [
                        companyId,
                        key
                    ]);
                    if (!existing) throw new Error('An order with this idempotency key vanished; try again.');
                    return (0, _orderscommon.ok)({
                        order: existing,
                        created: false
                    });
                }
                if (err.failure.kind === 'insufficientStock') return this.insufficient(client, lines, products);
                return err.failure;
            }
            // after commit: events and the expiry job
            const event = {
                orderId,
                companyId,
                number,
                status: 'new',
                previousStatus: null,
                at: now.toISOString(),
                by: byUser,
                reason: null
            };
            void this.bus.emit(_domainevents.TOPICS.orderStatusChanged, companyId, event).catch((e)=>this.log.warn({
                    err: e.message
                }, 'order event not published'));
            this.reservations.publishStock(stock);
            if (expiresAt) await this.reservations.scheduled({
                reservationId,
                companyId,
                orderId,
                expiresAt,
                now
            });
            const order = {
                id: orderId,
                number,
                kind: input.kind,
                status: 'new',
                companyId,
                placedByUserId: placedBy,
                repUserId: repId,
                idempotencyKey: key,
                poNumber: input.poNumber ?? null,
                note: input.note ?? null,
                deliveryAddress: input.deliveryAddress ?? null,
                shippingMethod: input.shippingMethod ?? null,
                requestedDate: input.requestedDate ?? null,
                currency,
                netMinor,
                grossMinor,
                discountMinor,
                creditWarning,
                paidAt: null,
                erpNumber: null,
                placedAt: now,
                updatedAt: now,
                version: 1,
                lines: views
            };
            return (0, _orderscommon.ok)({
                order,
                created: true
            });
        }
    }
    /**
   * Product rules for the lines. When every line names its warehouse, facts read in the last few seconds are
   * reused (they change with the ERP sync, minutes apart); the placement statement itself only holds stock of
   * products still active, so a product withdrawn meanwhile still fails the order.
   */ async productsFor(client, lines) {
        const now = Date.now();
        if (lines.every((l)=>l.warehouseId)) {
            const hit = new Map();
            for (const l of lines){
                const c = this.productCache.get(l.productId);
                if (!c || now - c.at > PRODUCT_CACHE_MS) break;
                hit.set(l.productId, c.product);
            }
            if (hit.size === new Set(lines.map((l)=>l.productId)).size) return hit;
        }
        const products = await (0, _productrules.orderableProducts)(client, lines.map((l)=>({
                productId: l.productId,
                quantity: l.qty,
                warehouseId: l.warehouseId
            })));
        if (this.productCache.size > 50_000) this.productCache.clear();
        for (const p of products.values())this.productCache.set(p.id, {
            product: {
                ...p,
                suggestedWarehouseId: null
            },
            at: now
        });
        return products;
    }
    checkHeader(input) {
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
            if (v != null && v.length > MAX_TEXT) return (0, _orderscommon.invalid)(`${name} may have at most ${MAX_TEXT} characters.`);
        }
        if (input.requestedDate != null && (!DATE.test(input.requestedDate) || Number.isNaN(Date.parse(input.requestedDate)))) {
            return (0, _orderscommon.invalid)('requestedDate must be a date like 2026-12-01.');
        }
        if (input.deliveryAddress && JSON.stringify(input.deliveryAddress).length > 4000) return (0, _orderscommon.invalid)('The delivery address is too long.');
        if (![
            'order',
            'proforma'
        ].includes(input.kind)) return (0, _orderscommon.invalid)('kind must be order or proforma.');
        return null;
    }
    /** The customer's user the order is placed for: the customer themself; for a rep, the named user of that company. */ async placedBy(client, actor, companyId, named) {
        if (actor.kind === 'customer') return actor.userId;
        if (!named) return null;
        if (!(0, _orderscommon.isUuid)(named)) return undefined;
        const res = await client.query('select 1 from app_user where id = $1 and company_id = $2', [
            named,
            companyId
        ]);
        return res.rows.length ? named : undefined;
    }
    async companyErpId(client, companyId) {
        const hit = this.companyErpIds.get(companyId);
        if (hit && Date.now() - hit.at < 60_000) return hit.erpId;
        const res = await client.query('select erp_id from company where id = $1', [
            companyId
        ]);
        const erpId = res.rows[0]?.erp_id ?? null;
        if (this.companyErpIds.size > 10_000) this.companyErpIds.clear();
        this.companyErpIds.set(companyId, {
            erpId,
            at: Date.now()
        });
        return erpId;
    }
    /** The report of an insufficient-stock failure: what each short line asked for and what is available. */ async insufficient(client, lines, products) {
        const res = await client.query(`select product_id, warehouse_id, (on_hand - erp_reserved - kontor_held)::float8 as available from stock where product_id = any($1::uuid[])`, [
            [
                ...new Set(lines.map((l)=>l.productId))
            ]
        ]);
        const short = [];
        for (const l of lines){
            const rows = res.rows.filter((r)=>r.product_id === l.productId && (!l.warehouseId || r.warehouse_id === l.warehouseId));
            const available = rows.reduce((m, r)=>Math.max(m, r.available), 0);
            if (available * 1000 < l.qtyMilli || !l.warehouseId) {
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

//# sourceMappingURL=order-placement.service.js.map
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { hasPermission } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { TOPICS, type OrderStatusChangedEvent } from '../../common/domain-events';
import type { EventBus } from '../../common/event-bus';
import { enqueueOutboxPg } from '../erp-sync/outbox';
import { inPgTransaction, type PgClient } from '../erp-sync/pg';
import type { PricingPort } from '../pricing/pricing.contract';
import type { ReservationsService } from '../reservations/reservations.service';
import type { StockAfter } from '../reservations/stock-holds';
import { creditVerdict, type CreditPolicyPort } from './credit-policy';
import { orderLineArrays, priceOrderLines, type DiscountInput } from './line-pricing';
import type { PlaceLineInput } from './order-placement.service';
import { readOrder, type OrderLineView, type OrderView } from './order-view';
import {
  actingCompany,
  actorKind,
  invalid,
  isUuid,
  notFound,
  ok,
  pooled,
  Rollback,
  toMilli,
  validQuantity,
  type Failure,
  type Outcome,
} from './orders.common';
import type { OrdersOptions } from './orders.options';
import { orderableProducts, quantityFits, type OrderableProduct } from './product-rules';

export interface UpdateOrderLinesInput {
  orderId: string;
  /** The lines the order has after the change; lines left out are removed. */
  lines: PlaceLineInput[];
  /** For the whole order (a percentage, or an amount off the order's net). Sales reps only. */
  discount?: DiscountInput | null;
  /** The version the client last read; a different current version refuses the change. */
  expectedVersion?: number | null;
  /** Why, for the history. */
  reason?: string | null;
}

interface Line {
  productId: string;
  qty: string;
  qtyMilli: number;
  warehouseId: string | null;
  note: string | null;
  discount: DiscountInput | null;
}

interface OrderState {
  order: OrderView;
  paid: boolean;
  reservationId: string | null;
  reservationStatus: string | null;
  shipments: number;
}

const MAX_TEXT = 2000;

/**
 * Changing the lines of an order or proforma while it is `new` (DESIGN.md §6): the given lines replace the
 * order's lines. They are checked as placement checks them (product offered to the company, minimum and step,
 * stock), priced again through the pricing port, and run past the credit policy; then ONE transaction moves
 * the stock holds by the difference (locked rows, conditional update: no oversell), rewrites the lines, the
 * reservation lines and the totals, bumps the version, writes a history row and an `orderChange` outbox row
 * (the order was queued for the ERP when placed). The `order.statusChanged` event (new → new) and the stock
 * events follow the commit. Sending the lines the order already has changes nothing (safe to retry).
 */
export class OrderEditingService {
  constructor(
    private readonly pricing: PricingPort,
    private readonly reservations: ReservationsService,
    private readonly credit: CreditPolicyPort,
    private readonly bus: EventBus,
    private readonly options: OrdersOptions,
    private readonly log: Logger,
  ) {}

  async updateLines(ctx: Ctx, input: UpdateOrderLinesInput): Promise<Outcome<OrderView>> {
    const actor = ctx.actor;
    if (!isUuid(input.orderId)) return notFound('The order');
    if (!hasPermission(actor, 'prices.view')) return invalid('Changing an order needs the permission prices.view.');
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > MAX_TEXT) return invalid(`The reason may have at most ${MAX_TEXT} characters.`);
    if (input.expectedVersion != null && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1)) {
      return invalid('expectedVersion must be a positive whole number.');
    }
    const given = input.lines ?? [];
    if (!given.length) return { kind: 'emptyOrder' };
    if (given.length > this.options.maxLines) return invalid(`An order may have at most ${this.options.maxLines} lines.`);
    for (const l of given) {
      if (!isUuid(l.productId)) return notFound('The product');
      if (l.warehouseId && !isUuid(l.warehouseId)) return notFound('The warehouse');
      if (!validQuantity(l.quantity)) return invalid('Quantities must be positive numbers with at most 3 decimals.');
      if (l.note && l.note.length > MAX_TEXT) return invalid(`A line note may have at most ${MAX_TEXT} characters.`);
    }
    const mayDiscount = actor.kind === 'staff' && hasPermission(actor, 'staff.discounts.grant');
    if ((input.discount || given.some((l) => l.discount)) && !mayDiscount) return invalid('Only a sales rep may grant a manual discount.');

    const client = pooled(ctx.em);
    const state = await this.state(client, input.orderId);
    const current = state?.order;
    if (!current || actingCompany(actor, current.companyId) !== current.companyId) return notFound('The order');
    const refused = this.editable(state);
    if (refused) return refused;
    // a customer cannot re-grant a rep's discount, and dropping it silently would raise their prices
    if (current.discountMinor > 0 && !mayDiscount) {
      return invalid('This order carries a sales rep’s discount; ask your sales rep to change its lines.');
    }

    const lines: Line[] = given.map((l) => ({
      productId: l.productId,
      qty: (toMilli(l.quantity) / 1000).toString(),
      qtyMilli: toMilli(l.quantity),
      // a line naming no warehouse stays where the order already holds the product
      warehouseId: l.warehouseId ?? current.lines.find((o) => o.productId === l.productId)?.warehouseId ?? null,
      note: l.note ?? null,
      discount: l.discount ?? null,
    }));

    // products: offered to this company, active, minimum and step; a warehouse for every line
    const products = await orderableProducts(
      client,
      lines.map((l) => ({ productId: l.productId, quantity: l.qty, warehouseId: l.warehouseId })),
    );
    const outside = await this.outsideAssortment(client, current.companyId, [...products.keys()]);
    const gone = [...new Set(lines.filter((l) => !products.get(l.productId)?.active || outside.has(l.productId)).map((l) => l.productId))];
    if (gone.length) return { kind: 'productUnavailable', productIds: gone };
    for (const l of lines) {
      const p = products.get(l.productId)!;
      if (!quantityFits(l.qtyMilli / 1000, p.minQuantity, p.stepQuantity)) {
        return {
          kind: 'quantityRule',
          productId: p.id,
          sku: p.sku,
          minimum: p.minQuantity,
          step: p.stepQuantity,
          requested: l.qtyMilli / 1000,
        };
      }
      l.warehouseId ??= p.suggestedWarehouseId;
    }
    const unplaced = lines.filter((l) => !l.warehouseId);
    if (unplaced.length) return this.insufficient(client, unplaced, products, []);

    const priced = await this.price(ctx, current, lines, products, input.discount ?? null);
    if (priced.kind !== 'ok') return priced;
    const { views, currency } = priced.value;
    const netMinor = views.reduce((s, v) => s + v.lineNetMinor, 0);
    const grossMinor = views.reduce((s, v) => s + v.lineGrossMinor, 0);
    const discountMinor = views.reduce((s, v) => s + v.manualDiscountMinor, 0);

    // the same lines again: nothing to do (a retried request after success lands here too)
    if (sameLines(current.lines, views)) return ok(current);
    if (input.expectedVersion != null && input.expectedVersion !== current.version) return conflict(current.version);

    let creditWarning = current.creditWarning;
    if (current.kind === 'order') {
      const verdict = await this.creditCheck(ctx, current, grossMinor);
      if (verdict.kind !== 'ok') return verdict;
      creditWarning = verdict.value;
    }

    // keep the ids of lines that stay (same product and warehouse), so references to them hold
    const free = [...current.lines];
    for (const v of views) {
      const i = free.findIndex((o) => o.productId === v.productId && o.warehouseId === v.warehouseId);
      if (i >= 0) v.id = free.splice(i, 1)[0].id;
    }
    const summary = describeChange(current.lines, views);
    const historyReason = reason ? `${summary} — ${reason}` : summary;
    const now = ctx.clock.now();
    const byUser = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;

    let stock: StockAfter[];
    try {
      stock = await inPgTransaction(ctx.em, async (tx) => {
        // the order row's lock serializes this with status changes, payments, shipment requests and other edits
        const res = await tx.query<{ status: string; version: number; customer_erp_id: string | null }>(
          `select o.status, o.version, c.erp_id as customer_erp_id from sales_order o join company c on c.id = o.company_id
            where o.id = $1 for update of o`,
          [current.id],
        );
        const row = res.rows[0];
        if (!row) throw new Rollback(notFound('The order'));
        if (row.status !== 'new') throw new Rollback(notNew(row.status));
        if (row.version !== current.version) throw new Rollback(conflict(row.version));
        const again = await this.state(tx, current.id);
        const late = again && this.editable(again);
        if (late) throw new Rollback(late);
        // the expiry job ends reservations without the order's lock: lock the reservation row itself
        const r = await tx.query<{ id: string }>(`select id from reservation where id = $1 and status = 'active' for update`, [
          again!.reservationId,
        ]);
        const reservationId = r.rows[0]?.id;
        if (!reservationId) throw new Rollback(invalid('The order’s goods are no longer reserved; place a new order instead.'));

        const moved = await moveHolds(tx, reservationId, lines);
        if (moved.grown < moved.needed) throw new Rollback({ kind: 'insufficientStock', lines: [] });
        await tx.query('delete from reservation_line where reservation_id = $1', [reservationId]);
        await tx.query(
          `insert into reservation_line (reservation_id, product_id, warehouse_id, quantity)
           select $1, l.p, l.w, sum(l.q) from unnest($2::uuid[], $3::uuid[], $4::numeric[]) l(p, w, q) group by l.p, l.w`,
          [reservationId, lines.map((l) => l.productId), lines.map((l) => l.warehouseId), lines.map((l) => l.qty)],
        );
        await tx.query('delete from order_line where order_id = $1', [current.id]);
        await tx.query(
          `insert into order_line (id, order_id, line_no, product_id, sku, warehouse_id, quantity, list_net_minor, unit_net_minor, unit_gross_minor,
                  manual_discount_minor, line_net_minor, line_gross_minor, vat_rate_bp, rule, note)
           select l.id, $1, l.no, l.p, l.sku, l.w, l.q, l.ln, l.un, l.ug, l.md, l.net, l.gross, l.vat, l.rule, l.note
             from unnest($2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::uuid[], $7::numeric[], $8::bigint[], $9::bigint[], $10::bigint[],
                         $11::bigint[], $12::bigint[], $13::bigint[], $14::int[], $15::text[], $16::text[])
                  as l(id, no, p, sku, w, q, ln, un, ug, md, net, gross, vat, rule, note)`,
          [
            current.id,
            ...orderLineArrays(
              views,
              lines.map((l) => l.qty),
            ),
          ],
        );
        await tx.query(
          `with u as (
             update sales_order set net_minor = $2, gross_minor = $3, discount_minor = $4, credit_warning = $5, updated_at = $6, version = version + 1
              where id = $1
           )
           insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
           values ($7, $1, 'new', 'new', $6, $8, $9, $10)`,
          [current.id, netMinor, grossMinor, discountMinor, creditWarning, now, randomUUID(), byUser, actorKind(actor), historyReason],
        );
        await enqueueOutboxPg(tx, {
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
            lines: views.map((v) => ({
              lineNo: v.lineNo,
              productErpId: products.get(v.productId)!.erpId ?? v.sku,
              quantity: v.quantity,
              unitNetMinor: Math.round(v.lineNetMinor / v.quantity),
              vatRateBp: v.vatRateBp,
              warehouseId: v.warehouseId,
            })),
            reason,
          },
        });
        return moved.stock;
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      if (err.failure.kind === 'insufficientStock') return this.insufficient(client, lines, products, current.lines);
      return err.failure as Failure;
    }

    const event: OrderStatusChangedEvent = {
      orderId: current.id,
      companyId: current.companyId,
      number: current.number,
      status: 'new',
      previousStatus: 'new',
      at: now.toISOString(),
      by: byUser,
      reason: historyReason,
    };
    void this.bus
      .emit(TOPICS.orderStatusChanged, current.companyId, event)
      .catch((e: Error) => this.log.warn({ err: e.message }, 'order event not published'));
    this.reservations.publishStock(stock);
    return ok((await readOrder(client, 'o.id = $1', [current.id]))!);
  }

  private async state(client: PgClient, orderId: string): Promise<OrderState | null> {
    const order = await readOrder(client, 'o.id = $1', [orderId]);
    if (!order) return null;
    const res = await client.query<{ paid: boolean; reservation_id: string | null; reservation_status: string | null; shipments: number }>(
      `select o.paid_at is not null as paid, r.id as reservation_id, r.status as reservation_status,
              (select count(*) from shipment_request s where s.order_id = o.id)::int as shipments
         from sales_order o left join reservation r on r.order_id = o.id where o.id = $1`,
      [orderId],
    );
    const r = res.rows[0];
    return { order, paid: r.paid, reservationId: r.reservation_id, reservationStatus: r.reservation_status, shipments: r.shipments };
  }

  private editable(s: OrderState): Failure | null {
    if (s.order.status !== 'new') return notNew(s.order.status);
    if (s.paid) return invalid('The proforma is paid; its lines can no longer change.');
    if (s.reservationStatus !== 'active') return invalid('The order’s goods are no longer reserved; place a new order instead.');
    if (s.shipments > 0) return invalid('A shipment was already requested for this order; its lines can no longer change.');
    return null;
  }

  /** Products outside the company's assortments (a company without assortments is offered everything). */
  private async outsideAssortment(client: PgClient, companyId: string, productIds: string[]): Promise<Set<string>> {
    if (!productIds.length) return new Set();
    const res = await client.query<{ id: string }>(
      `select p.id from unnest($2::uuid[]) p(id)
        where exists (select 1 from company_assortment ca where ca.company_id = $1)
          and not exists (select 1 from company_assortment ca join assortment_product ap on ap.assortment_id = ca.assortment_id
                           where ca.company_id = $1 and ap.product_id = p.id)`,
      [companyId, productIds],
    );
    return new Set(res.rows.map((r) => r.id));
  }

  /** Prices the lines as placement does; the order keeps its currency. */
  private async price(
    ctx: Ctx,
    order: OrderView,
    lines: Line[],
    products: Map<string, OrderableProduct>,
    orderDiscount: DiscountInput | null,
  ): Promise<Outcome<{ views: OrderLineView[]; currency: string }>> {
    const priced = await priceOrderLines(ctx, this.pricing, {
      companyId: order.companyId,
      lines,
      products,
      orderDiscount,
      capBp: this.options.repDiscountCapBp,
      fallbackCurrency: order.currency,
    });
    if (priced.kind === 'ok' && priced.value.currency !== order.currency) {
      return invalid(`The customer is now priced in ${priced.value.currency}; the order is in ${order.currency}.`);
    }
    return priced;
  }

  /**
   * The credit and overdue policies, as at placement, for what the change adds: an order that grows past the
   * limit (or while invoices are overdue) is refused under `block`; one that stays or shrinks only carries the
   * warning. Returns the order's new credit warning.
   */
  private async creditCheck(ctx: Ctx, order: OrderView, grossMinor: number): Promise<Outcome<string | null>> {
    if (this.options.creditPolicy === 'off' && this.options.overduePolicy === 'off') return ok(order.creditWarning);
    // the pending sum already counts this order at its old total
    return creditVerdict(ctx, this.credit, this.options, order.companyId, grossMinor, order.grossMinor);
  }

  /** The insufficient-stock report; what the order already holds counts as available to it. */
  private async insufficient(
    client: PgClient,
    lines: Line[],
    products: Map<string, OrderableProduct>,
    holding: OrderLineView[],
  ): Promise<Failure> {
    const res = await client.query<{ product_id: string; warehouse_id: string; available: number }>(
      `select product_id, warehouse_id, (on_hand - erp_reserved - kontor_held)::float8 as available from stock where product_id = any($1::uuid[])`,
      [[...new Set(lines.map((l) => l.productId))]],
    );
    const own = (p: string, w: string) =>
      holding.filter((h) => h.productId === p && h.warehouseId === w).reduce((s, h) => s + toMilli(h.quantity), 0) / 1000;
    const wanted = new Map<string, number>();
    for (const l of lines)
      if (l.warehouseId) wanted.set(`${l.productId}:${l.warehouseId}`, (wanted.get(`${l.productId}:${l.warehouseId}`) ?? 0) + l.qtyMilli);
    const short = [];
    for (const l of lines) {
      const rows = res.rows.filter((r) => r.product_id === l.productId && (!l.warehouseId || r.warehouse_id === l.warehouseId));
      const available = rows.reduce((m, r) => Math.max(m, r.available + own(r.product_id, r.warehouse_id)), 0);
      const need = l.warehouseId ? wanted.get(`${l.productId}:${l.warehouseId}`)! : l.qtyMilli;
      if (!l.warehouseId || available * 1000 < need) {
        short.push({
          productId: l.productId,
          sku: products.get(l.productId)?.sku ?? '',
          warehouseId: l.warehouseId,
          requested: l.qtyMilli / 1000,
          available,
        });
      }
    }
    return { kind: 'insufficientStock', lines: short };
  }
}

/**
 * Moves the reservation's holds to the new lines in one statement: per product and warehouse the difference
 * between what is wanted and what is held; stock rows locked in id order (as every hold does, so no deadlock),
 * growth only where `on_hand − erp_reserved − kontor_held` covers it, shrinkage always. The caller rolls back
 * when fewer rows grew than needed to.
 */
async function moveHolds(
  tx: PgClient,
  reservationId: string,
  lines: Line[],
): Promise<{ needed: number; grown: number; stock: StockAfter[] }> {
  const res = await tx.query<{ needed: number; grown: number; stock: StockAfter[] }>(
    `with req as (
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
                        from moved), '[]') as stock`,
    [reservationId, lines.map((l) => l.productId), lines.map((l) => l.warehouseId), lines.map((l) => l.qty)],
  );
  return res.rows[0];
}

const notNew = (status: string): Failure => ({
  kind: 'transition',
  message: `The order is ${status}; its lines can be changed only while it is new.`,
  from: status,
  to: status,
});

const conflict = (currentVersion: number): Failure => ({
  kind: 'versionConflict',
  message: `The order changed meanwhile (it is at version ${currentVersion}); read it again.`,
  currentVersion,
});

const lineKey = (l: OrderLineView) =>
  [l.productId, l.warehouseId, toMilli(l.quantity), l.unitNetMinor, l.manualDiscountMinor, l.lineNetMinor, l.note ?? ''].join('|');

function sameLines(a: OrderLineView[], b: OrderLineView[]): boolean {
  return a.length === b.length && a.every((l, i) => lineKey(l) === lineKey(b[i]));
}

/** "DRILL-1 1 → 3, CABLE-YDY added (10), SAW-1 removed (1)" — quantities per product, for the history. */
function describeChange(before: OrderLineView[], after: OrderLineView[]): string {
  const sum = (ls: OrderLineView[]) => {
    const m = new Map<string, { sku: string; milli: number }>();
    for (const l of ls) m.set(l.productId, { sku: l.sku, milli: (m.get(l.productId)?.milli ?? 0) + toMilli(l.quantity) });
    return m;
  };
  const was = sum(before);
  const now = sum(after);
  const parts: string[] = [];
  for (const [id, n] of now) {
    const o = was.get(id);
    if (!o) parts.push(`${n.sku} added (${n.milli / 1000})`);
    else if (o.milli !== n.milli) parts.push(`${n.sku} ${o.milli / 1000} → ${n.milli / 1000}`);
  }
  for (const [id, o] of was) if (!now.has(id)) parts.push(`${o.sku} removed (${o.milli / 1000})`);
  return `lines changed: ${parts.length ? parts.join(', ') : 'warehouses, notes or prices'}`;
}

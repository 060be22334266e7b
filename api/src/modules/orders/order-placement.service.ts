import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { hasPermission, type Actor } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { TOPICS, type OrderStatusChangedEvent } from '../../common/domain-events';
import type { EventBus } from '../../common/event-bus';
import { firstOutboxInsert } from '../erp-sync/outbox';
import type { PgClient } from '../erp-sync/pg';
import type { PricingPort } from '../pricing/pricing.contract';
import type { ReservationsService } from '../reservations/reservations.service';
import { HOLD_CTES, type HoldItem, type StockAfter } from '../reservations/stock-holds';
import { creditVerdict, type CreditPolicyPort } from './credit-policy';
import { readOrder, type OrderView } from './order-view';
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
import { orderLineArrays, priceOrderLines, type DiscountInput } from './line-pricing';
import { orderableProducts, quantityFits, type OrderableProduct } from './product-rules';

export type { DiscountInput } from './line-pricing';

export interface PlaceLineInput {
  productId: string;
  quantity: number;
  warehouseId?: string | null;
  note?: string | null;
  /** Per unit. Sales reps only. */
  discount?: DiscountInput | null;
}

export interface PlaceOrderInput {
  companyId?: string | null;
  idempotencyKey: string;
  kind: 'order' | 'proforma';
  /** Without lines, the acting user's basket is ordered (and emptied of what was ordered). */
  lines?: PlaceLineInput[] | null;
  poNumber?: string | null;
  note?: string | null;
  deliveryAddress?: Record<string, unknown> | null;
  shippingMethod?: string | null;
  requestedDate?: string | null;
  /** For the whole order (a percentage, or an amount off the order's net). Sales reps only. */
  discount?: DiscountInput | null;
  /** A rep names the customer's user the order is for (optional). */
  customerUserId?: string | null;
}

export interface PlacedOrder {
  order: OrderView;
  /** False when the idempotency key named an order placed before: nothing new happened. */
  created: boolean;
}

interface Line {
  productId: string;
  qty: string;
  qtyMilli: number;
  warehouseId: string | null;
  note: string | null;
  discount: DiscountInput | null;
  basketLineId: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** How long product rules read for one placement may serve the next ones (lines with a warehouse only). */
const PRODUCT_CACHE_MS = 5_000;
const MAX_TEXT = 2000;

/**
 * Placing orders and proformas (DESIGN.md §6) — the hot path: product rules and suggested warehouses in one
 * statement, prices in one pricing call, then ONE transaction: order + history (one statement), all stock
 * holds (one conditional multi-row UPDATE), all lines (one), reservation + its lines (one), the outbox row.
 * The idempotency key is unique per company: a second placement with it returns the first order, even when
 * both race (the second insert waits on the unique index, then finds the first).
 */
export class OrderPlacementService {
  private companyErpIds = new Map<string, { erpId: string | null; at: number }>();
  private productCache = new Map<string, { product: OrderableProduct; at: number }>();

  constructor(
    private readonly pricing: PricingPort,
    private readonly reservations: ReservationsService,
    private readonly credit: CreditPolicyPort,
    private readonly bus: EventBus,
    readonly options: OrdersOptions,
    private readonly log: Logger,
  ) {}

  async place(ctx: Ctx, input: PlaceOrderInput): Promise<Outcome<PlacedOrder>> {
    const actor = ctx.actor;
    const companyId = actingCompany(actor, input.companyId);
    if (!companyId) return notFound('The customer');
    const key = input.idempotencyKey?.trim();
    if (!key || key.length > 200) return invalid('idempotencyKey must be 1–200 characters.');
    if (input.kind === 'proforma' && !hasPermission(actor, 'reservations.create')) return invalid('You may not create proformas.');
    if (!hasPermission(actor, 'prices.view')) return invalid('Ordering needs the permission prices.view.');
    const header = this.checkHeader(input);
    if (header) return header;
    const wantsDiscount = !!(input.discount || input.lines?.some((l) => l.discount));
    if (wantsDiscount && !(actor.kind === 'staff' && hasPermission(actor, 'staff.discounts.grant'))) {
      return invalid('Only a sales rep may grant a manual discount.');
    }

    const fromBasket = !input.lines;
    const userId = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
    if (fromBasket && !userId) return invalid('Name the lines: an API key has no basket.');

    const client = pooled(ctx.em);
    {
      if (fromBasket) {
        const existing = await readOrder(client, 'o.company_id = $1 and o.idempotency_key = $2', [companyId, key]);
        if (existing) return ok({ order: existing, created: false });
      }
      const placedBy = await this.placedBy(client, actor, companyId, input.customerUserId);
      if (placedBy === undefined) return notFound('The customer’s user');

      // lines
      let lines: Line[];
      if (fromBasket) {
        const res = await client.query<{
          id: string;
          product_id: string;
          warehouse_id: string | null;
          quantity: string;
          note: string | null;
        }>(
          `select id, product_id, warehouse_id, quantity::text as quantity, note from basket_line
            where user_id = $1 and company_id = $2 and list = 'basket'
            order by created_at, (select p.sku from product p where p.id = basket_line.product_id), id`,
          [userId, companyId],
        );
        if (!res.rows.length) return { kind: 'emptyBasket' } as Failure;
        lines = res.rows.map((r) => ({
          productId: r.product_id,
          qty: r.quantity,
          qtyMilli: toMilli(Number(r.quantity)),
          warehouseId: r.warehouse_id,
          note: r.note,
          discount: null,
          basketLineId: r.id,
        }));
      } else {
        const given = input.lines!;
        if (!given.length) return invalid('An order needs at least one line.');
        for (const l of given) {
          if (!isUuid(l.productId)) return notFound('The product');
          if (l.warehouseId && !isUuid(l.warehouseId)) return notFound('The warehouse');
          if (!validQuantity(l.quantity)) return invalid('Quantities must be positive numbers with at most 3 decimals.');
          if (l.note && l.note.length > MAX_TEXT) return invalid(`A line note may have at most ${MAX_TEXT} characters.`);
        }
        lines = given.map((l) => ({
          productId: l.productId,
          qty: (toMilli(l.quantity) / 1000).toString(),
          qtyMilli: toMilli(l.quantity),
          warehouseId: l.warehouseId ?? null,
          note: l.note ?? null,
          discount: l.discount ?? null,
          basketLineId: null,
        }));
      }
      if (lines.length > this.options.maxLines) return invalid(`An order may have at most ${this.options.maxLines} lines.`);

      // products, rules, warehouses
      const products = await this.productsFor(client, lines);
      const gone = [...new Set(lines.filter((l) => !products.get(l.productId)?.active).map((l) => l.productId))];
      if (gone.length) return { kind: 'productUnavailable', productIds: gone } as Failure;
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
          } as Failure;
        }
        l.warehouseId ??= p.suggestedWarehouseId;
      }
      const unplaced = lines.filter((l) => !l.warehouseId);
      if (unplaced.length) return this.insufficient(client, unplaced, products);

      // prices: one call, quantities summed per product (tiers), then a rep's manual discounts
      const priced = await priceOrderLines(ctx, this.pricing, {
        companyId,
        lines,
        products,
        orderDiscount: input.discount ?? null,
        capBp: this.options.repDiscountCapBp,
        fallbackCurrency: 'PLN',
      });
      if (priced.kind !== 'ok') return priced;
      const { views, currency } = priced.value;
      const orderId = randomUUID();
      const netMinor = views.reduce((s, v) => s + v.lineNetMinor, 0);
      const grossMinor = views.reduce((s, v) => s + v.lineGrossMinor, 0);
      const discountMinor = views.reduce((s, v) => s + v.manualDiscountMinor, 0);

      // credit policy (orders only: a proforma is paid before anything ships)
      let creditWarning: string | null = null;
      if (input.kind === 'order' && (this.options.creditPolicy !== 'off' || this.options.overduePolicy !== 'off')) {
        const verdict = await creditVerdict(ctx, this.credit, this.options, companyId, grossMinor);
        if (verdict.kind !== 'ok') return verdict;
        creditWarning = verdict.value;
      }

      const now = ctx.clock.now();
      const customerErpId = await this.companyErpId(client, companyId);
      const expiresAt = input.kind === 'proforma' ? new Date(now.getTime() + this.options.reservationHours * 3600_000) : null;
      const reservationId = randomUUID();
      const holds: HoldItem[] = lines.map((l) => ({ productId: l.productId, warehouseId: l.warehouseId!, quantity: l.qty }));
      const distinctHolds = new Set(holds.map((h) => `${h.productId}:${h.warehouseId}`)).size;
      const byUser = actor.kind === 'customer' || actor.kind === 'staff' ? actor.userId : null;
      const repId = actor.kind === 'staff' ? actor.userId : null;

      let number: string;
      let stock: StockAfter[];
      try {
        const outbox = firstOutboxInsert(
          {
            aggregateType: 'order',
            aggregateId: orderId,
            kind: input.kind === 'proforma' ? 'reservation' : 'order',
            payload: {
              kontorReference: orderId,
              documentType: input.kind,
              customerErpId,
              placedAt: now.toISOString(),
              currency,
              lines: views.map((v) => ({
                lineNo: v.lineNo,
                productErpId: products.get(v.productId)!.erpId ?? products.get(v.productId)!.sku,
                quantity: v.quantity,
                unitNetMinor: Math.round(v.lineNetMinor / v.quantity),
                vatRateBp: v.vatRateBp,
                warehouseId: v.warehouseId,
              })),
              notes: [input.poNumber ? `PO ${input.poNumber}` : null, input.note ?? null].filter(Boolean).join('\n') || null,
              reservationExpiresAt: expiresAt?.toISOString() ?? null,
            },
          },
          45,
          'exists (select 1 from o)',
          `jsonb_build_object('number', (select number from o))`,
        );
        const basketIds = lines.map((l) => l.basketLineId).filter((x): x is string => !!x);
        // ONE statement, so one implicit transaction and one round trip: the order (unless its idempotency key is
        // known), its history row, every stock hold, the lines, the reservation and its lines, the outbox row and the
        // ordered basket lines. If a hold fails, kontor_raise aborts the statement and nothing of it remains.
        const res = await client.query<{ number: string | null; held: StockAfter[] }>(
          `with o as (
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
           ), ${HOLD_CTES}, l as (
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
                  case when exists (select 1 from o) and (select count(*) from held) < $44 then kontor_raise('INSUFFICIENT_STOCK') end as refused`,
          [
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
            randomUUID(),
            byUser,
            actorKind(actor),
            input.kind === 'proforma' ? 'proforma created' : 'order placed',
            holds.map((h) => h.productId),
            holds.map((h) => h.warehouseId),
            holds.map((h) => h.quantity),
            ...orderLineArrays(
              views,
              lines.map((l) => l.qty),
            ),
            reservationId,
            expiresAt,
            basketIds,
            distinctHolds,
            ...outbox.params,
          ],
        );
        const num = res.rows[0]?.number;
        if (!num) throw new Rollback({ kind: 'duplicate' });
        number = num;
        stock = res.rows[0].held;
      } catch (err) {
        if ((err as { code?: string; message?: string }).code === 'P0001' && (err as Error).message === 'INSUFFICIENT_STOCK') {
          // a product withdrawn since its rules were read counts as unavailable, not short
          const fresh = await orderableProducts(
            client,
            lines.map((l) => ({ productId: l.productId, quantity: l.qty, warehouseId: l.warehouseId })),
          );
          for (const id of products.keys()) this.productCache.delete(id);
          const withdrawn = [...new Set(lines.filter((l) => !fresh.get(l.productId)?.active).map((l) => l.productId))];
          if (withdrawn.length) return { kind: 'productUnavailable', productIds: withdrawn };
          return this.insufficient(client, lines, products);
        }
        if (!(err instanceof Rollback)) throw err;
        if (err.failure.kind === 'duplicate') {
          const existing = await readOrder(client, 'o.company_id = $1 and o.idempotency_key = $2', [companyId, key]);
          if (!existing) throw new Error('An order with this idempotency key vanished; try again.');
          return ok({ order: existing, created: false });
        }
        if (err.failure.kind === 'insufficientStock') return this.insufficient(client, lines, products);
        return err.failure as Failure;
      }

      // after commit: events and the expiry job
      const event: OrderStatusChangedEvent = {
        orderId,
        companyId,
        number,
        status: 'new',
        previousStatus: null,
        at: now.toISOString(),
        by: byUser,
        reason: null,
      };
      void this.bus
        .emit(TOPICS.orderStatusChanged, companyId, event)
        .catch((e: Error) => this.log.warn({ err: e.message }, 'order event not published'));
      this.reservations.publishStock(stock);
      if (expiresAt) await this.reservations.scheduled({ reservationId, companyId, orderId, expiresAt, now });

      const order: OrderView = {
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
        lines: views,
      };
      return ok({ order, created: true });
    }
  }

  /**
   * Product rules for the lines. When every line names its warehouse, facts read in the last few seconds are
   * reused (they change with the ERP sync, minutes apart); the placement statement itself only holds stock of
   * products still active, so a product withdrawn meanwhile still fails the order.
   */
  private async productsFor(client: PgClient, lines: Line[]): Promise<Map<string, OrderableProduct>> {
    const now = Date.now();
    if (lines.every((l) => l.warehouseId)) {
      const hit = new Map<string, OrderableProduct>();
      for (const l of lines) {
        const c = this.productCache.get(l.productId);
        if (!c || now - c.at > PRODUCT_CACHE_MS) break;
        hit.set(l.productId, c.product);
      }
      if (hit.size === new Set(lines.map((l) => l.productId)).size) return hit;
    }
    const products = await orderableProducts(
      client,
      lines.map((l) => ({ productId: l.productId, quantity: l.qty, warehouseId: l.warehouseId })),
    );
    if (this.productCache.size > 50_000) this.productCache.clear();
    for (const p of products.values()) this.productCache.set(p.id, { product: { ...p, suggestedWarehouseId: null }, at: now });
    return products;
  }

  private checkHeader(input: PlaceOrderInput): Failure | null {
    for (const [name, v] of [
      ['poNumber', input.poNumber],
      ['note', input.note],
      ['shippingMethod', input.shippingMethod],
    ] as const) {
      if (v != null && v.length > MAX_TEXT) return invalid(`${name} may have at most ${MAX_TEXT} characters.`);
    }
    if (input.requestedDate != null && (!DATE.test(input.requestedDate) || Number.isNaN(Date.parse(input.requestedDate)))) {
      return invalid('requestedDate must be a date like 2026-12-01.');
    }
    if (input.deliveryAddress && JSON.stringify(input.deliveryAddress).length > 4000) return invalid('The delivery address is too long.');
    if (!['order', 'proforma'].includes(input.kind)) return invalid('kind must be order or proforma.');
    return null;
  }

  /** The customer's user the order is placed for: the customer themself; for a rep, the named user of that company. */
  private async placedBy(
    client: PgClient,
    actor: Actor,
    companyId: string,
    named: string | null | undefined,
  ): Promise<string | null | undefined> {
    if (actor.kind === 'customer') return actor.userId;
    if (!named) return null;
    if (!isUuid(named)) return undefined;
    const res = await client.query('select 1 from app_user where id = $1 and company_id = $2', [named, companyId]);
    return res.rows.length ? named : undefined;
  }

  private async companyErpId(client: PgClient, companyId: string): Promise<string | null> {
    const hit = this.companyErpIds.get(companyId);
    if (hit && Date.now() - hit.at < 60_000) return hit.erpId;
    const res = await client.query<{ erp_id: string | null }>('select erp_id from company where id = $1', [companyId]);
    const erpId = res.rows[0]?.erp_id ?? null;
    if (this.companyErpIds.size > 10_000) this.companyErpIds.clear();
    this.companyErpIds.set(companyId, { erpId, at: Date.now() });
    return erpId;
  }

  /** The report of an insufficient-stock failure: what each short line asked for and what is available. */
  private async insufficient(client: PgClient, lines: Line[], products: Map<string, OrderableProduct>): Promise<Failure> {
    const res = await client.query<{ product_id: string; warehouse_id: string; available: number }>(
      `select product_id, warehouse_id, (on_hand - erp_reserved - kontor_held)::float8 as available from stock where product_id = any($1::uuid[])`,
      [[...new Set(lines.map((l) => l.productId))]],
    );
    const short = [];
    for (const l of lines) {
      const rows = res.rows.filter((r) => r.product_id === l.productId && (!l.warehouseId || r.warehouse_id === l.warehouseId));
      const available = rows.reduce((m, r) => Math.max(m, r.available), 0);
      if (available * 1000 < l.qtyMilli || !l.warehouseId) {
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

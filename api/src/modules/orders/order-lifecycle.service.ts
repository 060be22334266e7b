import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { canReachCompany, hasPermission } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { TOPICS, type OrderStatusChangedEvent } from '../../common/domain-events';
import type { EventBus } from '../../common/event-bus';
import { enqueueOutboxPg } from '../erp-sync/outbox';
import { inPgTransaction } from '../erp-sync/pg';
import type { ReservationsService } from '../reservations/reservations.service';
import type { StockAfter } from '../reservations/stock-holds';
import { canTransition, isOrderStatus, type OrderStatus } from './order-status';
import { readOrder, type OrderView } from './order-view';
import { actorKind, invalid, isUuid, notFound, ok, pooled, Rollback, type ActorKind, type Failure, type Outcome } from './orders.common';

export interface ChangeStatusOptions {
  /** 'erp' when the status comes back from the ERP (ERP sync calls this); otherwise taken from the actor. */
  source?: 'erp' | 'system';
  /** The ERP's document number, when it tells one. */
  erpNumber?: string | null;
}

export interface UpdateOrderInput {
  orderId: string;
  poNumber?: string | null;
  note?: string | null;
  deliveryAddress?: Record<string, unknown> | null;
  shippingMethod?: string | null;
  requestedDate?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The order lifecycle: status changes through the declarative table in order-status.ts, each one a history row
 * (who, when, why) and, after commit, an `order.statusChanged` event. Cancelling releases what the order holds
 * and tells the ERP (outbox, same transaction); the ERP acknowledging an order (`received`) ends Kontor's hold,
 * since the ERP now counts the goods in its own reservations.
 */
export class OrderLifecycleService {
  constructor(
    private readonly reservations: ReservationsService,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  /** Changes an order's status. ERP sync calls it with `{ source: 'erp' }` for statuses coming back from the ERP. */
  async changeStatus(
    ctx: Ctx,
    orderId: string,
    status: OrderStatus,
    reason: string | null,
    options: ChangeStatusOptions = {},
  ): Promise<Outcome<OrderView>> {
    if (!isUuid(orderId)) return notFound('The order');
    if (!isOrderStatus(status)) return invalid(`Unknown status "${status}".`);
    if (reason && reason.length > 2000) return invalid('The reason may have at most 2000 characters.');
    const by: ActorKind = options.source ?? actorKind(ctx.actor);
    const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
    const now = ctx.clock.now();
    let event: OrderStatusChangedEvent;
    let stock: StockAfter[] = [];
    try {
      ({ event, stock } = await inPgTransaction(ctx.em, async (tx) => {
        const res = await tx.query<{ company_id: string; status: OrderStatus; number: string; kind: string }>(
          'select company_id, status, number, kind from sales_order where id = $1 for update',
          [orderId],
        );
        const row = res.rows[0];
        if (!row || (!options.source && !canReachCompany(ctx.actor, row.company_id))) throw new Rollback(notFound('The order'));
        if (row.status === status)
          throw new Rollback({ kind: 'transition', message: `The order is already ${status}.`, from: row.status, to: status });
        const verdict = canTransition(row.status, status, by);
        if (verdict !== 'ok') {
          const message =
            verdict === 'illegal'
              ? `An order cannot go from ${row.status} to ${status}.`
              : status === 'cancelled'
                ? `The order is ${row.status}; only the back office can cancel it now.`
                : `You may not move an order from ${row.status} to ${status}.`;
          throw new Rollback({ kind: 'transition', message, from: row.status, to: status });
        }
        await tx.query(
          `with u as (
             update sales_order set status = $2, updated_at = $3, version = version + 1, erp_number = coalesce($7, erp_number) where id = $1
           )
           insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
           values ($4, $1, $5, $2, $3, $6, $8, $9)`,
          [orderId, status, now, randomUUID(), row.status, options.source ? null : byUser, options.erpNumber ?? null, by, reason],
        );
        let changed: StockAfter[] = [];
        if (status === 'cancelled') {
          const rel = await this.reservations.releaseForOrderInTx(tx, orderId, 'cancelled', now);
          changed = rel?.stock ?? [];
          if (by !== 'erp') {
            await enqueueOutboxPg(tx, {
              aggregateType: 'order',
              aggregateId: orderId,
              kind: 'orderCancellation',
              payload: { kontorReference: orderId, number: row.number, reason, cancelledAt: now.toISOString() },
            });
          }
        } else if (status === 'received' && row.kind === 'order') {
          const rel = await this.reservations.releaseForOrderInTx(tx, orderId, 'acknowledged', now);
          changed = rel?.stock ?? [];
        }
        const ev: OrderStatusChangedEvent = {
          orderId,
          companyId: row.company_id,
          number: row.number,
          status,
          previousStatus: row.status,
          at: now.toISOString(),
          by: options.source ? null : byUser,
          reason,
        };
        return { event: ev, stock: changed };
      }));
    } catch (err) {
      if (err instanceof Rollback) return err.failure as Failure;
      throw err;
    }
    void this.bus
      .emit(TOPICS.orderStatusChanged, event.companyId, event)
      .catch((e: Error) => this.log.warn({ err: e.message }, 'order event not published'));
    this.reservations.publishStock(stock);
    const view = await readOrder(pooled(ctx.em), 'o.id = $1', [orderId]);
    return ok(view!);
  }

  /** A customer (or their rep) cancels while the order is new or received; staff at any time before fulfilment. */
  async cancel(ctx: Ctx, orderId: string, reason: string | null): Promise<Outcome<OrderView>> {
    return this.changeStatus(ctx, orderId, 'cancelled', reason?.trim() || null);
  }

  /** Edits the order's header while it is `new` (the ERP has not seen it yet). */
  async update(ctx: Ctx, input: UpdateOrderInput): Promise<Outcome<OrderView>> {
    if (!isUuid(input.orderId)) return notFound('The order');
    for (const [name, v] of [
      ['poNumber', input.poNumber],
      ['note', input.note],
      ['shippingMethod', input.shippingMethod],
    ] as const) {
      if (v != null && v.length > 2000) return invalid(`${name} may have at most 2000 characters.`);
    }
    if (input.requestedDate != null && (!DATE.test(input.requestedDate) || Number.isNaN(Date.parse(input.requestedDate)))) {
      return invalid('requestedDate must be a date like 2026-12-01.');
    }
    const sets: string[] = [];
    const params: unknown[] = [input.orderId, ctx.clock.now()];
    const set = (col: string, v: unknown) => {
      params.push(v);
      sets.push(`${col} = $${params.length}`);
    };
    if (input.poNumber !== undefined) set('po_number', input.poNumber);
    if (input.note !== undefined) set('note', input.note);
    if (input.deliveryAddress !== undefined) set('delivery_address', input.deliveryAddress ? JSON.stringify(input.deliveryAddress) : null);
    if (input.shippingMethod !== undefined) set('shipping_method', input.shippingMethod);
    if (input.requestedDate !== undefined) set('requested_date', input.requestedDate);
    const client = pooled(ctx.em);
    const current = await readOrder(client, 'o.id = $1', [input.orderId]);
    if (!current || !canReachCompany(ctx.actor, current.companyId)) return notFound('The order');
    if (!sets.length) return ok(current);
    const res = await client.query(
      `update sales_order set ${sets.join(', ')}, updated_at = $2, version = version + 1 where id = $1 and status = 'new' returning id`,
      params,
    );
    if (!res.rowCount) {
      return {
        kind: 'transition',
        message: `The order is ${current.status}; it can be edited only while new.`,
        from: current.status,
        to: current.status,
      };
    }
    return ok((await readOrder(client, 'o.id = $1', [input.orderId]))!);
  }

  /**
   * A payment for a proforma, from the ERP (`source: 'erp'`) or registered by the back office (then sent to the
   * ERP through the outbox). A paid proforma's reservation never expires.
   */
  async registerPayment(ctx: Ctx, orderId: string, reference: string, options: { source?: 'erp' } = {}): Promise<Outcome<OrderView>> {
    if (!isUuid(orderId)) return notFound('The order');
    if (!reference?.trim() || reference.length > 200) return invalid('A payment reference of 1–200 characters is required.');
    if (!options.source && !(ctx.actor.kind === 'staff' && hasPermission(ctx.actor, 'staff.erp.manage'))) return notFound('The order');
    const now = ctx.clock.now();
    try {
      await inPgTransaction(ctx.em, async (tx) => {
        const res = await tx.query<{ company_id: string; status: string; paid_at: Date | null; kind: string }>(
          'select company_id, status, paid_at, kind from sales_order where id = $1 for update',
          [orderId],
        );
        const row = res.rows[0];
        if (!row || (!options.source && !canReachCompany(ctx.actor, row.company_id))) throw new Rollback(notFound('The order'));
        if (row.status === 'cancelled') throw new Rollback(invalid('The order is cancelled.'));
        if (row.paid_at) return;
        await tx.query('update sales_order set paid_at = $2, payment_ref = $3, updated_at = $2, version = version + 1 where id = $1', [
          orderId,
          now,
          reference.trim(),
        ]);
        await tx.query(`update reservation set status = 'paid', paid_at = $2 where order_id = $1 and status = 'active'`, [orderId, now]);
        if (!options.source) {
          await enqueueOutboxPg(tx, {
            aggregateType: 'order',
            aggregateId: orderId,
            kind: 'payment',
            payload: { kontorReference: orderId, reference: reference.trim(), paidAt: now.toISOString() },
          });
        }
      });
    } catch (err) {
      if (err instanceof Rollback) return err.failure as Failure;
      throw err;
    }
    return ok((await readOrder(pooled(ctx.em), 'o.id = $1', [orderId]))!);
  }
}

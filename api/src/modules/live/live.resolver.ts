import { Arg, Ctx as Context, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { TOPICS, type OrderStatusChangedEvent, type ReservationExpiringEvent, type StockChangedEvent } from '../../common/domain-events';
import { Policy } from '../../graphql/policy';
import type { OrdersQueryService } from '../orders/orders-query.service';
import { OrderType, toOrderType } from '../orders/orders.types';
import {
  companyChannels,
  hearsOrderEvent,
  hearsReservationEvent,
  hearsStockEvent,
  MAX_LIVE_IDS,
  orderFilter,
  visibleProductChannels,
} from './live.service';
import { OrderStatusChangeType, OrderStatusEnum, ReservationExpiringType, StockChangeType } from './live.types';

/** Root fields whose answers depend only on the event and the subscriber's audience: grouped per process. */
export const SHAREABLE_LIVE_FIELDS: ReadonlySet<string> = new Set(['orderStatusChanged', 'stockChanged', 'reservationExpiring']);

interface Data<A> {
  args: A;
  context: Ctx;
}
interface OrderArgs {
  orderIds?: string[] | null;
  companyId?: string | null;
}
interface StockArgs {
  productIds: string[];
}
interface CompanyArgs {
  companyId?: string | null;
}

/**
 * Live events over graphql-ws (DESIGN.md §8). Each subscription listens to the per-company or per-product
 * channels its subscriber may hear (chosen once, when it starts) and filters events in memory; payloads are
 * facts without prices.
 */
@Resolver()
export class LiveResolver {
  @Policy({ permissions: ['orders.view'] })
  @Subscription(() => OrderStatusChangeType, {
    description:
      'Status changes of the orders you may see: your company’s; a sales rep’s assigned customers’; every company’s for a staff admin. ' +
      '`orderIds` (at most 200) and, for staff, `companyId` narrow it; orders or companies you may not see are never heard.',
    topics: TOPICS.orderStatusChanged,
    topicId: ({ args, context }: Data<OrderArgs>) => {
      orderFilter(args.orderIds);
      return companyChannels(context.actor, args.companyId);
    },
    filter: ({ payload, args, context }: Data<OrderArgs> & { payload: OrderStatusChangedEvent }) =>
      hearsOrderEvent(context.actor, args.orderIds, payload),
  })
  orderStatusChanged(
    @Root() e: OrderStatusChangedEvent,
    @Arg('orderIds', () => [ID], { nullable: true, description: `Only these orders (at most ${MAX_LIVE_IDS}).` })
    _orderIds?: string[] | null,
    @Arg('companyId', () => ID, { nullable: true, description: 'Staff: only this company (one you serve).' })
    _companyId?: string | null,
  ): OrderStatusChangeType {
    return {
      orderId: e.orderId,
      companyId: e.companyId,
      number: e.number,
      status: e.status as OrderStatusEnum,
      previousStatus: e.previousStatus as OrderStatusEnum | null,
      at: new Date(e.at),
      reason: e.reason,
    };
  }

  @Policy({ permissions: ['catalog.view', 'stock.view'] })
  @Subscription(() => StockChangeType, {
    description: `Availability changes of these products (at most ${MAX_LIVE_IDS}) per warehouse; products you may not see are never heard. Quantities only, no prices.`,
    topics: TOPICS.stockChanged,
    topicId: ({ args, context }: Data<StockArgs>) => visibleProductChannels(context, args.productIds),
    filter: ({ payload, args }: Data<StockArgs> & { payload: StockChangedEvent }) => hearsStockEvent(args.productIds, payload),
  })
  stockChanged(@Root() e: StockChangedEvent, @Arg('productIds', () => [ID]) _productIds: string[]): StockChangeType {
    return { productId: e.productId, warehouseId: e.warehouseId, available: e.available, asOf: new Date(e.asOf) };
  }

  @Policy({ permissions: ['orders.view'] })
  @Subscription(() => ReservationExpiringType, {
    description:
      'Reservations of the companies you may see that are about to be released unless paid. Staff may narrow it to one company with `companyId`.',
    topics: TOPICS.reservationExpiring,
    topicId: ({ args, context }: Data<CompanyArgs>) => companyChannels(context.actor, args.companyId),
    filter: ({ payload, context }: Data<CompanyArgs> & { payload: ReservationExpiringEvent }) =>
      hearsReservationEvent(context.actor, payload),
  })
  reservationExpiring(
    @Root() e: ReservationExpiringEvent,
    @Arg('companyId', () => ID, { nullable: true, description: 'Staff: only this company (one you serve).' })
    _companyId?: string | null,
  ): ReservationExpiringType {
    return { reservationId: e.reservationId, companyId: e.companyId, orderId: e.orderId, expiresAt: new Date(e.expiresAt) };
  }
}

/**
 * The order itself beside a status change, as the `order` query gives it (same type, same field permissions).
 * Subscribers with the same audience share one execution per event, so it is read once per group, not per
 * connection.
 */
@Resolver(() => OrderStatusChangeType)
export class OrderStatusChangeFieldsResolver {
  constructor(private readonly orders: OrdersQueryService) {}

  @FieldResolver(() => OrderType, { nullable: true, description: 'The order now; null if it is no longer yours to see.' })
  async order(@Root() change: OrderStatusChangeType, @Context() ctx: Ctx): Promise<OrderType | null> {
    const o = await this.orders.order(ctx, change.orderId);
    return o && toOrderType(o);
  }
}

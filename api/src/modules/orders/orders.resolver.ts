import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { Policy } from '../../graphql/policy';
import type { ReservationsService } from '../reservations/reservations.service';
import { ReservationType, toReservationType } from '../reservations/reservations.types';
import type { ShipmentsService } from '../shipments/shipments.service';
import { ShipmentRequestType, toShipmentType } from '../shipments/shipments.types';
import type { OrderEditingService } from './order-editing.service';
import type { OrderLifecycleService } from './order-lifecycle.service';
import type { OrderPlacementService, PlaceOrderInput as PlaceInput } from './order-placement.service';
import type { OrdersQueryService } from './orders-query.service';
import { failureType } from './orders.errors';
import type { Outcome } from './orders.common';
import type { OrderView } from './order-view';
import {
  CancelOrderInput,
  OrderConnection,
  OrderHistoryEntryType,
  OrderKindEnum,
  OrderResult,
  OrderStatusEnum,
  OrderType,
  PlaceOrderInput,
  PlaceOrderResult,
  RegisterPaymentInput,
  SetOrderStatusInput,
  toOrderType,
  UpdateOrderInput,
  UpdateOrderLinesInput,
  UpdateOrderLinesResult,
} from './orders.types';

@ArgsType()
class OrdersArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true, description: 'Staff: one customer (default: every customer they may reach).' }) companyId?:
    string | null;
  @Field(() => OrderStatusEnum, { nullable: true }) status?: OrderStatusEnum | null;
  @Field(() => OrderKindEnum, { nullable: true }) kind?: OrderKindEnum | null;
}

const orderOutcome = (o: Outcome<OrderView>) => (o.kind === 'ok' ? toOrderType(o.value) : failureType(o));

function placeInput(input: PlaceOrderInput, kind: 'order' | 'proforma'): PlaceInput {
  return { ...input, kind, deliveryAddress: input.deliveryAddress ? { ...input.deliveryAddress } : null };
}

/** Orders and proformas: thin adapters over the placement, lifecycle and query services. */
@Resolver()
export class OrdersResolver {
  constructor(
    private readonly placement: OrderPlacementService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly queries: OrdersQueryService,
    private readonly editing: OrderEditingService,
  ) {}

  @Policy({ permissions: ['orders.view'] })
  @Query(() => OrderType, { nullable: true, description: 'An order or proforma; null when it does not exist or is not yours to see.' })
  async order(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    const o = await this.queries.order(ctx, id);
    return o && toOrderType(o);
  }

  @Policy({ permissions: ['orders.view'] })
  @Query(() => OrderConnection, { description: 'Orders and proformas, newest first.' })
  async orders(@Args(() => OrdersArgs) args: OrdersArgs, @Context() ctx: Ctx) {
    return toConnection(await this.queries.orders(ctx, args), toOrderType);
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => PlaceOrderResult, {
    description: 'Places an order from the given lines or the basket. The same idempotencyKey returns the same order.',
  })
  async placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @Context() ctx: Ctx) {
    const o = await this.placement.place(ctx, placeInput(input, 'order'));
    return o.kind === 'ok' ? toOrderType(o.value.order) : failureType(o);
  }

  @Policy({ permissions: ['orders.place', 'reservations.create'] })
  @Mutation(() => PlaceOrderResult, { description: 'A proforma whose goods are reserved per warehouse until paid, or released at expiry.' })
  async createProforma(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @Context() ctx: Ctx) {
    const o = await this.placement.place(ctx, placeInput(input, 'proforma'));
    return o.kind === 'ok' ? toOrderType(o.value.order) : failureType(o);
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => OrderResult, { description: 'Cancels an order or proforma (customers: while new or received) and releases its goods.' })
  async cancelOrder(@Arg('input', () => CancelOrderInput) input: CancelOrderInput, @Context() ctx: Ctx) {
    return orderOutcome(await this.lifecycle.cancel(ctx, input.orderId, input.reason ?? null));
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => OrderResult, { description: 'Changes an order’s PO number, note, delivery details while it is new.' })
  async updateOrder(@Arg('input', () => UpdateOrderInput) input: UpdateOrderInput, @Context() ctx: Ctx) {
    return orderOutcome(
      await this.lifecycle.update(ctx, {
        ...input,
        deliveryAddress: input.deliveryAddress === undefined ? undefined : input.deliveryAddress && { ...input.deliveryAddress },
      }),
    );
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => UpdateOrderLinesResult, {
    description:
      'Replaces the lines of an order or proforma while it is new: checked, priced and reserved as at placement, recorded in its history and sent to the ERP.',
  })
  async updateOrderLines(@Arg('input', () => UpdateOrderLinesInput) input: UpdateOrderLinesInput, @Context() ctx: Ctx) {
    return orderOutcome(await this.editing.updateLines(ctx, input));
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Mutation(() => OrderResult, { description: 'Back office: moves an order along its lifecycle (as the ERP would).' })
  async setOrderStatus(@Arg('input', () => SetOrderStatusInput) input: SetOrderStatusInput, @Context() ctx: Ctx) {
    return orderOutcome(await this.lifecycle.changeStatus(ctx, input.orderId, input.status, input.reason ?? null));
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Mutation(() => OrderResult, { description: 'Back office: registers a proforma’s payment; its reservation then never expires.' })
  async registerPayment(@Arg('input', () => RegisterPaymentInput) input: RegisterPaymentInput, @Context() ctx: Ctx) {
    return orderOutcome(await this.lifecycle.registerPayment(ctx, input.orderId, input.reference));
  }
}

/** The parts of an order read on demand. The order itself was checked reachable by whoever returned it. */
@Resolver(() => OrderType)
export class OrderFieldsResolver {
  constructor(
    private readonly queries: OrdersQueryService,
    private readonly reservations: ReservationsService,
    private readonly shipments: ShipmentsService,
  ) {}

  @FieldResolver(() => [OrderHistoryEntryType], { description: 'Every status change, oldest first.' })
  async history(@Root() order: OrderType, @Context() ctx: Ctx) {
    return (await this.queries.history(ctx, order.id)).map((h) => Object.assign(new OrderHistoryEntryType(), { ...h, at: new Date(h.at) }));
  }

  @FieldResolver(() => ReservationType, { nullable: true })
  async reservation(@Root() order: OrderType, @Context() ctx: Ctx) {
    const r = await this.reservations.forOrder(ctx, order.id);
    return r && toReservationType(r);
  }

  @FieldResolver(() => [ShipmentRequestType])
  async shipmentRequests(@Root() order: OrderType, @Context() ctx: Ctx) {
    return (await this.shipments.forOrder(ctx, order.id)).map(toShipmentType);
  }
}

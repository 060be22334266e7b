import type { Logger } from 'pino';
import type { EventBus } from '../../common/event-bus';
import type { Config } from '../../config/config';
import { JobProducer } from '../../jobs/producer';
import { BasketsService } from '../baskets/baskets.service';
import type { PricingPort } from '../pricing/pricing.contract';
import { ReservationsService } from '../reservations/reservations.service';
import { ReturnsService } from '../returns/returns.service';
import { ShipmentsService } from '../shipments/shipments.service';
import { SqlCreditPolicy, type CreditPolicyPort } from './credit-policy';
import { OrderEditingService } from './order-editing.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderPlacementService } from './order-placement.service';
import { OrdersQueryService } from './orders-query.service';
import { ordersOptionsFromEnv, type OrdersOptions } from './orders.options';

/** Wires baskets, orders, reservations, shipments and returns (issue 4) for the composition root. */
export function wireOrders(deps: {
  config: Pick<Config, 'redisUrl' | 'redisPrefix' | 'maxPageSize'>;
  pricing: PricingPort;
  bus: EventBus;
  log: Logger;
  options?: Partial<OrdersOptions>;
  credit?: CreditPolicyPort;
}) {
  const options: OrdersOptions = { ...ordersOptionsFromEnv(), ...deps.options };
  const jobs = new JobProducer(deps.config.redisUrl, deps.config.redisPrefix);
  const reservations = new ReservationsService(deps.bus, jobs, options, deps.log);
  const credit = deps.credit ?? new SqlCreditPolicy();
  const services = {
    ordersOptions: options,
    baskets: new BasketsService(deps.pricing, options.maxLines),
    orderPlacement: new OrderPlacementService(deps.pricing, reservations, credit, deps.bus, options, deps.log),
    orderEditing: new OrderEditingService(deps.pricing, reservations, credit, deps.bus, options, deps.log),
    orders: new OrderLifecycleService(reservations, deps.bus, deps.log),
    orderQueries: new OrdersQueryService(deps.config.maxPageSize),
    reservations,
    shipments: new ShipmentsService(),
    returns: new ReturnsService(deps.config.maxPageSize),
  };
  return { services, close: () => jobs.close() };
}

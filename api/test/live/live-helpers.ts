import { randomUUID } from 'node:crypto';
import type { OrderStatusChangedEvent, ReservationExpiringEvent, StockChangedEvent } from '../../src/common/domain-events';
import type { EventBus } from '../../src/common/event-bus';
import type { ApiServer } from '../../src/graphql/server';
import { wsConnect, type WsSession } from '../ws-client';

export const ORDER_SUB = `subscription($orderIds: [ID!], $companyId: ID) {
  orderStatusChanged(orderIds: $orderIds, companyId: $companyId) { orderId companyId number status previousStatus at reason }
}`;
export const STOCK_SUB = `subscription($productIds: [ID!]!) { stockChanged(productIds: $productIds) { productId warehouseId available asOf } }`;
export const RESERVATION_SUB = `subscription($companyId: ID) { reservationExpiring(companyId: $companyId) { reservationId companyId orderId expiresAt } }`;

export const orderEvent = (companyId: string, over: Partial<OrderStatusChangedEvent> = {}): OrderStatusChangedEvent => ({
  orderId: randomUUID(),
  companyId,
  number: `ZAM/${Math.floor(Math.random() * 1e6)}`,
  status: 'received',
  previousStatus: 'new',
  at: new Date().toISOString(),
  by: null,
  reason: null,
  ...over,
});

export const stockEvent = (productId: string, warehouseId: string, available: number): StockChangedEvent => ({
  productId,
  warehouseId,
  available,
  asOf: new Date().toISOString(),
});

export const reservationEvent = (companyId: string): ReservationExpiringEvent => ({
  reservationId: randomUUID(),
  companyId,
  orderId: randomUUID(),
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
});

export async function until(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface LiveSub {
  ws: WsSession;
  /** The `next` payloads of subscription "s", in order. */
  events(): any[];
  errors(): any[];
  /** Waits for the n-th (1-based) event. */
  nth(n: number): Promise<any>;
}

/**
 * Connects with the credentials, starts one subscription and waits until the server has it: one more member of
 * the server's live subscription groups and `expectListeners` more listeners on the bus (new channels are
 * subscribed in Redis by then; 0 when it joins an existing group or hears nothing).
 */
export async function liveSub(
  server: Pick<ApiServer, 'url' | 'liveSubscriptions'>,
  bus: EventBus,
  auth: string | { apiKey: string },
  query: string,
  variables: Record<string, unknown>,
  expectListeners = 1,
): Promise<LiveSub> {
  const ws = wsConnect(server.url, typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : { apiKey: auth.apiKey });
  await ws.acked;
  const before = bus.listenerCount();
  const members = server.liveSubscriptions().members;
  ws.subscribe('s', query, variables);
  await until(() => server.liveSubscriptions().members > members, 'the subscription to start');
  if (expectListeners > 0) await until(() => bus.listenerCount() >= before + expectListeners, 'the subscription to listen');
  const mine = () => ws.messages.filter((m) => m.id === 's' && m.type === 'next');
  const sub: LiveSub = {
    ws,
    events: () => mine().map((m) => m.payload.data && Object.values(m.payload.data)[0]),
    errors: () => ws.messages.filter((m) => m.id === 's' && (m.type === 'error' || m.payload?.errors)).map((m) => m.payload),
    async nth(n) {
      await until(() => mine().length >= n, `event ${n} (got ${JSON.stringify(ws.messages)})`);
      return sub.events()[n - 1];
    },
  };
  return sub;
}

/** Waits until no live subscription is left on the server and the bus has only `baseListeners`. */
export async function quiet(server: Pick<ApiServer, 'liveSubscriptions'>, bus: EventBus, baseListeners: number): Promise<void> {
  await until(() => server.liveSubscriptions().groups === 0 && bus.listenerCount() === baseListeners, 'earlier subscriptions to end');
}

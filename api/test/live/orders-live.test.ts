import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiKey } from '../../src/modules/accounts/api-key.entity';
import { sha256 } from '../../src/modules/accounts/tokens';
import { OrdersQueryService } from '../../src/modules/orders/orders-query.service';
import { startTestApp, type TestApp } from '../harness';
import { PLACE, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';
import { liveSub, ORDER_SUB, quiet, STOCK_SUB } from './live-helpers';

/**
 * The live subscriptions fed by the orders module itself: events come only from committed transactions. A
 * placement that fails (and rolls back), or a repeated idempotency key, publishes nothing; the next committed
 * change is what subscribers hear first.
 */
let app: TestApp;
let w: OrderingWorld;
let baseListeners: number;
const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename ... on Order { status } ... on UserError { code } } }`;
const SET = `mutation($input: SetOrderStatusInput!) { setOrderStatus(input: $input) { __typename ... on Order { status } ... on UserError { code } } }`;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork(), { drill: 5 });
  baseListeners = app.core.bus.listenerCount();
});
afterAll(async () => app?.close());

describe('live events from the orders module', () => {
  it('a rolled-back placement publishes nothing; committed changes arrive in order, to the permitted subscribers only', async () => {
    const active = await app.tokenFor(app.world.a.users.active.id);
    const buyer = await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.passive.id), ORDER_SUB, {});
    const rep = await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.rep.id), ORDER_SUB, {});
    const other = await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.b.users.passive.id), ORDER_SUB, {});
    const observer = await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.observer.id), STOCK_SUB, {
      productIds: [w.p.drill],
    });

    // more than there is: refused, rolled back — no order event, no stock event
    const tooMany = await app.gql(PLACE, { input: { idempotencyKey: 'live-1', lines: [{ productId: w.p.drill, quantity: 6 }] } }, active);
    expect(tooMany.data!.placeOrder.__typename).toBe('InsufficientStockError');
    // committed
    const placed = await app.gql(PLACE, { input: { idempotencyKey: 'live-2', lines: [{ productId: w.p.drill, quantity: 2 }] } }, active);
    const order = placed.data!.placeOrder;
    expect(order.__typename).toBe('Order');
    // the same key again: the same order, nothing new happened, nothing published
    const again = await app.gql(PLACE, { input: { idempotencyKey: 'live-2', lines: [{ productId: w.p.drill, quantity: 2 }] } }, active);
    expect(again.data!.placeOrder.id).toBe(order.id);
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    expect((await app.gql(SET, { input: { orderId: order.id, status: 'received' } }, staff)).data!.setOrderStatus.status).toBe('received');
    expect((await app.gql(CANCEL, { input: { orderId: order.id, reason: 'not needed' } }, active)).data!.cancelOrder.status).toBe(
      'cancelled',
    );

    for (const s of [buyer, rep]) {
      await s.nth(3);
      expect(s.events().map((e) => [e.orderId, e.previousStatus, e.status])).toEqual([
        [order.id, null, 'new'],
        [order.id, 'new', 'received'],
        [order.id, 'received', 'cancelled'],
      ]);
      expect(s.events()[0].number).toBe(order.number);
      expect(s.events()[2].reason).toBe('not needed');
    }
    // stock: the committed placement held 2 of 5, the cancellation gave them back; the refused one changed nothing
    await observer.nth(2);
    expect(observer.events().map((e) => [e.productId, e.warehouseId, e.available])).toEqual([
      [w.p.drill, w.wh.wro, 3],
      [w.p.drill, w.wh.wro, 5],
    ]);
    expect(other.events()).toEqual([]);
    for (const s of [buyer, rep, other, observer]) s.ws.close();
  });

  it('carries the order itself (the Order type of the queries), read once per group, without prices for those without prices.view', async () => {
    await quiet(app.server, app.core.bus, baseListeners);
    const WITH_ORDER = `subscription { orderStatusChanged { orderId status order { id number lines { productId quantity } totalNet { amount currency } } } }`;
    const em = app.core.orm.em.fork();
    const secret = 'live-orders-only-key-aaaaaaaaaaaa';
    const prefix = `K${sha256(secret).slice(0, 11)}`.replace(/[^A-Za-z0-9]/g, 'x');
    em.create(ApiKey, { company: app.world.a.company, name: 'orders only', prefix, secretHash: sha256(secret), scopes: ['orders.view'] });
    await em.flush();
    const spy = vi.spyOn(OrdersQueryService.prototype, 'order');
    try {
      const buyers = [
        await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.passive.id), WITH_ORDER, {}),
        await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.passive.id), WITH_ORDER, {}, 0),
        await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.passive.id), WITH_ORDER, {}, 0),
      ];
      const key = await liveSub(app.server, app.core.bus, { apiKey: `kontor_${prefix}_${secret}` }, WITH_ORDER, {});
      const active = await app.tokenFor(app.world.a.users.active.id);
      const placed = await app.gql(PLACE, { input: { idempotencyKey: 'live-3', lines: [{ productId: w.p.drill, quantity: 1 }] } }, active);
      const id = placed.data!.placeOrder.id;
      for (const b of buyers) {
        const e = await b.nth(1);
        expect(e).toMatchObject({ orderId: id, status: 'new', order: { id, lines: [{ productId: w.p.drill, quantity: 1 }] } });
        expect(e.order.totalNet).toEqual({ amount: expect.any(String), currency: 'PLN' });
      }
      // one read for the three buyers, one for the key
      expect(spy).toHaveBeenCalledTimes(2);
      // the key without prices.view: the order's price refused like in the order query, no amount anywhere
      await key.nth(1);
      const msg = key.ws.messages.find((m) => m.id === 's' && m.type === 'next')!;
      expect(JSON.stringify(msg.payload)).not.toMatch(/"amount"/);
      expect(msg.payload.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      for (const s of [...buyers, key]) s.ws.close();
    } finally {
      spy.mockRestore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { PLACE, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';
import { liveSub, ORDER_SUB, STOCK_SUB } from './live-helpers';

/**
 * The live subscriptions fed by the orders module itself: events come only from committed transactions. A
 * placement that fails (and rolls back), or a repeated idempotency key, publishes nothing; the next committed
 * change is what subscribers hear first.
 */
let app: TestApp;
let w: OrderingWorld;
const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename ... on Order { status } ... on UserError { code } } }`;
const SET = `mutation($input: SetOrderStatusInput!) { setOrderStatus(input: $input) { __typename ... on Order { status } ... on UserError { code } } }`;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork(), { drill: 5 });
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
});

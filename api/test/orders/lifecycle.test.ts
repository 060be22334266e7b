import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { PLACE, seedOrdering, type OrderingWorld } from './order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let active: string;
let rep: string;
let staff: string;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork(), { drill: 500, cable: 5000 });
  active = await app.tokenFor(app.world.a.users.active.id);
  rep = await app.tokenFor(app.world.rep.id);
  staff = await app.tokenFor(app.world.staffAdmin.id);
});
afterAll(async () => app?.close());

const place = async (key: string, token = active, extra: Record<string, unknown> = {}) =>
  (await app.gql(PLACE, { input: { idempotencyKey: key, lines: [{ productId: w.p.drill, quantity: 1 }], ...extra } }, token)).data!
    .placeOrder;
const SET = `mutation($input: SetOrderStatusInput!) { setOrderStatus(input: $input) { __typename ... on Order { status } ... on UserError { code message } } }`;
const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename ... on Order { status } ... on UserError { code message } } }`;
const UPDATE = `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { __typename ... on Order { poNumber note requestedDate } ... on UserError { code message } } }`;

describe('order lifecycle', () => {
  it('moves new → received → accepted → fulfilled with a history row each (who, when, why) and an event each', async () => {
    const o = await place('life-1');
    const events: Array<{ status: string; previousStatus: string | null }> = [];
    const off = await app.core.bus.on('order.statusChanged', app.world.a.company.id, (e) => void events.push(e as never));
    for (const status of ['received', 'accepted', 'fulfilled']) {
      const r = await app.gql(SET, { input: { orderId: o.id, status, reason: `to ${status}` } }, staff);
      expect(r.data!.setOrderStatus).toEqual({ __typename: 'Order', status });
    }
    const back = await app.gql(SET, { input: { orderId: o.id, status: 'accepted' } }, staff);
    expect(back.data!.setOrderStatus.code).toBe('INVALID_TRANSITION');
    const h = await app.gql(
      `query($id: ID!) { order(id: $id) { history { fromStatus toStatus byKind byUserId reason at } } }`,
      { id: o.id },
      active,
    );
    expect(h.data!.order.history.map((x: any) => [x.fromStatus, x.toStatus, x.byKind, x.reason])).toEqual([
      [null, 'new', 'customer', 'order placed'],
      ['new', 'received', 'staff', 'to received'],
      ['received', 'accepted', 'staff', 'to accepted'],
      ['accepted', 'fulfilled', 'staff', 'to fulfilled'],
    ]);
    expect(h.data!.order.history[1].byUserId).toBe(app.world.staffAdmin.id);
    await new Promise((r) => setTimeout(r, 200));
    await off();
    expect(events.map((e) => [e.previousStatus, e.status])).toEqual([
      ['new', 'received'],
      ['received', 'accepted'],
      ['accepted', 'fulfilled'],
    ]);
  });

  it('the ERP drives statuses through the service; acknowledging an order ends Kontor’s hold', async () => {
    const o = await place('life-erp');
    const [before] = await app.core.orm.em.fork().getConnection().execute('select status from reservation where order_id = ?', [o.id]);
    expect(before.status).toBe('active');
    const r = await app.core.services.orders.changeStatus(app.core.context(), o.id, 'received', 'ZK acknowledged', {
      source: 'erp',
      erpNumber: 'ZK 12/2026',
    });
    expect(r.kind).toBe('ok');
    const [after] = await app.core.orm.em
      .fork()
      .getConnection()
      .execute('select r.status, o.erp_number from reservation r join sales_order o on o.id = r.order_id where r.order_id = ?', [o.id]);
    expect(after).toEqual({ status: 'acknowledged', erp_number: 'ZK 12/2026' });
  });

  it('the customer may cancel while new or received, not once accepted', async () => {
    const a = await place('c-new');
    expect((await app.gql(CANCEL, { input: { orderId: a.id, reason: 'wrong item' } }, active)).data!.cancelOrder.status).toBe('cancelled');
    const b = await place('c-recv');
    await app.gql(SET, { input: { orderId: b.id, status: 'received' } }, staff);
    expect((await app.gql(CANCEL, { input: { orderId: b.id } }, active)).data!.cancelOrder.status).toBe('cancelled');
    const c = await place('c-acc');
    await app.gql(SET, { input: { orderId: c.id, status: 'accepted' } }, staff);
    const refused = (await app.gql(CANCEL, { input: { orderId: c.id } }, active)).data!.cancelOrder;
    expect(refused.code).toBe('INVALID_TRANSITION');
    expect((await app.gql(CANCEL, { input: { orderId: c.id, reason: 'back office' } }, staff)).data!.cancelOrder.status).toBe('cancelled');
  });

  it('editing only while new', async () => {
    const o = await place('edit-1');
    const e = await app.gql(UPDATE, { input: { orderId: o.id, poNumber: 'PO-99', note: 'gate 3', requestedDate: '2026-12-24' } }, active);
    expect(e.data!.updateOrder).toEqual({ __typename: 'Order', poNumber: 'PO-99', note: 'gate 3', requestedDate: '2026-12-24' });
    await app.gql(SET, { input: { orderId: o.id, status: 'received' } }, staff);
    const late = await app.gql(UPDATE, { input: { orderId: o.id, poNumber: 'PO-100' } }, active);
    expect(late.data!.updateOrder.code).toBe('INVALID_TRANSITION');
  });

  it('another company’s user cannot see, cancel or edit the order', async () => {
    const o = await place('private');
    const b = await app.tokenFor(app.world.b.users.active.id);
    expect((await app.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: o.id }, b)).data!.order).toBeNull();
    expect((await app.gql(CANCEL, { input: { orderId: o.id } }, b)).data!.cancelOrder.code).toBe('NOT_FOUND');
    expect((await app.gql(UPDATE, { input: { orderId: o.id, note: 'x' } }, b)).data!.updateOrder.code).toBe('NOT_FOUND');
    const list = await app.gql(`{ orders(first: 50) { edges { node { id } } } }`, {}, b);
    expect(list.data!.orders.edges.map((e: any) => e.node.id)).not.toContain(o.id);
  });
});

describe('sales-rep mode', () => {
  it('a rep orders for an assigned customer; the order records the customer’s user and the rep', async () => {
    const o = await place('rep-1', rep, { companyId: app.world.a.company.id, customerUserId: app.world.a.users.active.id });
    expect(o.__typename).toBe('Order');
    expect(o.companyId).toBe(app.world.a.company.id);
    expect(o.placedByUserId).toBe(app.world.a.users.active.id);
    expect(o.repUserId).toBe(app.world.rep.id);
  });

  it('a rep cannot reach a customer not assigned to them', async () => {
    const o = await place('rep-b', rep, { companyId: app.world.b.company.id });
    expect(o.__typename).toBe('NotFoundError');
    const basket = await app.gql(`query($c: ID) { basket(companyId: $c) { __typename } }`, { c: app.world.b.company.id }, rep);
    expect(basket.data!.basket.__typename).toBe('NotFoundError');
  });

  it('manual discounts per line and per order within the cap; above it refused; customers may not grant any', async () => {
    const line = await app.gql(
      PLACE,
      {
        input: {
          idempotencyKey: 'd-line',
          companyId: app.world.a.company.id,
          lines: [{ productId: w.p.drill, quantity: 2, discount: { percent: 10 } }],
        },
      },
      rep,
    );
    const o = line.data!.placeOrder;
    expect(o.lines[0].unitNet.amount).toBe('449.10');
    expect(o.lines[0].manualDiscount.amount).toBe('99.80');
    expect(o.totalDiscount.amount).toBe('99.80');
    const amount = await app.gql(
      PLACE,
      {
        input: {
          idempotencyKey: 'd-order',
          companyId: app.world.a.company.id,
          discount: { amount: '10.00' },
          lines: [
            { productId: w.p.drill, quantity: 1 },
            { productId: w.p.cable, quantity: 10 },
          ],
        },
      },
      rep,
    );
    const a = amount.data!.placeOrder;
    expect(a.totalNet.amount).toBe('524.00'); // 499.00 + 35.00 − 10.00
    expect(a.totalDiscount.amount).toBe('10.00');
    const tooMuch = await app.gql(
      PLACE,
      {
        input: {
          idempotencyKey: 'd-cap',
          companyId: app.world.a.company.id,
          lines: [{ productId: w.p.drill, quantity: 1, discount: { percent: 25 } }],
        },
      },
      rep,
    );
    expect(tooMuch.data!.placeOrder.code).toBe('DISCOUNT_LIMIT_EXCEEDED');
    const customer = await place('d-cust', active, { discount: { percent: 5 } });
    expect(customer.__typename).toBe('ValidationError');
  });
});

describe('credit policy', () => {
  it('warns by default and blocks when configured', async () => {
    const em = app.core.orm.em.fork();
    await em.getConnection().execute(
      `insert into customer_balance (id, erp_id, company_id, currency, balance_minor, overdue_minor, credit_limit_minor, as_of, content_hash, updated_at)
       values (gen_random_uuid(), 'BAL-A', ?, 'PLN', 100000, 0, 100000, now(), 'x', now())`,
      [app.world.a.company.id],
    );
    const warned = await place('credit-warn');
    expect(warned.__typename).toBe('Order');
    expect(warned.creditWarning).toMatch(/credit limit/);
    const opts = app.core.services.ordersOptions;
    opts.creditPolicy = 'block';
    try {
      const blocked = await place('credit-block');
      expect(blocked.code).toBe('CREDIT_LIMIT_EXCEEDED');
    } finally {
      opts.creditPolicy = 'warn';
    }
  });
});

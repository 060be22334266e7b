import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { held, ORDER_FIELDS, PLACE, PROFORMA, seedOrdering, type OrderingWorld } from './order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let active: string;
let rep: string;
let staff: string;

beforeAll(async () => {
  app = await startTestApp();
  // drill: 100 at WRO (and 2 at WAW); saw: 10 at WAW
  w = await seedOrdering(app.core.orm.em.fork(), { drill: 100, saw: 10 });
  active = await app.tokenFor(app.world.a.users.active.id);
  rep = await app.tokenFor(app.world.rep.id);
  staff = await app.tokenFor(app.world.staffAdmin.id);
});
afterAll(async () => app?.close());

const EDIT = `mutation($input: UpdateOrderLinesInput!) { updateOrderLines(input: $input) { __typename
  ... on Order { ${ORDER_FIELDS} version updatedAt }
  ... on UserError { code message } ... on InsufficientStockError { lines { productId warehouseId requested available } }
  ... on MinimumQuantityError { minimum step requested } ... on ProductUnavailableError { productIds }
  ... on OrderVersionConflictError { currentVersion } ... on DiscountLimitExceededError { maxPercent } } }`;
const SET = `mutation($input: SetOrderStatusInput!) { setOrderStatus(input: $input) { __typename ... on Order { status } } }`;
const HISTORY = `query($id: ID!) { order(id: $id) { version history { fromStatus toStatus byKind byUserId reason } } }`;

const sql = (text: string, params: unknown[] = []) => app.core.orm.em.fork().getConnection().execute(text, params);
const place = async (key: string, lines: unknown[], token = active, extra: Record<string, unknown> = {}) => {
  const o = (await app.gql(PLACE, { input: { idempotencyKey: key, lines, ...extra } }, token)).data!.placeOrder;
  expect(o.__typename).toBe('Order');
  return o;
};
const edit = async (input: Record<string, unknown>, token = active) => {
  app.clock.advance(1000); // history entries sort by time
  const res = await app.gql(EDIT, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.updateOrderLines;
};
const outboxFor = (orderId: string) => sql('select kind, seq, payload from outbox where aggregate_id = ? order by seq', [orderId]);
const reservedFor = (orderId: string) =>
  sql(
    `select l.product_id, l.warehouse_id, l.quantity::float8 as q from reservation_line l join reservation r on r.id = l.reservation_id
      where r.order_id = ? order by l.product_id, l.warehouse_id`,
    [orderId],
  );

describe('changing an order’s lines while it is new', () => {
  it('a customer changes, removes and adds lines: prices, totals, holds, history, outbox row, event', async () => {
    const o = await place('e-cust', [
      { productId: w.p.drill, quantity: 2, warehouseId: w.wh.wro },
      { productId: w.p.cable, quantity: 10 },
    ]);
    const drillBefore = await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro);
    const cableBefore = await held(app.core.orm.em.fork(), w.p.cable, w.wh.wro);
    const events: Array<{ orderId: string; status: string; previousStatus: string | null; reason: string | null }> = [];
    const off = await app.core.bus.on('order.statusChanged', app.world.a.company.id, (e) => void events.push(e as never));

    const e = await edit({
      orderId: o.id,
      expectedVersion: 1,
      reason: 'site needs more',
      lines: [
        { productId: w.p.drill, quantity: 3 },
        { productId: w.p.screws, quantity: 200, note: 'zinc' },
      ],
    });
    expect(e.__typename).toBe('Order');
    expect(e.version).toBe(2);
    expect(e.lines.map((l: any) => [l.lineNo, l.sku, l.quantity, l.warehouseId])).toEqual([
      [1, 'DRILL-1', 3, w.wh.wro],
      [2, 'SCREW-4', 200, w.wh.wro],
    ]);
    expect(e.lines[0].lineNet.amount).toBe('1497.00');
    expect(e.lines[1].lineNet.amount).toBe('24.00');
    expect(e.totalNet.amount).toBe('1521.00');
    expect(e.totalGross.amount).toBe('1867.23'); // 1497.00 × 1.23 + 24.00 × 1.08

    // holds moved by the difference, and the reservation says what is held
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(drillBefore + 1);
    expect(await held(app.core.orm.em.fork(), w.p.cable, w.wh.wro)).toBe(cableBefore - 10);
    expect(await held(app.core.orm.em.fork(), w.p.screws, w.wh.wro)).toBe(200);
    expect((await reservedFor(o.id)).map((r: any) => [r.product_id, r.q])).toEqual(
      [
        [w.p.drill, 3],
        [w.p.screws, 200],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    const h = (await app.gql(HISTORY, { id: o.id }, active)).data!.order;
    expect(h.version).toBe(2);
    expect(h.history).toHaveLength(2);
    expect(h.history[1]).toMatchObject({ fromStatus: 'new', toStatus: 'new', byKind: 'customer', byUserId: app.world.a.users.active.id });
    expect(h.history[1].reason).toBe('lines changed: DRILL-1 2 → 3, SCREW-4 added (200), CABLE-YDY removed (10) — site needs more');

    const ob = await outboxFor(o.id);
    expect(ob.map((m: any) => [m.kind, m.seq])).toEqual([
      ['order', 1],
      ['orderChange', 2],
    ]);
    expect(ob[1].payload).toMatchObject({
      kontorReference: o.id,
      number: o.number,
      documentType: 'order',
      currency: 'PLN',
      netMinor: 152100,
      reason: 'site needs more',
      lines: [
        { lineNo: 1, productErpId: 'P-DRILL', quantity: 3, unitNetMinor: 49900 },
        { lineNo: 2, productErpId: 'P-SCREW', quantity: 200, unitNetMinor: 12 },
      ],
    });

    for (let i = 0; i < 50 && !events.some((x) => x.orderId === o.id && x.previousStatus === 'new'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await off();
    expect(events.find((x) => x.orderId === o.id && x.previousStatus === 'new')).toMatchObject({ status: 'new', previousStatus: 'new' });
  });

  it('the same lines again change nothing (a retry is safe); a stale version with other lines is refused', async () => {
    const o = await place('e-idem', [{ productId: w.p.drill, quantity: 1 }]);
    const input = { orderId: o.id, expectedVersion: 1, lines: [{ productId: w.p.drill, quantity: 4 }] };
    const first = await edit(input);
    expect(first.version).toBe(2);
    const heldAfter = await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro);
    const again = await edit(input);
    expect(again).toMatchObject({ __typename: 'Order', version: 2 });
    expect(again.lines.map((l: any) => l.quantity)).toEqual([4]);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(heldAfter);
    expect((await outboxFor(o.id)).map((m: any) => m.kind)).toEqual(['order', 'orderChange']);
    expect((await app.gql(HISTORY, { id: o.id }, active)).data!.order.history).toHaveLength(2);

    const stale = await edit({ orderId: o.id, expectedVersion: 1, lines: [{ productId: w.p.drill, quantity: 5 }] });
    expect(stale).toMatchObject({ __typename: 'OrderVersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(heldAfter);
    // without expectedVersion the change goes through
    expect((await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 5 }] })).version).toBe(3);
  });

  it('a line without a warehouse stays where the order holds the product; a line may move to another warehouse', async () => {
    const o = await place('e-wh', [{ productId: w.p.drill, quantity: 1, warehouseId: w.wh.waw }]);
    const waw = await held(app.core.orm.em.fork(), w.p.drill, w.wh.waw);
    const wro = await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro);
    const same = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2 }] });
    expect(same.lines[0].warehouseId).toBe(w.wh.waw);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.waw)).toBe(waw + 1);
    const moved = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2, warehouseId: w.wh.wro }] });
    expect(moved.lines[0].warehouseId).toBe(w.wh.wro);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.waw)).toBe(waw - 1);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(wro + 2);
    // WAW has 2 drills: 3 there is more than it has, even counting what the order held
    const short = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 3, warehouseId: w.wh.waw }] });
    expect(short).toMatchObject({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK' });
    expect(short.lines).toEqual([{ productId: w.p.drill, warehouseId: w.wh.waw, requested: 3, available: 2 }]);
  });

  it('invalid lines are refused and leave the order as it was', async () => {
    const o = await place('e-bad', [{ productId: w.p.cable, quantity: 10 }]);
    const cable = await held(app.core.orm.em.fork(), w.p.cable, w.wh.wro);
    const cases: Array<[unknown[], string]> = [
      [[], 'EMPTY_ORDER'],
      [[{ productId: w.p.cable, quantity: 7 }], 'QUANTITY_RULE'],
      [[{ productId: w.p.cable, quantity: 3 }], 'QUANTITY_RULE'],
      [[{ productId: w.p.cable, quantity: 0 }], 'VALIDATION'],
      [[{ productId: w.p.cable, quantity: -5 }], 'VALIDATION'],
      [[{ productId: w.p.cable, quantity: 5.0001 }], 'VALIDATION'],
      [[{ productId: w.p.gone, quantity: 1 }], 'PRODUCT_UNAVAILABLE'],
      [[{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }], 'PRODUCT_UNAVAILABLE'],
      [[{ productId: w.p.drill, quantity: 1000 }], 'INSUFFICIENT_STOCK'],
      [[{ productId: w.p.drill, quantity: 1, discount: { percent: 5 } }], 'VALIDATION'],
    ];
    for (const [lines, code] of cases) {
      const r = await edit({ orderId: o.id, lines });
      expect([JSON.stringify(lines), r.code]).toEqual([JSON.stringify(lines), code]);
    }
    const min = await edit({ orderId: o.id, lines: [{ productId: w.p.cable, quantity: 7 }] });
    expect(min).toMatchObject({ minimum: 5, step: 5, requested: 7 });
    const after = (await app.gql(`query($id: ID!) { order(id: $id) { version lines { sku quantity } } }`, { id: o.id }, active)).data!
      .order;
    expect(after).toEqual({ version: 1, lines: [{ sku: 'CABLE-YDY', quantity: 10 }] });
    expect(await held(app.core.orm.em.fork(), w.p.cable, w.wh.wro)).toBe(cable);
    expect((await outboxFor(o.id)).map((m: any) => m.kind)).toEqual(['order']);
  });

  it('only while new: received, accepted or cancelled orders are refused', async () => {
    for (const status of ['received', 'accepted', 'cancelled']) {
      const o = await place(`e-${status}`, [{ productId: w.p.drill, quantity: 1 }]);
      expect((await app.gql(SET, { input: { orderId: o.id, status } }, staff)).data!.setOrderStatus.status).toBe(status);
      const r = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2 }] });
      expect(r).toMatchObject({ __typename: 'InvalidTransitionError', code: 'INVALID_TRANSITION' });
      expect(r.message).toMatch(new RegExp(`is ${status}`));
    }
  });

  it('other companies, observers and passive users cannot change the lines', async () => {
    const o = await place('e-private', [{ productId: w.p.drill, quantity: 1 }]);
    const input = { orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2 }] };
    const other = await edit(input, await app.tokenFor(app.world.b.users.active.id));
    expect(other.code).toBe('NOT_FOUND');
    for (const level of ['observer', 'passive'] as const) {
      const res = await app.gql(EDIT, { input }, await app.tokenFor(app.world.a.users[level].id));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.updateOrderLines ?? null).toBeNull();
    }
    // B's own order is out of reach of A's sales rep
    const bOrder = await place('e-b', [{ productId: w.p.drill, quantity: 1 }], await app.tokenFor(app.world.b.users.active.id));
    expect((await edit({ orderId: bOrder.id, lines: [{ productId: w.p.drill, quantity: 2 }] }, rep)).code).toBe('NOT_FOUND');
    expect((await edit({ orderId: '00000000-0000-4000-8000-000000000000', lines: [{ productId: w.p.drill, quantity: 2 }] })).code).toBe(
      'NOT_FOUND',
    );
    const malformed = await app.gql(EDIT, { input: { orderId: 'nonsense', lines: [{ productId: 'x', quantity: 2 }] } }, active);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const untouched = (await app.gql(`query($id: ID!) { order(id: $id) { version } }`, { id: o.id }, active)).data!.order;
    expect(untouched.version).toBe(1);
  });

  it('a sales rep changes the lines of an assigned customer’s order with a discount within the limit; above it is refused', async () => {
    const o = await place('e-rep', [{ productId: w.p.drill, quantity: 1 }]);
    const within = await edit(
      { orderId: o.id, reason: 'agreed by phone', lines: [{ productId: w.p.drill, quantity: 2, discount: { percent: 10 } }] },
      rep,
    );
    expect(within.__typename).toBe('Order');
    expect(within.lines[0].unitNet.amount).toBe('449.10');
    expect(within.lines[0].manualDiscount.amount).toBe('99.80');
    expect(within.totalDiscount.amount).toBe('99.80');
    const h = (await app.gql(HISTORY, { id: o.id }, rep)).data!.order.history;
    expect(h[1]).toMatchObject({ byKind: 'rep', byUserId: app.world.rep.id, reason: 'lines changed: DRILL-1 1 → 2 — agreed by phone' });

    const over = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2, discount: { percent: 25 } }] }, rep);
    expect(over).toMatchObject({ __typename: 'DiscountLimitExceededError', code: 'DISCOUNT_LIMIT_EXCEEDED', maxPercent: '10' });
    const overAmount = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2 }], discount: { amount: '500.00' } }, rep);
    expect(overAmount.code).toBe('DISCOUNT_LIMIT_EXCEEDED');
    const orderAmount = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 2 }], discount: { amount: '10.00' } }, rep);
    expect(orderAmount.totalNet.amount).toBe('988.00');

    // the customer cannot silently lose (or re-grant) the rep's discount
    const customer = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 3 }] });
    expect(customer).toMatchObject({ __typename: 'ValidationError' });
    expect(customer.message).toMatch(/sales rep/);
  });

  it('concurrent edits never oversell: holds grow only as far as stock allows', async () => {
    // 10 saws at WAW; five orders of one saw each hold 5
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await place(`e-race-${i}`, [{ productId: w.p.saw, quantity: 1 }]));
    expect(await held(app.core.orm.em.fork(), w.p.saw, w.wh.waw)).toBe(5);
    // each asks for 3 (2 more): only two of them fit in the 5 left
    const results = await Promise.all(orders.map((o) => edit({ orderId: o.id, lines: [{ productId: w.p.saw, quantity: 3 }] })));
    const won = results.filter((r) => r.__typename === 'Order');
    const lost = results.filter((r) => r.__typename !== 'Order');
    expect(won).toHaveLength(2);
    expect(lost.map((r) => r.code)).toEqual(['INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK', 'INSUFFICIENT_STOCK']);
    expect(await held(app.core.orm.em.fork(), w.p.saw, w.wh.waw)).toBe(9);
    const [s] = await sql(
      'select (on_hand - erp_reserved - kontor_held)::float8 as available from stock where product_id = ? and warehouse_id = ?',
      [w.p.saw, w.wh.waw],
    );
    expect(s.available).toBe(1);
    // every order's reservation still matches its lines
    for (const o of orders) {
      const lines = (await app.gql(`query($id: ID!) { order(id: $id) { lines { quantity } } }`, { id: o.id }, active)).data!.order.lines;
      expect((await reservedFor(o.id)).map((r: any) => r.q)).toEqual(lines.map((l: any) => l.quantity));
    }
  });

  it('a proforma’s reservation follows its lines; a paid proforma is refused', async () => {
    const pf = (await app.gql(PROFORMA, { input: { idempotencyKey: 'e-pf', lines: [{ productId: w.p.cable, quantity: 5 }] } }, active))
      .data!.createProforma;
    const e = await edit({ orderId: pf.id, lines: [{ productId: w.p.cable, quantity: 15 }] });
    expect(e.lines[0].quantity).toBe(15);
    expect((await reservedFor(pf.id)).map((r: any) => r.q)).toEqual([15]);
    expect((await outboxFor(pf.id)).map((m: any) => m.kind)).toEqual(['reservation', 'orderChange']);
    await app.gql(
      `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { __typename } }`,
      { input: { orderId: pf.id, reference: 'TR-1' } },
      staff,
    );
    const paid = await edit({ orderId: pf.id, lines: [{ productId: w.p.cable, quantity: 20 }] });
    expect(paid.code).toBe('VALIDATION');
    expect(paid.message).toMatch(/paid/);
  });

  it('the credit policy: growing past the limit is refused under block, shrinking is allowed', async () => {
    const o = await place('e-credit', [{ productId: w.p.drill, quantity: 2 }]);
    await sql(
      `insert into customer_balance (id, erp_id, company_id, currency, balance_minor, overdue_minor, credit_limit_minor, as_of, content_hash, updated_at)
       values (gen_random_uuid(), 'BAL-A', ?, 'PLN', 100000, 0, 100000, now(), 'x', now())`,
      [app.world.a.company.id],
    );
    const opts = app.core.services.ordersOptions;
    opts.creditPolicy = 'block';
    try {
      const grow = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 3 }] });
      expect(grow.code).toBe('CREDIT_LIMIT_EXCEEDED');
      const shrink = await edit({ orderId: o.id, lines: [{ productId: w.p.drill, quantity: 1 }] });
      expect(shrink.__typename).toBe('Order');
      expect(shrink.creditWarning).toMatch(/credit limit/);
    } finally {
      opts.creditPolicy = 'warn';
      await sql('delete from customer_balance where company_id = ?', [app.world.a.company.id]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { held, PLACE, seedOrdering, type OrderingWorld } from './order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let active: string;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork());
  active = await app.tokenFor(app.world.a.users.active.id);
});
afterAll(async () => app?.close());

const outboxFor = async (orderId: string) =>
  app.core.orm.em.fork().getConnection().execute('select kind, seq, payload from outbox where aggregate_id = ? order by seq', [orderId]);

describe('placing orders', () => {
  it('places an order with prices, holds stock, writes history and the outbox row', async () => {
    const res = await app.gql(
      PLACE,
      {
        input: {
          idempotencyKey: 'k-1',
          lines: [
            { productId: w.p.drill, quantity: 2 },
            { productId: w.p.cable, quantity: 10 },
          ],
          poNumber: 'PO-7',
          requestedDate: '2026-12-01',
        },
      },
      active,
    );
    const o = res.data!.placeOrder;
    expect(o.__typename).toBe('Order');
    expect(o.status).toBe('new');
    expect(o.number).toMatch(/^ZK\/\d{4}\/\d{7}$/);
    expect(o.placedByUserId).toBe(app.world.a.users.active.id);
    expect(o.repUserId).toBeNull();
    expect(o.totalNet).toEqual({ amount: '1033.00', currency: 'PLN' });
    expect(o.totalGross.amount).toBe('1270.59');
    expect(o.lines.map((l: any) => l.warehouseId)).toEqual([w.wh.wro, w.wh.wro]);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(2);
    const outbox = await outboxFor(o.id);
    expect(outbox.map((r: any) => r.kind)).toEqual(['order']);
    expect(outbox[0].payload.customerErpId).toBe('ERP-A');
    expect(outbox[0].payload.number).toBe(o.number);
    expect(outbox[0].payload.lines).toHaveLength(2);
    const hist = await app.gql(
      `query($id: ID!) { order(id: $id) { history { fromStatus toStatus byKind byUserId } reservation { status expiresAt } } }`,
      { id: o.id },
      active,
    );
    expect(hist.data!.order.history).toEqual([
      { fromStatus: null, toStatus: 'new', byKind: 'customer', byUserId: app.world.a.users.active.id },
    ]);
    expect(hist.data!.order.reservation).toEqual({ status: 'ACTIVE', expiresAt: null });
  });

  it('returns the same order for the same idempotency key, also when both race', async () => {
    const input = { idempotencyKey: 'k-same', lines: [{ productId: w.p.drill, quantity: 1 }] };
    const before = await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro);
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(PLACE, { input }, active)));
    const ids = new Set(results.map((r) => r.data!.placeOrder.id));
    expect(ids.size).toBe(1);
    const again = await app.gql(PLACE, { input }, active);
    expect(again.data!.placeOrder.id).toBe([...ids][0]);
    const [{ n }] = await app.core.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from sales_order where idempotency_key = 'k-same'`);
    expect(n).toBe(1);
    expect(await held(app.core.orm.em.fork(), w.p.drill, w.wh.wro)).toBe(before + 1);
  });

  it('validates minimum and step quantities, products no longer offered and availability', async () => {
    const q = async (lines: unknown[], key: string) =>
      (await app.gql(PLACE, { input: { idempotencyKey: key, lines } }, active)).data!.placeOrder;
    const step = await q([{ productId: w.p.cable, quantity: 7 }], 'v1');
    expect(step).toMatchObject({ __typename: 'MinimumQuantityError', code: 'QUANTITY_RULE', minimum: 5, step: 5, requested: 7 });
    const min = await q([{ productId: w.p.screws, quantity: 50 }], 'v2');
    expect(min.__typename).toBe('MinimumQuantityError');
    const gone = await q([{ productId: w.p.gone, quantity: 1 }], 'v3');
    expect(gone).toMatchObject({ __typename: 'ProductUnavailableError', productIds: [w.p.gone] });
    const short = await q([{ productId: w.p.saw, quantity: 4 }], 'v4');
    expect(short.__typename).toBe('InsufficientStockError');
    expect(short.lines).toEqual([{ productId: w.p.saw, requested: 4, available: 3 }]);
    const wrongWh = await q([{ productId: w.p.saw, quantity: 1, warehouseId: w.wh.wro }], 'v5');
    expect(wrongWh.__typename).toBe('InsufficientStockError');
    const [{ n }] = await app.core.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from sales_order where idempotency_key like 'v%'`);
    expect(n).toBe(0);
  });

  it('a product withdrawn right after its rules were read is refused as unavailable', async () => {
    const em = app.core.orm.em.fork();
    const lines = [{ productId: w.p.saw, quantity: 1, warehouseId: w.wh.waw }];
    expect((await app.gql(PLACE, { input: { idempotencyKey: 'w-1', lines } }, active)).data!.placeOrder.__typename).toBe('Order');
    await em.getConnection().execute('update product set active = false where id = ?', [w.p.saw]);
    try {
      const res = await app.gql(PLACE, { input: { idempotencyKey: 'w-2', lines } }, active);
      expect(res.data!.placeOrder).toMatchObject({ __typename: 'ProductUnavailableError', productIds: [w.p.saw] });
    } finally {
      await em.getConnection().execute('update product set active = true where id = ?', [w.p.saw]);
    }
  });

  it('a failing placement writes no order, no hold and no outbox row', async () => {
    const em = app.core.orm.em.fork();
    const before = await em
      .getConnection()
      .execute('select (select count(*)::int from outbox) as o, (select count(*)::int from sales_order) as s');
    const heldBefore = await held(em, w.p.drill, w.wh.wro);
    // the drill is available, the saw is not: the whole transaction rolls back, the drill's hold included
    const res = await app.gql(
      PLACE,
      {
        input: {
          idempotencyKey: 'atomic',
          lines: [
            { productId: w.p.drill, quantity: 1, warehouseId: w.wh.wro },
            { productId: w.p.saw, quantity: 3, warehouseId: w.wh.wro },
          ],
        },
      },
      active,
    );
    expect(res.data!.placeOrder.__typename).toBe('InsufficientStockError');
    const after = await em
      .getConnection()
      .execute('select (select count(*)::int from outbox) as o, (select count(*)::int from sales_order) as s');
    expect(after).toEqual(before);
    expect(await held(em, w.p.drill, w.wh.wro)).toBe(heldBefore);
  });

  it('refuses actors without orders.place and other companies', async () => {
    const passive = await app.tokenFor(app.world.a.users.passive.id);
    const denied = await app.gql(PLACE, { input: { idempotencyKey: 'p', lines: [{ productId: w.p.drill, quantity: 1 }] } }, passive);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await app.gql(
      PLACE,
      { input: { idempotencyKey: 'o', companyId: app.world.b.company.id, lines: [{ productId: w.p.drill, quantity: 1 }] } },
      active,
    );
    expect(other.data!.placeOrder.__typename).toBe('NotFoundError');
  });
});

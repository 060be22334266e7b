import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { held, PLACE, PROFORMA, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let active: string;
let staff: string;

beforeAll(async () => {
  app = await startTestApp();
  // the saw: 50 units in Warszawa for the race
  w = await seedOrdering(app.core.orm.em.fork(), { saw: 50, drill: 1000 });
  active = await app.tokenFor(app.world.a.users.active.id);
  staff = await app.tokenFor(app.world.staffAdmin.id);
});
afterAll(async () => app?.close());

const sql = (q: string, p: unknown[] = []): Promise<any[]> => app.core.orm.em.fork().getConnection().execute(q, p);
const proforma = async (key: string, lines: unknown[]) =>
  (await app.gql(PROFORMA, { input: { idempotencyKey: key, lines } }, active)).data!.createProforma;

describe('reservations', () => {
  it('200 concurrent buyers for 50 units: exactly 50 succeed, none oversold', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        app.core.services.orderPlacement.place(app.core.context({ actor: actorA() }), {
          idempotencyKey: `race-${i}`,
          kind: 'order',
          lines: [{ productId: w.p.saw, quantity: 1, warehouseId: w.wh.waw }],
        }),
      ),
    );
    const won = attempts.filter((a) => a.kind === 'ok').length;
    const lost = attempts.filter((a) => a.kind === 'insufficientStock').length;
    expect(won).toBe(50);
    expect(lost).toBe(150);
    const [s] = await sql(
      'select on_hand::float8 as on_hand, kontor_held::float8 as held from stock where product_id = ? and warehouse_id = ?',
      [w.p.saw, w.wh.waw],
    );
    expect(s).toEqual({ on_hand: 50, held: 50 });
    const [{ n }] = await sql(`select count(*)::int as n from reservation_line where product_id = ?`, [w.p.saw]);
    expect(n).toBe(50);
  }, 60_000);

  it('a proforma reserves for the configured period and schedules its expiry job after commit', async () => {
    const p = await proforma('pf-job', [{ productId: w.p.drill, quantity: 3 }]);
    expect(p.__typename).toBe('Order');
    expect(p.kind).toBe('PROFORMA');
    const [r] = await sql('select id, expires_at, status from reservation where order_id = ?', [p.id]);
    expect(r.status).toBe('active');
    expect(new Date(r.expires_at).getTime() - app.clock.now().getTime()).toBe(48 * 3600_000);
    const q = new Queue('reservations', { connection: { url: app.core.config.redisUrl }, prefix: `${app.core.config.redisPrefix}bull` });
    try {
      const job = await q.getJob(`expire-${r.id}`);
      expect(job?.name).toBe('reservations.expire');
      expect(job?.data).toEqual({ reservationId: r.id });
      expect(job?.opts.delay).toBe(48 * 3600_000);
      const warning = await q.getJob(`warn-${r.id}`);
      expect(warning?.name).toBe('reservations.warn');
      expect(warning?.opts.delay).toBe(46 * 3600_000);
    } finally {
      await q.close();
    }
    const [o] = await sql(`select kind from outbox where aggregate_id = ? order by seq`, [p.id]);
    expect(o.kind).toBe('reservation');
    // the warning job publishes reservation.expiring while the reservation is unpaid
    const heard: unknown[] = [];
    const off = await app.core.bus.on('reservation.expiring', app.world.a.company.id, (e) => void heard.push(e));
    expect(await app.core.services.reservations.warn(app.core.context(), r.id)).toBe(true);
    await new Promise((res) => setTimeout(res, 200));
    await off();
    expect(heard).toEqual([
      { reservationId: r.id, companyId: app.world.a.company.id, orderId: p.id, expiresAt: new Date(r.expires_at).toISOString() },
    ]);
  });

  it('expiry releases each reservation exactly once while jobs and sweeps race; paid ones never expire', async () => {
    const em = app.core.orm.em.fork();
    // an order's hold without expiry stays: a double release would eat into it
    const base = await app.gql(PLACE, { input: { idempotencyKey: 'base-hold', lines: [{ productId: w.p.cable, quantity: 100 }] } }, active);
    expect(base.data!.placeOrder.__typename).toBe('Order');
    const baseline = await held(em, w.p.cable, w.wh.wro);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await proforma(`exp-${i}`, [{ productId: w.p.cable, quantity: 5 }])).id);
    const paid = ids[0];
    const pay = await app.gql(
      `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { __typename ... on Order { paidAt } } }`,
      { input: { orderId: paid, reference: 'TRANSFER 1' } },
      staff,
    );
    expect(pay.data!.registerPayment.paidAt).not.toBeNull();
    expect(await held(em, w.p.cable, w.wh.wro)).toBe(baseline + 100);

    // not due yet: nothing happens
    const ctx = () => app.core.context();
    expect(await app.core.services.reservations.sweep(ctx())).toBe(0);
    app.clock.advance(48 * 3600_000 + 1);
    const resIds: string[] = (await sql('select id from reservation where order_id = any(?::uuid[])', [`{${ids.join(',')}}`])).map(
      (r: { id: string }) => r.id,
    );
    const outcomes = await Promise.all([
      ...resIds.map((id) => app.core.services.reservations.expire(ctx(), id)),
      ...resIds.map((id) => app.core.services.reservations.expire(ctx(), id)),
      app.core.services.reservations.sweep(ctx()),
      app.core.services.reservations.sweep(ctx()),
    ]);
    const byJobs = outcomes.slice(0, resIds.length * 2).filter((x) => x === true).length;
    const bySweeps = (outcomes.slice(resIds.length * 2) as number[]).reduce((a, b) => a + b, 0);
    // 19 of ours, plus the earlier test's unpaid proforma, due by now as well
    expect(byJobs + bySweeps).toBe(20);
    expect(await held(em, w.p.cable, w.wh.wro)).toBe(baseline + 5);
    const releases = await sql(
      `select aggregate_id, count(*)::int as n from outbox where kind = 'reservationRelease' and aggregate_id = any(?::text[]) group by 1`,
      [`{${ids.join(',')}}`],
    );
    expect(releases).toHaveLength(19);
    expect(releases.every((r: { n: number }) => r.n === 1)).toBe(true);
    const [p] = await sql('select status from reservation where order_id = ?', [paid]);
    expect(p.status).toBe('paid');
    // and again later: still nothing more
    app.clock.advance(365 * 24 * 3600_000);
    expect(await app.core.services.reservations.sweep(ctx())).toBe(0);
    expect(await held(em, w.p.cable, w.wh.wro)).toBe(baseline + 5);
  }, 60_000);

  it('cancelling releases the goods once and tells the ERP in the same transaction', async () => {
    const em = app.core.orm.em.fork();
    active = await app.tokenFor(app.world.a.users.active.id); // the clock moved past the old token's life
    const before = await held(em, w.p.drill, w.wh.wro);
    const p = await proforma('pf-cancel', [{ productId: w.p.drill, quantity: 4 }]);
    expect(await held(em, w.p.drill, w.wh.wro)).toBe(before + 4);
    const cancel = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename ... on Order { status reservation { status releaseReason } } ... on UserError { code } } }`;
    const c1 = await app.gql(cancel, { input: { orderId: p.id, reason: 'changed my mind' } }, active);
    expect(c1.data!.cancelOrder).toEqual({
      __typename: 'Order',
      status: 'cancelled',
      reservation: { status: 'RELEASED', releaseReason: 'cancelled' },
    });
    const c2 = await app.gql(cancel, { input: { orderId: p.id } }, active);
    expect(c2.data!.cancelOrder.code).toBe('INVALID_TRANSITION');
    expect(await held(em, w.p.drill, w.wh.wro)).toBe(before);
    const kinds = (await sql('select kind from outbox where aggregate_id = ? order by seq', [p.id])).map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(['reservation', 'orderCancellation']);
  });
});

function actorA() {
  const u = app.world.a.users.active;
  return {
    kind: 'customer' as const,
    userId: u.id,
    companyId: app.world.a.company.id,
    sessionId: 'test',
    permissions: new Set(['prices.view', 'orders.view', 'orders.place', 'reservations.create'] as const),
  };
}

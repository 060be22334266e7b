import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOPICS } from '../../src/common/domain-events';
import { ApiKey } from '../../src/modules/accounts/api-key.entity';
import { LiveResolver } from '../../src/modules/live/live.resolver';
import type { Permission } from '../../src/modules/accounts/permissions';
import { sha256 } from '../../src/modules/accounts/tokens';
import { seedCatalog, type CatalogWorld } from '../catalog/catalog-fixtures';
import { startTestApp, type TestApp } from '../harness';
import { wsConnect } from '../ws-client';
import {
  liveSub,
  ORDER_SUB,
  orderEvent,
  RESERVATION_SUB,
  reservationEvent,
  STOCK_SUB,
  stockEvent,
  quiet,
  until,
  type LiveSub,
} from './live-helpers';

let app: TestApp;
let cw: CatalogWorld;
const tokens: Record<string, string> = {};
let observerKeyA: string;
let readerKeyA: string;
/** Listeners on the bus before any live subscription (the server's own). */
let baseListeners: number;

function keyOf(companyId: string, scopes: Permission[], secret: string) {
  const em = app.core.orm.em.fork();
  const prefix = `K${sha256(secret).slice(0, 11)}`.replace(/[^A-Za-z0-9]/g, 'x');
  em.create(ApiKey, { company: em.getReference('Company', companyId) as never, name: secret, prefix, secretHash: sha256(secret), scopes });
  return em.flush().then(() => `kontor_${prefix}_${secret}`);
}

beforeAll(async () => {
  app = await startTestApp();
  const w = app.world;
  // company A is restricted to an assortment without the "hidden" product; B sees the whole catalog
  cw = await seedCatalog(app.core.orm.em.fork(), w.a.company.id);
  for (const [name, user] of Object.entries({
    observerA: w.a.users.observer,
    passiveA: w.a.users.passive,
    activeA: w.a.users.active,
    extendedA: w.a.users.active_extended,
    adminA: w.a.users.admin,
    passiveB: w.b.users.passive,
    observerB: w.b.users.observer,
    rep: w.rep,
    staff: w.staffAdmin,
  })) {
    tokens[name] = await app.tokenFor(user.id);
  }
  baseListeners = app.core.bus.listenerCount();
  observerKeyA = await keyOf(w.a.company.id, ['catalog.view', 'stock.view'], 'live-observer-key-aaaaaaaaaaaaa');
  readerKeyA = await keyOf(w.a.company.id, ['catalog.view', 'stock.view', 'prices.view', 'orders.view'], 'live-reader-key-aaaaaaaaaaaaaaa');
});

afterAll(async () => {
  await app?.close();
});

const sub = (auth: string | { apiKey: string }, query: string, variables: Record<string, unknown> = {}, listeners = 1) =>
  liveSub(app.server, app.core.bus, auth, query, variables, listeners);

/** Opens a subscription that the server refuses, and returns the error it sent. */
async function refused(auth: string | { apiKey: string } | null, query: string, variables: Record<string, unknown> = {}) {
  const ws = wsConnect(
    app.url,
    auth === null ? {} : typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : { apiKey: auth.apiKey },
  );
  await ws.acked;
  ws.subscribe('x', query, variables);
  const m = await ws.next((x) => x.id === 'x' && (x.type === 'error' || x.type === 'next'));
  ws.close();
  return m;
}

const codeOf = (m: { type: string; payload?: any }) =>
  m.type === 'error' ? m.payload?.[0]?.extensions?.code : m.payload?.errors?.[0]?.extensions?.code;

describe('orderStatusChanged', () => {
  it('reaches exactly the subscribers allowed to see the order: own company, assigned rep, staff, no one else', async () => {
    const A = app.world.a.company.id;
    const B = app.world.b.company.id;
    const subs: Record<string, LiveSub> = {
      passiveA: await sub(tokens.passiveA, ORDER_SUB),
      activeA: await sub(tokens.activeA, ORDER_SUB),
      extendedA: await sub(tokens.extendedA, ORDER_SUB),
      adminA: await sub(tokens.adminA, ORDER_SUB),
      readerKeyA: await sub({ apiKey: readerKeyA }, ORDER_SUB),
      rep: await sub(tokens.rep, ORDER_SUB),
      staffAll: await sub(tokens.staff, ORDER_SUB),
      staffB: await sub(tokens.staff, ORDER_SUB, { companyId: B }),
      passiveB: await sub(tokens.passiveB, ORDER_SUB),
      // arguments narrow, never widen: another company's id hears nothing
      passiveAasksB: await sub(tokens.passiveA, ORDER_SUB, { companyId: B }, 0),
      repAsksB: await sub(tokens.rep, ORDER_SUB, { companyId: B }, 0),
    };
    const eB1 = orderEvent(B, { status: 'new', previousStatus: null });
    const eA = orderEvent(A, { status: 'cancelled', previousStatus: 'received', reason: 'changed my mind' });
    const eB2 = orderEvent(B);
    for (const e of [eB1, eA, eB2]) await app.core.bus.emit(TOPICS.orderStatusChanged, e.companyId, e);

    // everyone who hears B's second event heard what came before it on the same subscription
    expect((await subs.staffAll.nth(3)).orderId).toBe(eB2.orderId);
    expect(subs.staffAll.events().map((e) => e.orderId)).toEqual([eB1.orderId, eA.orderId, eB2.orderId]);
    expect((await subs.staffB.nth(2)).orderId).toBe(eB2.orderId);
    expect(subs.staffB.events().map((e) => e.orderId)).toEqual([eB1.orderId, eB2.orderId]);
    expect((await subs.passiveB.nth(2)).orderId).toBe(eB2.orderId);
    expect(subs.passiveB.events().map((e) => e.orderId)).toEqual([eB1.orderId, eB2.orderId]);
    for (const name of ['passiveA', 'activeA', 'extendedA', 'adminA', 'readerKeyA', 'rep']) {
      const got = await subs[name].nth(1);
      expect(got, name).toEqual({
        orderId: eA.orderId,
        companyId: A,
        number: eA.number,
        status: 'cancelled',
        previousStatus: 'received',
        at: eA.at,
        reason: 'changed my mind',
      });
    }
    // a last event for A: whoever listens to A has it after the earlier ones, so nothing else is on its way
    const eA2 = orderEvent(A);
    await app.core.bus.emit(TOPICS.orderStatusChanged, A, eA2);
    for (const name of ['passiveA', 'activeA', 'extendedA', 'adminA', 'readerKeyA', 'rep']) {
      expect((await subs[name].nth(2)).orderId, name).toBe(eA2.orderId);
      expect(subs[name].events(), name).toHaveLength(2);
    }
    expect((await subs.staffAll.nth(4)).orderId).toBe(eA2.orderId);
    expect(subs.passiveAasksB.events()).toEqual([]);
    expect(subs.repAsksB.events()).toEqual([]);
    expect(subs.passiveB.events()).toHaveLength(2);
    for (const s of Object.values(subs)) s.ws.close();
  });

  it('orderIds narrows to those orders', async () => {
    const A = app.world.a.company.id;
    const wanted = orderEvent(A);
    const s = await sub(tokens.activeA, ORDER_SUB, { orderIds: [wanted.orderId] });
    await app.core.bus.emit(TOPICS.orderStatusChanged, A, orderEvent(A));
    await app.core.bus.emit(TOPICS.orderStatusChanged, A, wanted);
    expect((await s.nth(1)).orderId).toBe(wanted.orderId);
    expect(s.events()).toHaveLength(1);
    s.ws.close();
  });

  it('is refused without orders.view, without sign-in, and with bad ids', async () => {
    expect(codeOf(await refused(tokens.observerA, ORDER_SUB))).toBe('FORBIDDEN');
    expect(codeOf(await refused({ apiKey: observerKeyA }, ORDER_SUB))).toBe('FORBIDDEN');
    expect(codeOf(await refused(null, ORDER_SUB))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refused(tokens.passiveA, ORDER_SUB, { orderIds: ['not-an-id'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await refused(tokens.staff, ORDER_SUB, { companyId: 'nope' }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 201 }, () => orderEvent('x').orderId);
    const tooMany = await refused(tokens.passiveA, ORDER_SUB, { orderIds: many });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(tooMany.payload)).toMatch(/at most 200/);
  });
});

describe('stockChanged', () => {
  it('observers get availability of products they may see, never of products outside their assortment', async () => {
    const { drill, hidden } = cw.p;
    const { wro, waw } = cw.wh;
    // A is restricted: of [drill, hidden] only drill has a channel; B (unrestricted) listens to both
    const obsA = await sub(tokens.observerA, STOCK_SUB, { productIds: [drill, hidden] });
    const keyA = await sub({ apiKey: observerKeyA }, STOCK_SUB, { productIds: [hidden, drill] });
    const obsB = await sub(tokens.observerB, STOCK_SUB, { productIds: [drill, hidden] }, 2);
    const staff = await sub(tokens.staff, STOCK_SUB, { productIds: [hidden] });
    await app.core.bus.emit(TOPICS.stockChanged, hidden, stockEvent(hidden, wro, 3));
    await app.core.bus.emit(TOPICS.stockChanged, cw.p.screw, stockEvent(cw.p.screw, wro, 99));
    const d = stockEvent(drill, waw, 7.5);
    await app.core.bus.emit(TOPICS.stockChanged, drill, d);

    for (const s of [obsA, keyA]) {
      expect(await s.nth(1)).toEqual({ productId: drill, warehouseId: waw, available: 7.5, asOf: d.asOf });
    }
    expect((await obsB.nth(2)).productId).toBe(drill);
    expect(obsB.events().map((e) => e.productId)).toEqual([hidden, drill]);
    expect((await staff.nth(1)).productId).toBe(hidden);
    // a later event for drill shows nothing else was on its way to A's subscribers
    await app.core.bus.emit(TOPICS.stockChanged, drill, stockEvent(drill, wro, 1));
    for (const s of [obsA, keyA]) {
      expect((await s.nth(2)).available).toBe(1);
      expect(s.events()).toHaveLength(2);
    }
    for (const s of [obsA, keyA, obsB, staff]) s.ws.close();
  });

  it('has no price in its type: asking for one is invalid', async () => {
    const type = app.server.schema.getType('StockChange') as import('graphql').GraphQLObjectType;
    expect(Object.keys(type.getFields()).filter((f) => /price|amount|money|discount|net|gross/i.test(f))).toEqual([]);
    const res = await refused(tokens.passiveA, `subscription($p: [ID!]!) { stockChanged(productIds: $p) { productId price } }`, {
      p: [cw.p.drill],
    });
    expect(res.type).toBe('error');
    expect(res.payload[0].message).toMatch(/Cannot query field "price"/);
  });

  it('is refused without stock.view or sign-in, and with no, bad or too many ids', async () => {
    expect(codeOf(await refused(null, STOCK_SUB, { productIds: [cw.p.drill] }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refused(tokens.passiveA, STOCK_SUB, { productIds: [] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await refused(tokens.passiveA, STOCK_SUB, { productIds: ['x'] }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 201 }, () => orderEvent('x').orderId);
    expect(codeOf(await refused(tokens.passiveA, STOCK_SUB, { productIds: many }))).toBe('BAD_USER_INPUT');
    // 200 distinct products are fine (the unknown ones simply never speak)
    const ok = await sub(tokens.observerA, STOCK_SUB, { productIds: [cw.p.drill, ...many.slice(0, 199)] });
    await app.core.bus.emit(TOPICS.stockChanged, cw.p.drill, stockEvent(cw.p.drill, cw.wh.wro, 2));
    expect((await ok.nth(1)).available).toBe(2);
    ok.ws.close();
  });
});

describe('reservationExpiring', () => {
  it('reaches the company, its rep and staff; not observers, not another company', async () => {
    const A = app.world.a.company.id;
    const B = app.world.b.company.id;
    const a = await sub(tokens.activeA, RESERVATION_SUB);
    const b = await sub(tokens.passiveB, RESERVATION_SUB);
    const rep = await sub(tokens.rep, RESERVATION_SUB);
    const staff = await sub(tokens.staff, RESERVATION_SUB);
    const eB = reservationEvent(B);
    const eA = reservationEvent(A);
    await app.core.bus.emit(TOPICS.reservationExpiring, B, eB);
    await app.core.bus.emit(TOPICS.reservationExpiring, A, eA);
    expect(await a.nth(1)).toEqual({ reservationId: eA.reservationId, companyId: A, orderId: eA.orderId, expiresAt: eA.expiresAt });
    expect((await rep.nth(1)).reservationId).toBe(eA.reservationId);
    expect((await b.nth(1)).reservationId).toBe(eB.reservationId);
    expect((await staff.nth(2)).reservationId).toBe(eA.reservationId);
    const eA2 = reservationEvent(A);
    await app.core.bus.emit(TOPICS.reservationExpiring, A, eA2);
    expect((await a.nth(2)).reservationId).toBe(eA2.reservationId);
    expect((await rep.nth(2)).reservationId).toBe(eA2.reservationId);
    expect(a.events()).toHaveLength(2);
    expect(rep.events()).toHaveLength(2);
    expect(b.events()).toHaveLength(1);
    expect(codeOf(await refused(tokens.observerA, RESERVATION_SUB))).toBe('FORBIDDEN');
    for (const s of [a, b, rep, staff]) s.ws.close();
  });
});

describe('grouping', () => {
  it('identical subscriptions of one audience execute once per event; each member still gets it; leaving is per member', async () => {
    const A = app.world.a.company.id;
    await quiet(app.server, app.core.bus, baseListeners);
    const spy = vi.spyOn(LiveResolver.prototype, 'orderStatusChanged');
    try {
      // three buyers of A at the same level: one group; the active buyer (other permissions) and staff: their own
      const p1 = await sub(tokens.passiveA, ORDER_SUB);
      const p2 = await sub(await app.tokenFor(app.world.a.users.passive.id), ORDER_SUB, {}, 0);
      const p3 = await sub(tokens.passiveA, ORDER_SUB, {}, 0);
      const active = await sub(tokens.activeA, ORDER_SUB);
      const staff = await sub(tokens.staff, ORDER_SUB);
      expect(app.server.liveSubscriptions()).toEqual({ groups: 3, members: 5 });
      const e1 = orderEvent(A);
      await app.core.bus.emit(TOPICS.orderStatusChanged, A, e1);
      for (const s of [p1, p2, p3, active, staff]) expect((await s.nth(1)).orderId).toBe(e1.orderId);
      expect(spy).toHaveBeenCalledTimes(3);
      // one member leaves: the others keep hearing
      p2.ws.close();
      await until(() => app.server.liveSubscriptions().members === 4, 'the member to leave');
      const e2 = orderEvent(A);
      await app.core.bus.emit(TOPICS.orderStatusChanged, A, e2);
      for (const s of [p1, p3]) expect((await s.nth(2)).orderId).toBe(e2.orderId);
      expect(spy).toHaveBeenCalledTimes(6);
      for (const s of [p1, p3, active, staff]) s.ws.close();
      await quiet(app.server, app.core.bus, baseListeners);
    } finally {
      spy.mockRestore();
    }
  });

  it('a refused subscription is not kept: the next subscriber with permission gets in', async () => {
    await quiet(app.server, app.core.bus, baseListeners);
    expect(codeOf(await refused(tokens.observerA, ORDER_SUB))).toBe('FORBIDDEN');
    expect(app.server.liveSubscriptions().groups).toBe(0);
    const ok = await sub(tokens.passiveA, ORDER_SUB);
    expect(app.server.liveSubscriptions()).toEqual({ groups: 1, members: 1 });
    ok.ws.close();
  });
});

describe('subscriptions end cleanly', () => {
  it('closing connections removes every listener', async () => {
    await quiet(app.server, app.core.bus, baseListeners);
    const base = baseListeners;
    const s1 = await sub(tokens.staff, ORDER_SUB);
    const s2 = await sub(tokens.observerB, STOCK_SUB, { productIds: [cw.p.drill, cw.p.hidden] }, 2);
    const s3 = await sub(tokens.rep, RESERVATION_SUB);
    expect(app.core.bus.listenerCount()).toBe(base + 4);
    s1.ws.close();
    s2.ws.close();
    s3.ws.close();
    await quiet(app.server, app.core.bus, base);
  });

  it('a blocked user’s live subscriptions are closed at once', async () => {
    const victim = await app.tokenFor(app.world.a.users.active.id);
    const s = await sub(victim, ORDER_SUB);
    const admin = await app.tokenFor(app.world.a.users.admin.id);
    const res = await app.gql(
      `mutation($i: SetUserBlockedInput!) { setUserBlocked(input: $i) { __typename } }`,
      { i: { userId: app.world.a.users.active.id, blocked: true } },
      admin,
    );
    expect(res.data!.setUserBlocked.__typename).toBe('User');
    expect((await s.ws.closed).code).toBe(4403);
    await app.gql(
      `mutation($i: SetUserBlockedInput!) { setUserBlocked(input: $i) { __typename } }`,
      { i: { userId: app.world.a.users.active.id, blocked: false } },
      admin,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/common/domain-events';
import { createCore, type Core } from '../../src/core';
import { startApiServer, type ApiServer } from '../../src/graphql/server';
import { seedCatalog, type CatalogWorld } from '../catalog/catalog-fixtures';
import { startTestApp, type TestApp } from '../harness';
import { liveSub, ORDER_SUB, orderEvent, STOCK_SUB, stockEvent } from './live-helpers';

/**
 * Two API instances, each with its own core (own database pool, own Redis connections and EventBus), on one
 * database and one Redis: what one publishes, subscribers of the other receive (DESIGN.md §2).
 */
let app: TestApp;
let core2: Core;
let server2: ApiServer;
let cw: CatalogWorld;

beforeAll(async () => {
  app = await startTestApp();
  cw = await seedCatalog(app.core.orm.em.fork(), app.world.a.company.id);
  core2 = await createCore(app.core.config, { clock: app.clock });
  server2 = await startApiServer(core2, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server2?.close();
  await core2?.close();
  await app?.close();
});

describe('across API instances', () => {
  it('an order event published on one instance reaches subscribers on the other, and only the permitted ones', async () => {
    const A = app.world.a.company.id;
    const B = app.world.b.company.id;
    const onTwo = await liveSub(server2, core2.bus, await app.tokenFor(app.world.a.users.passive.id), ORDER_SUB, {});
    const staffOnTwo = await liveSub(server2, core2.bus, await app.tokenFor(app.world.staffAdmin.id), ORDER_SUB, {});
    const bOnTwo = await liveSub(server2, core2.bus, await app.tokenFor(app.world.b.users.passive.id), ORDER_SUB, {});
    const onOne = await liveSub(app.server, app.core.bus, await app.tokenFor(app.world.a.users.active.id), ORDER_SUB, {});

    const fromOne = orderEvent(A);
    await app.core.bus.emit(TOPICS.orderStatusChanged, A, fromOne);
    // (events from different publishers have no order between them: wait for the first before the second)
    expect((await onTwo.nth(1)).orderId).toBe(fromOne.orderId);
    expect((await staffOnTwo.nth(1)).orderId).toBe(fromOne.orderId);
    const fromTwo = orderEvent(A, { status: 'accepted', previousStatus: 'received' });
    await core2.bus.emit(TOPICS.orderStatusChanged, A, fromTwo);

    for (const s of [onTwo, onOne]) {
      expect((await s.nth(2)).orderId).toBe(fromTwo.orderId);
      // each event exactly once, whichever instance published it
      expect(s.events().map((e) => e.orderId)).toEqual([fromOne.orderId, fromTwo.orderId]);
    }
    expect((await staffOnTwo.nth(2)).status).toBe('accepted');
    const forB = orderEvent(B);
    await app.core.bus.emit(TOPICS.orderStatusChanged, B, forB);
    expect((await bOnTwo.nth(1)).orderId).toBe(forB.orderId);
    expect((await staffOnTwo.nth(3)).orderId).toBe(forB.orderId);
    expect(staffOnTwo.events()).toHaveLength(3);
    expect(onTwo.events()).toHaveLength(2);
    for (const s of [onTwo, staffOnTwo, bOnTwo, onOne]) s.ws.close();
  });

  it('stock events cross instances with the assortment still applied', async () => {
    const { drill, hidden } = cw.p;
    const obsA = await liveSub(server2, core2.bus, await app.tokenFor(app.world.a.users.observer.id), STOCK_SUB, {
      productIds: [hidden, drill],
    });
    await app.core.bus.emit(TOPICS.stockChanged, hidden, stockEvent(hidden, cw.wh.wro, 4));
    await app.core.bus.emit(TOPICS.stockChanged, drill, stockEvent(drill, cw.wh.wro, 6));
    expect(await obsA.nth(1)).toMatchObject({ productId: drill, available: 6 });
    expect(obsA.events()).toHaveLength(1);
    obsA.ws.close();
  });

  it('blocking a user on one instance closes their subscription on the other', async () => {
    const victim = await app.tokenFor(app.world.b.users.active.id);
    const s = await liveSub(server2, core2.bus, victim, ORDER_SUB, {});
    const admin = await app.tokenFor(app.world.b.users.admin.id);
    const res = await app.gql(
      `mutation($i: SetUserBlockedInput!) { setUserBlocked(input: $i) { __typename } }`,
      { i: { userId: app.world.b.users.active.id, blocked: true } },
      admin,
    );
    expect(res.data!.setUserBlocked.__typename).toBe('User');
    const closed = await s.ws.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/blocked/);
  });
});

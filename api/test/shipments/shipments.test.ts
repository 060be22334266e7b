import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { PLACE, PROFORMA, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let active: string;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork());
  active = await app.tokenFor(app.world.a.users.active.id);
});
afterAll(async () => app?.close());

const REQUEST = `mutation($input: RequestShipmentInput!) { requestShipment(input: $input) { __typename
  ... on ShipmentRequest { id method pickupWarehouseId contactName requestedDate status transfers { fromWarehouseId toWarehouseId lines { sku quantity } } }
  ... on UserError { code message } } }`;
const sql = (q: string, p: unknown[] = []): Promise<any[]> => app.core.orm.em.fork().getConnection().execute(q, p);

describe('shipment requests', () => {
  it('pick-up at another warehouse than the stock’s creates a transfer request; both go to the outbox', async () => {
    // the drill in Wrocław and the saw in Warszawa; collected in Warszawa
    const pf = (
      await app.gql(
        PROFORMA,
        {
          input: {
            idempotencyKey: 'pf-ship',
            lines: [
              { productId: w.p.drill, quantity: 2 },
              { productId: w.p.saw, quantity: 1 },
            ],
          },
        },
        active,
      )
    ).data!.createProforma;
    expect(pf.lines.map((l: any) => l.warehouseId)).toEqual([w.wh.wro, w.wh.waw]);
    const input = {
      orderId: pf.id,
      idempotencyKey: 'ship-1',
      method: 'PICKUP',
      pickupWarehouseId: w.wh.waw,
      contactName: 'Jan Kowalski',
      contactPhone: '+48 600 000 000',
      requestedDate: '2026-12-02',
    };
    const res = (await app.gql(REQUEST, { input }, active)).data!.requestShipment;
    expect(res).toMatchObject({
      __typename: 'ShipmentRequest',
      method: 'PICKUP',
      pickupWarehouseId: w.wh.waw,
      status: 'requested',
      requestedDate: '2026-12-02',
    });
    expect(res.transfers).toEqual([{ fromWarehouseId: w.wh.wro, toWarehouseId: w.wh.waw, lines: [{ sku: 'DRILL-1', quantity: 2 }] }]);
    const again = (await app.gql(REQUEST, { input }, active)).data!.requestShipment;
    expect(again.id).toBe(res.id);
    const kinds = (await sql('select kind from outbox where aggregate_id = ? order by seq', [pf.id])).map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(['reservation', 'shipmentRequest', 'transferRequest']);
    const shown = await app.gql(`query($id: ID!) { order(id: $id) { shipmentRequests { id transfers { id } } } }`, { id: pf.id }, active);
    expect(shown.data!.order.shipmentRequests).toHaveLength(1);
  });

  it('a delivery needs an address; an expired or cancelled proforma cannot ship; other companies cannot ask', async () => {
    const o = (await app.gql(PLACE, { input: { idempotencyKey: 'o-ship', lines: [{ productId: w.p.drill, quantity: 1 }] } }, active)).data!
      .placeOrder;
    const base = { orderId: o.id, method: 'CARRIER_DELIVERY', contactName: 'Anna', requestedDate: '2026-12-03' };
    expect((await app.gql(REQUEST, { input: { ...base, idempotencyKey: 's-a' } }, active)).data!.requestShipment.code).toBe('VALIDATION');
    const ok = await app.gql(
      REQUEST,
      { input: { ...base, idempotencyKey: 's-b', address: { street: 'Długa 1', city: 'Gdańsk', postalCode: '80-001', country: 'PL' } } },
      active,
    );
    expect(ok.data!.requestShipment.transfers).toEqual([]);
    const b = await app.tokenFor(app.world.b.users.active.id);
    expect(
      (await app.gql(REQUEST, { input: { ...base, idempotencyKey: 's-c', address: { city: 'X' } } }, b)).data!.requestShipment.code,
    ).toBe('NOT_FOUND');
    const pf = (await app.gql(PROFORMA, { input: { idempotencyKey: 'pf-exp', lines: [{ productId: w.p.drill, quantity: 1 }] } }, active))
      .data!.createProforma;
    app.clock.advance(49 * 3600_000);
    await app.core.services.reservations.sweep(app.core.context());
    const t = await app.tokenFor(app.world.a.users.active.id);
    const late = await app.gql(REQUEST, { input: { ...base, orderId: pf.id, idempotencyKey: 's-d', address: { city: 'X' } } }, t);
    expect(late.data!.requestShipment.message).toMatch(/no longer reserved/);
    const passive = await app.tokenFor(app.world.a.users.passive.id);
    expect((await app.gql(REQUEST, { input: { ...base, idempotencyKey: 's-e' } }, passive)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

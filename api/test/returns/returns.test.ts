import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { PLACE, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';

let app: TestApp;
let w: OrderingWorld;

beforeAll(async () => {
  app = await startTestApp();
  w = await seedOrdering(app.core.orm.em.fork());
});
afterAll(async () => app?.close());

const CREATE = `mutation($input: CreateReturnRequestInput!) { createReturnRequest(input: $input) { __typename
  ... on ReturnRequest { id kind status reason orderId lines { sku quantity } photos { url contentType size } } ... on UserError { code message } } }`;
const STATUS = `mutation($input: SetReturnStatusInput!) { setReturnStatus(input: $input) { __typename ... on ReturnRequest { status resolution } ... on UserError { code } } }`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]).toString('base64');

describe('returns and complaints', () => {
  it('a complaint with lines, photos (URL and upload), visible to the company and staff, not to others; outbox row', async () => {
    const t = await app.tokenFor(app.world.a.users.active.id);
    const o = (await app.gql(PLACE, { input: { idempotencyKey: 'r-o', lines: [{ productId: w.p.drill, quantity: 2 }] } }, t)).data!
      .placeOrder;
    const res = await app.gql(
      CREATE,
      {
        input: {
          idempotencyKey: 'ret-1',
          kind: 'COMPLAINT',
          orderId: o.id,
          reason: 'damaged',
          description: 'The case arrived cracked.',
          lines: [{ productId: w.p.drill, quantity: 1 }],
          photos: [{ url: 'https://photos.example/crack.jpg' }, { dataBase64: PNG }],
        },
      },
      t,
    );
    const r = res.data!.createReturnRequest;
    expect(r).toMatchObject({
      __typename: 'ReturnRequest',
      kind: 'COMPLAINT',
      status: 'SUBMITTED',
      orderId: o.id,
      lines: [{ sku: 'DRILL-1', quantity: 1 }],
    });
    expect(r.photos).toHaveLength(2);
    expect(r.photos).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: 'https://photos.example/crack.jpg' }),
        expect.objectContaining({ url: null, contentType: 'image/png', size: 28 }),
      ]),
    );
    const [ob] = await app.core.orm.em.fork().getConnection().execute(`select kind from outbox where aggregate_id = ?`, [r.id]);
    expect(ob.kind).toBe('return');
    const colleague = await app.tokenFor(app.world.a.users.passive.id);
    expect((await app.gql(`query($id: ID!) { returnRequest(id: $id) { id } }`, { id: r.id }, colleague)).data!.returnRequest.id).toBe(r.id);
    const staff = await app.tokenFor(app.world.staffAdmin.id);
    expect((await app.gql(`{ returnRequests(first: 10) { edges { node { id } } } }`, {}, staff)).data!.returnRequests.edges).toHaveLength(
      1,
    );
    const b = await app.tokenFor(app.world.b.users.active.id);
    expect((await app.gql(`query($id: ID!) { returnRequest(id: $id) { id } }`, { id: r.id }, b)).data!.returnRequest).toBeNull();
    expect((await app.gql(STATUS, { input: { returnId: r.id, status: 'WITHDRAWN' } }, b)).data!.setReturnStatus.code).toBe('NOT_FOUND');
    // staff accept, then resolve; the customer cannot accept
    expect((await app.gql(STATUS, { input: { returnId: r.id, status: 'ACCEPTED' } }, t)).data!.setReturnStatus.code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await app.gql(STATUS, { input: { returnId: r.id, status: 'ACCEPTED' } }, staff)).data!.setReturnStatus.status).toBe('ACCEPTED');
    const done = (await app.gql(STATUS, { input: { returnId: r.id, status: 'RESOLVED', resolution: 'replaced' } }, staff)).data!
      .setReturnStatus;
    expect(done).toEqual({ __typename: 'ReturnRequest', status: 'RESOLVED', resolution: 'replaced' });
  });

  it('refuses unsafe photos and empty requests', async () => {
    const t = await app.tokenFor(app.world.a.users.active.id);
    const base = { idempotencyKey: 'bad', kind: 'RETURN', reason: 'x', description: 'y', lines: [{ productId: w.p.drill, quantity: 1 }] };
    const svg = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    for (const photos of [[{ url: 'http://insecure.example/a.jpg' }], [{ url: 'javascript:alert(1)' }], [{ dataBase64: svg }], [{}]]) {
      expect((await app.gql(CREATE, { input: { ...base, photos } }, t)).data!.createReturnRequest.code).toBe('VALIDATION');
    }
    expect((await app.gql(CREATE, { input: { ...base, lines: [] } }, t)).data!.createReturnRequest.code).toBe('VALIDATION');
    const [{ n }] = await app.core.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from return_request where idempotency_key = 'bad'`);
    expect(n).toBe(0);
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../src/modules/accounts/api-key.entity';
import type { Permission } from '../../src/modules/accounts/permissions';
import { sha256 } from '../../src/modules/accounts/tokens';
import { startTestApp, type TestApp } from '../harness';
import { seedOrdering, type OrderingWorld } from '../orders/order-fixtures';

let app: TestApp;
let w: OrderingWorld;
let origin: string;
let owner: string;

// a PNG signature followed by random bytes: what comes back must be exactly this
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3000)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)]);

const CREATE = `mutation($input: CreateReturnRequestInput!) { createReturnRequest(input: $input) { __typename
  ... on ReturnRequest { id photos { id url contentType size downloadUrl } } ... on UserError { code message } } }`;

let uploaded: { id: string; downloadUrl: string; size: number };
let jpeg: { id: string; downloadUrl: string };
let linked: { id: string; downloadUrl: string | null };

beforeAll(async () => {
  app = await startTestApp();
  origin = new URL(app.url).origin;
  w = await seedOrdering(app.core.orm.em.fork());
  owner = await app.tokenFor(app.world.a.users.active.id);
  const res = await app.gql(
    CREATE,
    {
      input: {
        idempotencyKey: 'photo-ret',
        kind: 'COMPLAINT',
        reason: 'damaged',
        description: 'Cracked casing.',
        lines: [{ productId: w.p.drill, quantity: 1 }],
        photos: [{ dataBase64: PNG.toString('base64') }, { url: 'https://photos.example/a.jpg' }, { dataBase64: JPEG.toString('base64') }],
      },
    },
    owner,
  );
  const r = res.data!.createReturnRequest;
  expect(r.__typename).toBe('ReturnRequest');
  uploaded = r.photos.find((p: any) => p.contentType === 'image/png');
  jpeg = r.photos.find((p: any) => p.contentType === 'image/jpeg');
  linked = r.photos.find((p: any) => p.url);
});
afterAll(async () => app?.close());

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${origin}${path}`, { method, headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function apiKey(scopes: Permission[], companyId = app.world.a.company.id): Promise<string> {
  const secret = randomBytes(16).toString('hex');
  const prefix = `K${sha256(secret).slice(0, 11)}`;
  const em = app.core.orm.em.fork();
  em.create(ApiKey, { company: em.getReference('Company', companyId) as never, name: secret, prefix, secretHash: sha256(secret), scopes });
  await em.flush();
  return `kontor_${prefix}_${secret}`;
}

describe('downloading uploaded return photos', () => {
  it('GraphQL names the download for uploaded photos only', () => {
    expect(uploaded.downloadUrl).toBe(`/files/return-photos/${uploaded.id}`);
    expect(jpeg.downloadUrl).toBe(`/files/return-photos/${jpeg.id}`);
    expect(linked.downloadUrl).toBeNull();
  });

  it('the owner gets the exact bytes with safe headers', async () => {
    const res = await get(uploaded.downloadUrl, bearer(owner));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(PNG.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="return-photo-${uploaded.id}.png"`);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const j = await get(jpeg.downloadUrl, bearer(owner));
    expect(j.headers.get('content-type')).toBe('image/jpeg');
    expect(j.headers.get('content-disposition')).toMatch(/\.jpg"$/);
    expect(Buffer.from(await j.arrayBuffer()).equals(JPEG)).toBe(true);
    const head = await get(uploaded.downloadUrl, bearer(owner), 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(PNG.length));
  });

  it('colleagues who may see returns, the customer’s sales rep and staff get it; API keys in either header', async () => {
    for (const id of [app.world.a.users.passive.id, app.world.rep.id, app.world.staffAdmin.id]) {
      const res = await get(uploaded.downloadUrl, bearer(await app.tokenFor(id)));
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    }
    const key = await apiKey(['catalog.view', 'orders.view']);
    expect((await get(uploaded.downloadUrl, { 'x-api-key': key })).status).toBe(200);
    expect((await get(uploaded.downloadUrl, { authorization: `ApiKey ${key}` })).status).toBe(200);
    expect((await get(uploaded.downloadUrl, { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it('another company, an observer and a key without orders.view get 404, the same as an unknown photo', async () => {
    const refusals = [
      bearer(await app.tokenFor(app.world.b.users.active.id)),
      bearer(await app.tokenFor(app.world.b.users.admin.id)),
      bearer(await app.tokenFor(app.world.a.users.observer.id)),
      { 'x-api-key': await apiKey(['catalog.view', 'stock.view']) },
      { 'x-api-key': await apiKey(['catalog.view', 'orders.view'], app.world.b.company.id) },
    ];
    const unknown = await get('/files/return-photos/00000000-0000-4000-8000-000000000000', bearer(owner));
    expect(unknown.status).toBe(404);
    const unknownBody = await unknown.json();
    for (const headers of refusals) {
      const res = await get(uploaded.downloadUrl, headers);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(unknownBody);
    }
  });

  it('a linked photo, a malformed id or a nested path are 404; other methods 405', async () => {
    for (const path of [
      `/files/return-photos/${linked.id}`,
      '/files/return-photos/not-a-uuid',
      '/files/return-photos/%00',
      `/files/return-photos/${uploaded.id}/x`,
      '/files/return-photos/',
    ]) {
      expect([path, (await get(path, bearer(owner))).status]).toEqual([path, 404]);
    }
    expect((await get(uploaded.downloadUrl, bearer(owner), 'DELETE')).status).toBe(405);
  });

  it('anonymous is 401; bad credentials are 401', async () => {
    const anon = await get(uploaded.downloadUrl);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await anon.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(uploaded.downloadUrl, { authorization: 'Bearer nonsense' })).status).toBe(401);
    expect((await get(uploaded.downloadUrl, { authorization: 'Basic abc' })).status).toBe(401);
    expect((await get(uploaded.downloadUrl, { 'x-api-key': 'kontor_Kxxxxxxxxxxx_yyyyyyyyyyyyyyyyyyyyyy' })).status).toBe(401);
    // an unknown photo is 401 too without credentials: nothing about existence before authentication
    expect((await get('/files/return-photos/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });

  it('a blocked user is refused at once, with the same token that worked a moment ago', async () => {
    const victim = await app.tokenFor(app.world.a.users.passive.id);
    expect((await get(uploaded.downloadUrl, bearer(victim))).status).toBe(200);
    const admin = await app.tokenFor(app.world.a.users.admin.id);
    const BLOCK = `mutation($i: SetUserBlockedInput!) { setUserBlocked(input: $i) { __typename } }`;
    expect(
      (await app.gql(BLOCK, { i: { userId: app.world.a.users.passive.id, blocked: true } }, admin)).data!.setUserBlocked.__typename,
    ).toBe('User');
    try {
      const res = await get(uploaded.downloadUrl, bearer(victim));
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('ACCOUNT_BLOCKED');
    } finally {
      await app.gql(BLOCK, { i: { userId: app.world.a.users.passive.id, blocked: false } }, admin);
    }
    expect((await get(uploaded.downloadUrl, bearer(victim))).status).toBe(200);
  });
});

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

const ADD = `mutation($input: AddToBasketInput!) { addToBasket(input: $input) { __typename ... on BasketLineAdded { id quantity list } ... on UserError { code message } } }`;
const BASKET = `query { basket { __typename ... on Basket { lines { id sku quantity issues available price { unitNet { amount } } } saved { id sku quantity } } } }`;

describe('baskets', () => {
  it('one basket per user, shared across devices (two sessions)', async () => {
    const phone = (await app.login('active@a.test')).accessToken;
    const tablet = (await app.login('active@a.test')).accessToken;
    expect(phone).not.toBe(tablet);
    await app.gql(ADD, { input: { productId: w.p.drill, quantity: 1 } }, phone);
    const added = await app.gql(ADD, { input: { productId: w.p.drill, quantity: 2 } }, tablet);
    expect(added.data!.addToBasket).toMatchObject({ __typename: 'BasketLineAdded', quantity: 3, list: 'BASKET' });
    const seen = await app.gql(BASKET, {}, phone);
    expect(seen.data!.basket.lines.map((l: any) => [l.sku, l.quantity])).toEqual([['DRILL-1', 3]]);
    expect(seen.data!.basket.lines[0].price.unitNet.amount).toBe('499.00');
    // another user of the same company has their own basket
    const other = await app.gql(BASKET, {}, await app.tokenFor(app.world.a.users.active_extended.id));
    expect(other.data!.basket.lines).toEqual([]);
  });

  it('saved for later: lines move both ways; validation issues and live prices on every read', async () => {
    const t = await app.tokenFor(app.world.a.users.admin.id);
    const line = (await app.gql(ADD, { input: { productId: w.p.cable, quantity: 7 } }, t)).data!.addToBasket;
    const b1 = (await app.gql(BASKET, {}, t)).data!.basket;
    expect(b1.lines[0].issues).toEqual(['QUANTITY_RULE']);
    const move = `mutation($input: MoveBasketLineInput!) { moveBasketLine(input: $input) { __typename } }`;
    expect((await app.gql(move, { input: { lineId: line.id, to: 'SAVED' } }, t)).data!.moveBasketLine.__typename).toBe('Done');
    const b2 = (await app.gql(BASKET, {}, t)).data!.basket;
    expect(b2.lines).toEqual([]);
    expect(b2.saved.map((l: any) => [l.sku, l.quantity])).toEqual([['CABLE-YDY', 7]]);
    await app.gql(move, { input: { lineId: b2.saved[0].id, to: 'BASKET' } }, t);
    const b3 = (await app.gql(BASKET, {}, t)).data!.basket;
    expect(b3.lines.map((l: any) => l.sku)).toEqual(['CABLE-YDY']);
    // the price changes in the ERP: the basket shows the new one at once
    await app.core.orm.em
      .fork()
      .getConnection()
      .execute('update price_list_entry set amount_minor = 400 where product_id = ?', [w.p.cable]);
    expect((await app.gql(BASKET, {}, t)).data!.basket.lines[0].price.unitNet.amount).toBe('4.00');
    await app.core.orm.em
      .fork()
      .getConnection()
      .execute('update price_list_entry set amount_minor = 350 where product_id = ?', [w.p.cable]);
  });

  it('an observer has no basket; a passive user neither (no orders.place); products no longer offered are refused', async () => {
    const obs = await app.tokenFor(app.world.a.users.observer.id);
    expect((await app.gql(BASKET, {}, obs)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const t = await app.tokenFor(app.world.a.users.active.id);
    const gone = await app.gql(ADD, { input: { productId: w.p.gone, quantity: 1 } }, t);
    expect(gone.data!.addToBasket.code).toBe('PRODUCT_UNAVAILABLE');
    const bad = await app.gql(ADD, { input: { productId: w.p.drill, quantity: -1 } }, t);
    expect(bad.data!.addToBasket.code).toBe('VALIDATION');
  });

  it('quick order: SKU;quantity or CSV, with a report for every line', async () => {
    const t = await app.tokenFor(app.world.a.users.active_extended.id);
    const res = await app.gql(
      `mutation($input: QuickOrderInput!) { quickOrder(input: $input) { __typename ... on QuickOrderReport { added rejected lines { lineNo sku quantity status } } } }`,
      { input: { text: 'DRILL-1;2\nnope;1\nCABLE-YDY;7\nSCREW-4;abc\nGONE-1;1\njunk\ncable-ydy;10' } },
      t,
    );
    const r = res.data!.quickOrder;
    expect(r.added).toBe(2);
    expect(r.rejected).toBe(5);
    expect(r.lines.map((l: any) => [l.lineNo, l.status])).toEqual([
      [1, 'ADDED'],
      [2, 'UNKNOWN_SKU'],
      [3, 'QUANTITY_RULE'],
      [4, 'BAD_QUANTITY'],
      [5, 'UNAVAILABLE'],
      [6, 'UNPARSEABLE'],
      [7, 'ADDED'],
    ]);
    const b = (await app.gql(BASKET, {}, t)).data!.basket;
    // lines added together are listed by SKU
    expect(b.lines.map((l: any) => [l.sku, l.quantity])).toEqual([
      ['CABLE-YDY', 10],
      ['DRILL-1', 2],
    ]);
  });

  it('ordering the basket empties it; the same key again returns the same order; reorder puts the lines back', async () => {
    const t = await app.tokenFor(app.world.a.users.active_extended.id);
    const first = (await app.gql(PLACE, { input: { idempotencyKey: 'from-basket' } }, t)).data!.placeOrder;
    expect(first.__typename).toBe('Order');
    expect(first.lines.map((l: any) => l.sku)).toEqual(['CABLE-YDY', 'DRILL-1']);
    expect((await app.gql(BASKET, {}, t)).data!.basket.lines).toEqual([]);
    const again = (await app.gql(PLACE, { input: { idempotencyKey: 'from-basket' } }, t)).data!.placeOrder;
    expect(again.id).toBe(first.id);
    const empty = (await app.gql(PLACE, { input: { idempotencyKey: 'from-empty' } }, t)).data!.placeOrder;
    expect(empty.code).toBe('EMPTY_BASKET');
    const re = await app.gql(
      `mutation($input: ReorderInput!) { reorder(input: $input) { ... on QuickOrderReport { added } } }`,
      { input: { orderId: first.id } },
      t,
    );
    expect(re.data!.reorder.added).toBe(2);
    expect((await app.gql(BASKET, {}, t)).data!.basket.lines.map((l: any) => l.quantity)).toEqual([10, 2]);
    const b = await app.tokenFor(app.world.b.users.active.id);
    const foreign = await app.gql(
      `mutation($input: ReorderInput!) { reorder(input: $input) { __typename } }`,
      { input: { orderId: first.id } },
      b,
    );
    expect(foreign.data!.reorder.__typename).toBe('NotFoundError');
  });

  it('another user cannot touch my basket lines', async () => {
    const mine = await app.tokenFor(app.world.a.users.active.id);
    const line = (await app.gql(ADD, { input: { productId: w.p.saw, quantity: 1 } }, mine)).data!.addToBasket;
    const b = await app.tokenFor(app.world.b.users.active.id);
    const rm = await app.gql(
      `mutation($input: BasketLineRefInput!) { removeBasketLine(input: $input) { __typename } }`,
      { input: { lineId: line.id } },
      b,
    );
    expect(rm.data!.removeBasketLine.__typename).toBe('NotFoundError');
    const up = await app.gql(
      `mutation($input: UpdateBasketLineInput!) { updateBasketLine(input: $input) { __typename } }`,
      { input: { lineId: line.id, quantity: 9 } },
      b,
    );
    expect(up.data!.updateBasketLine.__typename).toBe('NotFoundError');
  });
});

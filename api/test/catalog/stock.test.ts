import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness';
import { seedCatalog, type CatalogWorld } from './catalog-fixtures';

/** The stock service the orders module reserves through: atomic holds that never oversell. */
let app: TestApp;
let cw: CatalogWorld;
beforeAll(async () => {
  app = await startTestApp();
  cw = await seedCatalog(app.core.orm.em.fork());
});
afterAll(() => app?.close());

const available = async (productId: string, warehouseId: string) => {
  const rows = await app.core.services.stock.stockFor(app.core.context(), [productId], warehouseId);
  return rows[0].available;
};

it('concurrent holds take exactly what is available, never more', async () => {
  const { stock } = app.core.services;
  expect(await available(cw.p.drill, cw.wh.wro)).toBe(7); // 10 on hand − 2 ERP-reserved − 1 held
  const attempts = await Promise.all(Array.from({ length: 20 }, () => stock.hold(app.core.orm.em.fork(), cw.p.drill, cw.wh.wro, 1)));
  expect(attempts.filter(Boolean)).toHaveLength(7);
  expect(await available(cw.p.drill, cw.wh.wro)).toBe(0);
  expect(await stock.hold(app.core.orm.em.fork(), cw.p.drill, cw.wh.wro, 0.5)).toBe(false);
});

it('a hold inside a transaction is undone with it; release gives stock back', async () => {
  const { stock } = app.core.services;
  const before = await available(cw.p.yellowCable, cw.wh.wro);
  await expect(
    app.core.orm.em.fork().transactional(async (em) => {
      expect(await stock.hold(em, cw.p.yellowCable, cw.wh.wro, 30)).toBe(true);
      throw new Error('order failed');
    }),
  ).rejects.toThrow('order failed');
  expect(await available(cw.p.yellowCable, cw.wh.wro)).toBe(before);
  expect(await stock.hold(app.core.orm.em.fork(), cw.p.yellowCable, cw.wh.wro, 30)).toBe(true);
  expect(await available(cw.p.yellowCable, cw.wh.wro)).toBe(before - 30);
  await stock.release(app.core.orm.em.fork(), cw.p.yellowCable, cw.wh.wro, 30);
  expect(await available(cw.p.yellowCable, cw.wh.wro)).toBe(before);
  expect(await stock.hold(app.core.orm.em.fork(), cw.p.yellowCable, cw.wh.waw, 1)).toBe(false); // no stock row there
  await expect(stock.hold(app.core.orm.em.fork(), cw.p.yellowCable, cw.wh.wro, -1)).rejects.toThrow(RangeError);
});

it('product facts for pricing and orders: ancestry, manufacturer, VAT', async () => {
  const facts = await app.core.services.catalog.factsFor(app.core.context(), [cw.p.grinder, cw.p.steelRod, 'not-an-id']);
  const grinder = facts.find((f) => f.productId === cw.p.grinder)!;
  expect(grinder.categoryIds[0]).toBe(cw.cat.tools);
  expect(grinder.categoryIds).toContain(cw.cat.drills);
  expect(grinder.categoryIds.at(-1)).toBe(cw.cat.deep);
  expect(grinder.manufacturerId).toBe(cw.man.bosch);
  expect(facts.find((f) => f.productId === cw.p.steelRod)).toMatchObject({ categoryIds: [cw.cat.tools], vatRateBp: 800 });
  expect(facts).toHaveLength(2);
});

it('moving a category re-derives the ancestry of its subtree and products', async () => {
  const c = app.core.orm.em.getConnection();
  await c.execute('update category set parent_id = ? where id = ?', [cw.cat.cables, cw.cat.drills]);
  const [facts] = await app.core.services.catalog.factsFor(app.core.context(), [cw.p.grinder]);
  expect(facts.categoryIds.slice(0, 3)).toEqual([cw.cat.cables, cw.cat.drills, cw.cat.cordless]);
  await expect(c.execute('update category set parent_id = ? where id = ?', [cw.cat.deep, cw.cat.cables])).rejects.toThrow(/below itself/);
  await c.execute('update category set parent_id = ? where id = ?', [cw.cat.tools, cw.cat.drills]);
});

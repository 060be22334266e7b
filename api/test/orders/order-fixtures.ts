import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/** Two warehouses (both allow pick-up), a default PLN price list and products with stock, for the ordering tests. */
export interface OrderingWorld {
  wh: { wro: string; waw: string };
  priceListId: string;
  p: { drill: string; cable: string; screws: string; gone: string; saw: string };
}

export async function seedOrdering(
  em: EntityManager,
  stock: Partial<Record<keyof OrderingWorld['p'], number>> = {},
): Promise<OrderingWorld> {
  const c = em.getConnection();
  const wh = { wro: randomUUID(), waw: randomUUID() };
  await c.execute(
    `insert into warehouse (id, erp_id, code, name, pickup, position, updated_at) values (?, 'W-WRO', 'WRO', 'Wrocław', true, 1, now()), (?, 'W-WAW', 'WAW', 'Warszawa', true, 2, now())`,
    [wh.wro, wh.waw],
  );
  const p = { drill: randomUUID(), cable: randomUUID(), screws: randomUUID(), gone: randomUUID(), saw: randomUUID() };
  // cable: sold by the metre from 5 m in steps of 5; screws: packs, min 100 step 100
  await c.execute(
    `insert into product (id, erp_id, sku, names, unit, min_quantity, step_quantity, vat_rate_bp, active, created_at, updated_at) values
      (?, 'P-DRILL', 'DRILL-1', '{"pl":"Wiertarka","en":"Drill"}', 'szt', 1, 1, 2300, true, now(), now()),
      (?, 'P-CABLE', 'CABLE-YDY', '{"pl":"Kabel","en":"Cable"}', 'm', 5, 5, 2300, true, now(), now()),
      (?, 'P-SCREW', 'SCREW-4', '{"pl":"Wkręty","en":"Screws"}', 'szt', 100, 100, 800, true, now(), now()),
      (?, 'P-GONE', 'GONE-1', '{"pl":"Wycofany","en":"Withdrawn"}', 'szt', 1, 1, 2300, false, now(), now()),
      (?, 'P-SAW', 'SAW-1', '{"pl":"Piła","en":"Saw"}', 'szt', 1, 1, 2300, true, now(), now())`,
    [p.drill, p.cable, p.screws, p.gone, p.saw],
  );
  const priceListId = randomUUID();
  await c.execute(
    `insert into price_list (id, code, name, currency, is_default, updated_at) values (?, 'DEF', 'Default', 'PLN', true, now())`,
    [priceListId],
  );
  await c.execute(
    `insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at) values (?, ?, 49900, now()), (?, ?, 350, now()), (?, ?, 12, now()), (?, ?, 1000, now()), (?, ?, 25000, now())`,
    [priceListId, p.drill, priceListId, p.cable, priceListId, p.screws, priceListId, p.gone, priceListId, p.saw],
  );
  const s = { drill: 10, cable: 1000, screws: 10000, gone: 5, saw: 3, ...stock };
  await c.execute(
    `insert into stock (id, product_id, warehouse_id, on_hand, erp_reserved, kontor_held, as_of, updated_at) values
      (gen_random_uuid(), ?, ?, ?, 0, 0, now(), now()), (gen_random_uuid(), ?, ?, ?, 0, 0, now(), now()),
      (gen_random_uuid(), ?, ?, ?, 0, 0, now(), now()), (gen_random_uuid(), ?, ?, ?, 0, 0, now(), now()),
      (gen_random_uuid(), ?, ?, ?, 0, 0, now(), now()), (gen_random_uuid(), ?, ?, 2, 0, 0, now(), now())`,
    [
      p.drill,
      wh.wro,
      s.drill,
      p.cable,
      wh.wro,
      s.cable,
      p.screws,
      wh.wro,
      s.screws,
      p.gone,
      wh.wro,
      s.gone,
      p.saw,
      wh.waw,
      s.saw,
      p.drill,
      wh.waw,
    ],
  );
  return { wh, priceListId, p };
}

export async function held(em: EntityManager, productId: string, warehouseId: string): Promise<number> {
  const [r] = await em
    .getConnection()
    .execute('select kontor_held::float8 as h from stock where product_id = ? and warehouse_id = ?', [productId, warehouseId]);
  return r.h;
}

export const ORDER_FIELDS = `id number kind status companyId placedByUserId repUserId poNumber note requestedDate creditWarning
  totalNet { amount currency } totalGross { amount currency } totalDiscount { amount }
  lines { lineNo productId sku warehouseId quantity unitNet { amount } lineNet { amount } lineGross { amount } manualDiscount { amount } }`;

export const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} }
  ... on UserError { code message } ... on InsufficientStockError { lines { productId requested available } }
  ... on MinimumQuantityError { minimum step requested } ... on ProductUnavailableError { productIds } } }`;

export const PROFORMA = PLACE.replace('placeOrder(', 'createProforma(');

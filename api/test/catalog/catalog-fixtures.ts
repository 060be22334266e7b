import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/** A small catalog for the tests: a 3-level tree, characteristics, 2 warehouses, products with stock, an assortment. */
export interface CatalogWorld {
  cat: Record<'tools' | 'drills' | 'cordless' | 'cables' | 'deep', string>;
  man: Record<'bosch' | 'makita', string>;
  wh: Record<'wro' | 'waw', string>;
  p: Record<'drill' | 'yellowCable' | 'steelRod' | 'hidden' | 'grinder' | 'screw', string>;
  /** Every product id, in SKU order. */
  all: string[];
  assortmentId: string;
}

export async function seedCatalog(em: EntityManager, restrictCompanyId?: string): Promise<CatalogWorld> {
  const c = em.getConnection();
  const id = () => randomUUID();
  const cat = { tools: id(), drills: id(), cordless: id(), cables: id(), deep: id() };
  const level4 = id();
  await c.execute(
    `insert into category (id, erp_id, parent_id, position, names, updated_at) values
      (?, 'C-T', null, 1, '{"pl":"Narzędzia","en":"Tools","de":"Werkzeuge"}', now()),
      (?, 'C-D', ?, 1, '{"pl":"Wiertarki","en":"Drills"}', now()),
      (?, 'C-DC', ?, 1, '{"pl":"Wiertarki akumulatorowe","en":"Cordless drills"}', now()),
      (?, 'C-C', null, 2, '{"pl":"Kable","en":"Cables","ru":"Кабели"}', now()),
      (?, 'C-X4', ?, 1, '{"pl":"Głęboka"}', now())`,
    [cat.tools, cat.drills, cat.tools, cat.cordless, cat.drills, cat.cables, level4, cat.cordless],
  );
  await c.execute(
    `insert into category (id, erp_id, parent_id, position, names, updated_at) values (?, 'C-X5', ?, 1, '{"pl":"Najgłębsza"}', now())`,
    [cat.deep, level4],
  );
  const man = { bosch: id(), makita: id() };
  await c.execute(
    `insert into manufacturer (id, erp_id, name, updated_at) values (?, 'M-B', 'Bosch', now()), (?, 'M-M', 'Makita', now())`,
    [man.bosch, man.makita],
  );
  const colour = id();
  const width = id();
  await c.execute(
    `insert into characteristic (id, erp_id, code, kind, unit, names, position, filterable, updated_at) values
      (?, 'CH-COL', 'colour', 'enum', null, '{"pl":"Kolor","en":"Colour"}', 1, true, now()),
      (?, 'CH-W', 'width', 'number', 'mm', '{"pl":"Szerokość","en":"Width"}', 2, true, now()),
      (?, 'CH-WP', 'waterproof', 'boolean', null, '{"pl":"Wodoodporny","en":"Waterproof"}', 3, true, now()),
      (?, 'CH-N', 'note', 'text', null, '{"pl":"Uwagi"}', 4, false, now())`,
    [colour, width, id(), id()],
  );
  await c.execute(
    `insert into characteristic_option (id, characteristic_id, code, names, position) values
      (?, ?, 'yellow', '{"pl":"Żółty","en":"Yellow"}', 1), (?, ?, 'red', '{"pl":"Czerwony","en":"Red"}', 2)`,
    [id(), colour, id(), colour],
  );
  const wh = { wro: id(), waw: id() };
  await c.execute(
    `insert into warehouse (id, erp_id, code, name, street, postal_code, city, pickup, position, updated_at) values
      (?, 'W1', 'WRO', 'Wrocław Centralny', 'Magazynowa 1', '50-001', 'Wrocław', true, 1, now()),
      (?, 'W2', 'WAW', 'Warszawa', 'Składowa 2', '00-001', 'Warszawa', false, 2, now())`,
    [wh.wro, wh.waw],
  );
  const p = { drill: id(), yellowCable: id(), steelRod: id(), hidden: id(), grinder: id(), screw: id() };
  const prod = (
    pid: string,
    sku: string,
    names: object,
    category: string | null,
    maker: string | null,
    extra: { ean?: string; model?: string; attributes?: object; vat?: number } = {},
  ) =>
    c.execute(
      `insert into product (id, erp_id, sku, ean, model, manufacturer_id, category_id, names, descriptions, unit, vat_rate_bp, images, attributes, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, '{"pl":"Opis","en":"Description"}', 'szt', ?, '{https://img.example/1.jpg,https://img.example/2.jpg}', ?::jsonb, now(), now())`,
      [
        pid,
        `E-${sku}`,
        sku,
        extra.ean ?? null,
        extra.model ?? null,
        maker,
        category,
        JSON.stringify(names),
        extra.vat ?? 2300,
        JSON.stringify(extra.attributes ?? {}),
      ],
    );
  await prod(p.drill, 'DR-100', { pl: 'Wiertarka udarowa', en: 'Impact drill', de: 'Schlagbohrmaschine' }, cat.cordless, man.bosch, {
    ean: '5901234567890',
    model: 'GSB-18V',
    attributes: { colour: 'red', width: 80, waterproof: false },
  });
  await prod(p.yellowCable, 'CB-200', { pl: 'Kabel żółty 3x1,5', en: 'Yellow cable 3x1.5', ru: 'Кабель жёлтый' }, cat.cables, man.makita, {
    ean: '5909876543210',
    attributes: { colour: 'yellow', width: 12, waterproof: true, note: 'na bębnie' },
  });
  await prod(p.steelRod, 'ST-300', { pl: 'Pręt stalowy', en: 'Steel rod' }, cat.tools, man.makita, {
    attributes: { colour: 'yellow', width: 20 },
    vat: 800,
  });
  await prod(p.hidden, 'HD-400', { pl: 'Tajny stalowy produkt', en: 'Secret steel product' }, cat.drills, man.bosch, {
    attributes: { colour: 'red' },
  });
  await prod(p.grinder, 'GR-500', { pl: 'Szlifierka kątowa', en: 'Angle grinder' }, cat.deep, man.bosch, { attributes: { width: 125 } });
  await prod(p.screw, 'SC-600', { pl: 'Wkręt stalowy', en: 'Steel screw' }, cat.drills, null, {});
  const asOf = new Date('2026-11-23T10:00:00Z');
  await c.execute(
    `insert into stock (id, product_id, warehouse_id, on_hand, erp_reserved, kontor_held, as_of, updated_at) values
      (?, ?, ?, 10, 2, 1, ?, now()), (?, ?, ?, 5, 0, 0, ?, now()),
      (?, ?, ?, 100, 0, 0, ?, now()),
      (?, ?, ?, 0, 0, 0, ?, now())`,
    [id(), p.drill, wh.wro, asOf, id(), p.drill, wh.waw, asOf, id(), p.yellowCable, wh.wro, asOf, id(), p.steelRod, wh.wro, asOf],
  );
  await c.execute(
    `insert into stock_delivery (id, product_id, warehouse_id, quantity, expected_on) values (?, ?, ?, 40, current_date + 3)`,
    [id(), p.drill, wh.wro],
  );
  await c.execute(`insert into product_association (product_id, associated_id, position) values (?, ?, 1), (?, ?, 2), (?, ?, 3)`, [
    p.drill,
    p.screw,
    p.drill,
    p.hidden,
    p.drill,
    p.yellowCable,
  ]);
  // assortment: everything but the hidden product; company A (when given) is restricted to it
  const assortmentId = id();
  await c.execute(`insert into assortment (id, erp_id, code, name, updated_at) values (?, 'A-1', 'STD', 'Standard', now())`, [
    assortmentId,
  ]);
  await c.execute(`insert into assortment_product (assortment_id, product_id) select ?, id from product where id <> ?`, [
    assortmentId,
    p.hidden,
  ]);
  if (restrictCompanyId)
    await c.execute(`insert into company_assortment (assortment_id, company_id) values (?, ?)`, [assortmentId, restrictCompanyId]);
  const all = [p.drill, p.yellowCable, p.grinder, p.hidden, p.screw, p.steelRod];
  return { cat, man, wh, p, all, assortmentId };
}

/**
 * Prices: a default list (B buys from it) and a cheaper list for A; A also has 10 % off the Tools category.
 * Products without an entry have no price. Amounts in grosze (PLN minor units).
 */
export async function seedPrices(em: EntityManager, cw: CatalogWorld, companies: { a: string; b: string }): Promise<void> {
  const c = em.getConnection();
  const std = randomUUID();
  const cheap = randomUUID();
  await c.execute(
    `insert into price_list (id, code, name, currency, prices_are_gross, is_default, updated_at) values
      (?, 'STD', 'Standard', 'PLN', false, true, now()), (?, 'CHEAP', 'Hurt', 'PLN', false, false, now())`,
    [std, cheap],
  );
  const entries: Array<[string, string, number]> = [
    [std, cw.p.drill, 50000],
    [std, cw.p.yellowCable, 1200],
    [std, cw.p.steelRod, 3000],
    [std, cw.p.hidden, 9900],
    [std, cw.p.screw, 15],
    [cheap, cw.p.drill, 40000],
    [cheap, cw.p.yellowCable, 1000],
    [cheap, cw.p.steelRod, 2500],
    [cheap, cw.p.hidden, 9000],
    [cheap, cw.p.screw, 10],
  ];
  for (const [list, product, amount] of entries) {
    await c.execute(`insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at) values (?, ?, ?, now())`, [
      list,
      product,
      amount,
    ]);
  }
  await c.execute(`insert into company_trade_terms (company_id, price_list_id, updated_at) values (?, ?, now()), (?, ?, now())`, [
    companies.a,
    cheap,
    companies.b,
    std,
  ]);
  await c.execute(
    `insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at) values (?, ?, 'category', ?, 1000, now())`,
    [randomUUID(), companies.a, cw.cat.tools],
  );
}

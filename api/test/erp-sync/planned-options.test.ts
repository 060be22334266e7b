import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERP_ENTITIES } from '../../src/modules/erp-sync/erp-connector';
import { loadDemoSeed, sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

/** Planned deliveries and characteristic options, from the demo ERP to the tables the catalog reads. */
describe('planned deliveries and characteristic options through the sync', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  const sync = (e: (typeof ERP_ENTITIES)[number]) => app.core.services.erpSync.syncEntity(app.ctx(), e, { batchSize: 100 });
  const syncCatalog = async () => {
    const out: Record<string, { changed: number }> = {};
    for (const e of ['categories', 'characteristics', 'warehouses', 'products', 'stock'] as const) out[e] = await sync(e);
    return out;
  };
  const deliveries = (productErpId: string) =>
    sql<{ w: string; d: string; q: string; erp_id: string }>(
      app.core,
      `select w.erp_id w, to_char(d.expected_on, 'YYYY-MM-DD') d, d.quantity::text q, d.erp_id from stock_delivery d
         join product p on p.id = d.product_id join warehouse w on w.id = d.warehouse_id where p.erp_id = $1 order by d.expected_on`,
      [productErpId],
    );
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    erp = await startTestErp();
    app = await startErpApp({ erpUrl: erp.url });
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('imports translated options and planned deliveries; a rerun rewrites none of them', async () => {
    const first = await syncCatalog();
    expect(first.characteristics.changed).toBe(2);
    const options = await sql<{ code: string; names: Record<string, string>; position: number; erp_id: string }>(
      app.core,
      `select o.code, o.names, o.position, o.erp_id from characteristic_option o join characteristic c on c.id = o.characteristic_id
        where c.erp_id = 'CH-COLOR' order by o.position`,
    );
    expect(options).toEqual([
      { code: 'szary', names: { pl: 'szary', en: 'grey', de: 'grau', ru: 'серый' }, position: 0, erp_id: 'CH-COLOR:szary' },
      { code: 'bialy', names: { pl: 'biały', en: 'white', de: 'weiß', ru: 'белый' }, position: 1, erp_id: 'CH-COLOR:bialy' },
      { code: 'czarny', names: { pl: 'czarny', en: 'black', de: 'schwarz', ru: 'чёрный' }, position: 2, erp_id: 'CH-COLOR:czarny' },
    ]);
    const [color] = await sql<{ names: Record<string, string> }>(app.core, `select names from characteristic where erp_id = 'CH-COLOR'`);
    expect(color.names).toMatchObject({ pl: 'Kolor', en: 'Colour', de: 'Farbe' });
    // every tenth product has two deliveries planned at W-WAW
    const [n] = await sql<{ n: number }>(app.core, 'select count(*)::int n from stock_delivery');
    expect(n.n).toBe(48);
    expect((await deliveries('P-000010')).map((d) => [d.w, d.q])).toEqual([
      ['W-WAW', '30.000'],
      ['W-WAW', '100.000'],
    ]);

    // the catalog reads them: a product page shows the option's name and the planned deliveries
    const [p] = await sql<{ id: string }>(app.core, `select id::text from product where erp_id = 'P-000010'`);
    const token = await app.tokenFor(app.world.staffAdmin.id);
    const res = await app.gql<{
      product: { characteristics: Array<{ code: string; label: string }>; stock: Array<{ code: string; planned: any[] }> };
    }>(
      `query($id: ID!) { product(id: $id) { characteristics { code label } stock { code planned { expectedOn quantity } } } }`,
      { id: p.id },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.product.characteristics.find((c) => c.code === 'CH-COLOR')!.label).toBe('biały');
    const waw = res.data!.product.stock.find((s) => s.code === 'WAW')!;
    expect(waw.planned.map((d) => d.quantity)).toEqual([30, 100]);

    const snapshot = () =>
      sql<{ x: string }>(
        app.core,
        `select (select string_agg(xmin::text, ',' order by id) from stock_delivery) || '|' ||
                (select string_agg(xmin::text, ',' order by id) from characteristic_option) || '|' ||
                (select string_agg(xmin::text, ',' order by id) from characteristic) || '|' ||
                (select string_agg(xmin::text, ',' order by id) from stock) as x`,
      );
    const before = await snapshot();
    const again = await syncCatalog();
    expect(again.characteristics.changed).toBe(0);
    expect(again.stock.changed).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('a changed plan rewrites only its own deliveries; an emptied one removes them; a changed option list follows', async () => {
    await syncCatalog();
    const untouched = await deliveries('P-000020');
    await erp.admin.stock({ productErpId: 'P-000010', warehouseErpId: 'W-WAW', plannedDate: day(30), plannedQuantity: 7 });
    await erp.admin.stock({ productErpId: 'P-000030', warehouseErpId: 'W-WAW', clearPlanned: true });
    const { putRecords } = await loadDemoSeed();
    await putRecords(erp.pool, 'characteristics', [
      {
        erpId: 'CH-COLOR',
        name: 'Kolor',
        names: { en: 'Colour' },
        kind: 'enum',
        options: [
          { code: 'szary', names: { pl: 'szary', en: 'grey' }, position: 0 },
          { code: 'czerwony', names: { pl: 'czerwony', en: 'red' }, position: 1 },
        ],
      },
    ]);
    const run = await syncCatalog();
    expect(run.stock.changed).toBe(2);
    expect(run.characteristics.changed).toBe(1);
    const p10 = await deliveries('P-000010');
    expect(p10.map((d) => d.q)).toEqual(['30.000', '100.000', '7.000']);
    expect(p10[2]).toMatchObject({ d: day(30), w: 'W-WAW' });
    expect(await deliveries('P-000030')).toEqual([]);
    expect(await deliveries('P-000020')).toEqual(untouched);
    const options = await sql<{ code: string; en: string }>(
      app.core,
      `select o.code, o.names->>'en' en from characteristic_option o join characteristic c on c.id = o.characteristic_id
        where c.erp_id = 'CH-COLOR' order by o.position`,
    );
    expect(options).toEqual([
      { code: 'szary', en: 'grey' },
      { code: 'czerwony', en: 'red' },
    ]);
  });
});

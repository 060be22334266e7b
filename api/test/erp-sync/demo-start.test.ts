import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/config/orm';
import { seedDemo } from '../../src/seeders/demo';
import { createTestDatabase } from '../harness';
import { startTestErp, type DemoErp } from './erp-harness';

/** `npm start`: the demo ERP takes its catalog from Kontor's demo catalog (DEMO_ERP_CATALOG_FROM). */
describe('the demo ERP beside Kontor’s demo catalog', () => {
  let kontor: { url: string; drop: () => Promise<void> };
  let erp: DemoErp;
  beforeAll(async () => {
    kontor = await createTestDatabase();
    const orm = await MikroORM.init(ormOptions(kontor.url));
    try {
      await seedDemo(orm.em.fork());
    } finally {
      await orm.close(true);
    }
    erp = await startTestErp({ catalogFrom: kontor.url });
  });
  afterAll(async () => {
    await erp?.close();
    await kontor?.drop();
  });

  const records = (entity: string) =>
    erp.pool
      .query<{ erp_id: string; doc: Record<string, any> }>(`select erp_id, doc from erp_record where entity = $1 order by erp_id`, [entity])
      .then((r) => r.rows);

  it('gives its customers terms that name the price lists and categories it holds, those Kontor’s demo already uses', async () => {
    const lists = new Set((await records('priceLists')).map((r) => r.erp_id));
    const categories = new Set((await records('categories')).map((r) => r.erp_id));
    expect(lists.size).toBeGreaterThanOrEqual(2);
    const customers = await records('customers');
    const terms = await records('tradeTerms');
    expect(customers.length).toBe(3);
    expect(terms.length).toBe(2);
    for (const c of customers) expect(lists, c.erp_id).toContain(c.doc.priceListErpId);
    for (const t of terms) {
      expect(lists, t.erp_id).toContain(t.doc.priceListErpId);
      for (const d of t.doc.discounts) if (d.scope === 'category') expect(categories, t.erp_id).toContain(d.targetErpId);
    }
    // Budmax's terms as Kontor's demo has them: the wholesale list and the category discount of its demo data
    const { Client } = await import('pg');
    const k = new Client({ connectionString: kontor.url });
    await k.connect();
    try {
      const demo = await k.query<{ list: string; category: string }>(
        `select pl.erp_id as list, c.erp_id as category from company co join company_trade_terms t on t.company_id = co.id
           join price_list pl on pl.id = t.price_list_id join discount_rule d on d.company_id = co.id and d.scope = 'category'
           join category c on c.id = d.scope_id where co.erp_id = 'K-0001'`,
      );
      const budmax = terms.find((t) => t.doc.customerErpId === 'K-0001')!;
      expect(budmax.doc.priceListErpId).toBe(demo.rows[0].list);
      expect(budmax.doc.discounts).toEqual([{ scope: 'category', targetErpId: demo.rows[0].category, percentBp: 500 }]);
    } finally {
      await k.end();
    }
  });
});

import { withPgClient } from '../../src/modules/erp-sync/pg';
import type { ForeignIds } from '../access-matrix';
import type { TestApp } from '../harness';

/** Company B's invoice (with a PDF), payment and balance, for the access matrix: their texts carry "ERP-B". */
export async function seedInvoicesOfB(app: TestApp): Promise<ForeignIds> {
  const b = app.world.b.company.id;
  const now = app.clock.now();
  return withPgClient(app.core.orm.em.fork(), async (c) => {
    const inv = await c.query<{ id: string }>(
      `insert into invoice (id, erp_id, number, company_id, issued_at, due_at, currency, net_minor, gross_minor, paid_minor, has_pdf, content_hash, erp_modified_at, updated_at)
       values (gen_random_uuid(), 'ERP-B-FV-1', 'FV/ERP-B/1', $1, $2, $2, 'PLN', 1000, 1230, 0, true, 'x', $2, $2) returning id`,
      [b, now],
    );
    const pdf = Buffer.from('%PDF-1.4\n% ERP-B invoice\n%%EOF\n', 'latin1');
    await c.query(`insert into invoice_pdf (invoice_id, content, sha256, size, fetched_at) values ($1, $2, 'x', $3, $4)`, [
      inv.rows[0].id,
      pdf,
      pdf.length,
      now,
    ]);
    await c.query(
      `insert into payment (id, erp_id, company_id, invoice_erp_id, amount_minor, currency, paid_at, method, content_hash, updated_at)
       values (gen_random_uuid(), 'ERP-B-KP-1', $1, 'ERP-B-FV-1', 100, 'PLN', $2, 'ERP-B transfer', 'x', $2)`,
      [b, now],
    );
    await c.query(
      `insert into customer_balance (id, erp_id, company_id, currency, balance_minor, overdue_minor, credit_limit_minor, as_of, content_hash, updated_at)
       values (gen_random_uuid(), 'ERP-B', $1, 'PLN', 1130, 0, 5000, $2, 'x', $2)`,
      [b, now],
    );
    return { 'invoice.id': inv.rows[0].id, 'invoicePdf.id': inv.rows[0].id };
  });
}

import { createHash } from 'node:crypto';
import { canReachCompany, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { badInput, forbidden } from '../../common/errors';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../common/pagination';
import type { ErpConnector } from '../erp-sync/erp-connector';
import { asDate, withPgClient } from '../erp-sync/pg';

export type InvoiceStatus = 'open' | 'overdue' | 'paid';

export interface InvoiceRow {
  id: string;
  erpId: string;
  number: string;
  companyId: string;
  kontorReference: string | null;
  issuedAt: Date;
  dueAt: Date;
  currency: string;
  netMinor: number;
  grossMinor: number;
  paidMinor: number;
  hasPdf: boolean;
  pdfReady: boolean;
  status: InvoiceStatus;
  updatedAt: Date;
}

export interface InvoicePdfFile {
  invoiceId: string;
  filename: string;
  contentType: 'application/pdf';
  size: number;
  sha256: string;
  base64: string;
}

const SELECT = `
select i.id, i.erp_id as "erpId", i.number, i.company_id as "companyId", i.kontor_reference as "kontorReference",
       i.issued_at as "issuedAt", i.due_at as "dueAt", i.currency, i.net_minor::float8 as "netMinor", i.gross_minor::float8 as "grossMinor",
       i.paid_minor::float8 as "paidMinor", i.has_pdf as "hasPdf", (p.invoice_id is not null) as "pdfReady", i.updated_at as "updatedAt",
       case when i.paid_minor >= i.gross_minor then 'paid' when i.due_at < $1 then 'overdue' else 'open' end as status
  from invoice i left join invoice_pdf p on p.invoice_id = i.id`;

/**
 * Which company a question is about: a customer or API key always their own (an explicit other id is refused),
 * staff must name one they may reach.
 */
export function scopeCompany(ctx: Ctx, companyId: string | null | undefined): string {
  const own = ownCompanyId(ctx.actor);
  if (own) {
    if (companyId && companyId !== own) throw forbidden('You can only see your own company’s settlements.');
    return own;
  }
  if (!companyId) throw badInput('Name the customer: companyId is required for staff.');
  if (!canReachCompany(ctx.actor, companyId)) throw forbidden('This customer is not assigned to you.');
  return companyId;
}

const invoiceDates = (r: InvoiceRow): InvoiceRow => ({
  ...r,
  issuedAt: asDate(r.issuedAt),
  dueAt: asDate(r.dueAt),
  updatedAt: asDate(r.updatedAt),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Invoices the ERP issued, with their PDFs (DESIGN.md §3: ERP-mastered). Callers check invoices.view. */
export class InvoicesService {
  constructor(private readonly maxPageSize: number) {}

  async list(ctx: Ctx, args: PageArgs & { companyId?: string | null; status?: InvoiceStatus | null }): Promise<Page<InvoiceRow>> {
    const companyId = scopeCompany(ctx, args.companyId);
    const n = pageSize(args, this.maxPageSize);
    const [at, id] = args.after ? decodeCursor(args.after, 2) : [null, null];
    const rows = await withPgClient(ctx.em, (c) =>
      c.query<InvoiceRow>(
        `select * from (${SELECT} where i.company_id = $2 and i.deleted_at is null
            and ($3::timestamptz is null or (i.issued_at, i.id) < ($3::timestamptz, $4::uuid))) x
          where ($5::text is null or x.status = $5)
          order by "issuedAt" desc, id desc limit $6`,
        [ctx.clock.now(), companyId, at, id, args.status ?? null, n + 1],
      ),
    );
    return toPage(rows.rows.map(invoiceDates), n, (r) => [r.issuedAt.toISOString(), r.id]);
  }

  async get(ctx: Ctx, id: string): Promise<InvoiceRow | null> {
    if (!UUID.test(id)) return null;
    const rows = await withPgClient(ctx.em, (c) =>
      c.query<InvoiceRow>(`${SELECT} where i.id = $2 and i.deleted_at is null`, [ctx.clock.now(), id]),
    );
    const row = rows.rows[0] ? invoiceDates(rows.rows[0]) : undefined;
    // another company's invoice looks exactly like a missing one
    if (!row || !canReachCompany(ctx.actor, row.companyId)) return null;
    return row;
  }

  async pdf(ctx: Ctx, id: string): Promise<InvoicePdfFile | null> {
    const inv = await this.get(ctx, id);
    if (!inv) return null;
    const rows = await withPgClient(ctx.em, (c) =>
      c.query<{ content: Buffer; sha256: string; size: number }>('select content, sha256, size from invoice_pdf where invoice_id = $1', [
        id,
      ]),
    );
    const f = rows.rows[0];
    if (!f) return null;
    return {
      invoiceId: id,
      filename: `${inv.number.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`,
      contentType: 'application/pdf',
      size: f.size,
      sha256: f.sha256,
      base64: f.content.toString('base64'),
    };
  }

  /** Worker side: fetches PDFs the ERP has and Kontor does not yet; one bad PDF does not stop the rest. */
  async fetchMissingPdfs(ctx: Ctx, connector: ErpConnector, limit = 200): Promise<{ fetched: number; failed: number }> {
    const missing = await withPgClient(ctx.em, (c) =>
      c.query<{ id: string; erp_id: string }>(
        `select i.id, i.erp_id from invoice i where i.has_pdf and i.deleted_at is null
            and not exists (select 1 from invoice_pdf p where p.invoice_id = i.id) order by i.issued_at desc limit $1`,
        [limit],
      ),
    );
    let fetched = 0;
    let failed = 0;
    for (const row of missing.rows) {
      try {
        const pdf = await connector.fetchInvoicePdf(row.erp_id);
        await withPgClient(ctx.em, (c) =>
          c.query(
            `insert into invoice_pdf (invoice_id, content, sha256, size, fetched_at) values ($1, $2, $3, $4, $5)
             on conflict (invoice_id) do update set content = excluded.content, sha256 = excluded.sha256, size = excluded.size, fetched_at = excluded.fetched_at`,
            [row.id, pdf, createHash('sha256').update(pdf).digest('hex'), pdf.length, ctx.clock.now()],
          ),
        );
        fetched++;
      } catch (err) {
        failed++;
        ctx.log.warn({ invoice: row.erp_id, err: (err as Error).message }, 'invoice PDF not fetched');
      }
    }
    return { fetched, failed };
  }
}

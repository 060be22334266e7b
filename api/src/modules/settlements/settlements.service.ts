import type { Ctx } from '../../common/context';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../common/pagination';
import { asDate, withPgClient } from '../erp-sync/pg';
import { scopeCompany } from '../invoices/invoices.service';

export interface SettlementSummary {
  companyId: string;
  currency: string;
  /** Positive: the customer owes. */
  balanceMinor: number;
  overdueMinor: number;
  overdueInvoices: number;
  openInvoices: number;
  creditLimitMinor: number | null;
  creditUsedMinor: number;
  creditAvailableMinor: number | null;
  /** When the ERP stated the balance; null when it never did. */
  asOf: Date | null;
}

export interface PaymentRow {
  id: string;
  erpId: string;
  companyId: string;
  invoiceErpId: string | null;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  paidAt: Date;
  method: string;
}

/** Balance, credit-limit use, overdue invoices and payments (ERP-mastered). Callers check settlements.view. */
export class SettlementsService {
  constructor(private readonly maxPageSize: number) {}

  async summary(ctx: Ctx, companyIdArg?: string | null): Promise<SettlementSummary> {
    const companyId = scopeCompany(ctx, companyIdArg);
    return withPgClient(ctx.em, async (c) => {
      const r = await c.query<{
        currency: string | null;
        balance: string | null;
        overdue: string | null;
        credit: string | null;
        as_of: Date | null;
        overdue_n: number;
        open_n: number;
        overdue_sum: string;
        open_sum: string;
      }>(
        `select b.currency, b.balance_minor as balance, b.overdue_minor as overdue, b.credit_limit_minor as credit, b.as_of,
                (select count(*)::int from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < $2) as overdue_n,
                (select count(*)::int from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at >= $2) as open_n,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < $2) as overdue_sum,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor) as open_sum
           from (select 1) one left join customer_balance b on b.company_id = $1`,
        [companyId, ctx.clock.now()],
      );
      const row = r.rows[0];
      // the ERP's stated balance wins; without one, Kontor's own view of unpaid invoices stands in
      const balance = row.balance !== null ? Number(row.balance) : Number(row.open_sum);
      const overdue = row.overdue !== null ? Number(row.overdue) : Number(row.overdue_sum);
      const credit = row.credit === null ? null : Number(row.credit);
      const used = Math.max(0, balance);
      return {
        companyId,
        currency: row.currency ?? 'PLN',
        balanceMinor: balance,
        overdueMinor: overdue,
        overdueInvoices: row.overdue_n,
        openInvoices: row.open_n,
        creditLimitMinor: credit,
        creditUsedMinor: used,
        creditAvailableMinor: credit === null ? null : credit - used,
        asOf: asDate(row.as_of),
      };
    });
  }

  async payments(ctx: Ctx, args: PageArgs & { companyId?: string | null }): Promise<Page<PaymentRow>> {
    const companyId = scopeCompany(ctx, args.companyId);
    const n = pageSize(args, this.maxPageSize);
    const [at, id] = args.after ? decodeCursor(args.after, 2) : [null, null];
    const rows = await withPgClient(ctx.em, (c) =>
      c.query<PaymentRow>(
        `select p.id, p.erp_id as "erpId", p.company_id as "companyId", p.invoice_erp_id as "invoiceErpId", i.number as "invoiceNumber",
                p.amount_minor::float8 as "amountMinor", p.currency, p.paid_at as "paidAt", p.method
           from payment p left join invoice i on i.erp_id = p.invoice_erp_id and i.company_id = p.company_id
          where p.company_id = $1 and ($2::timestamptz is null or (p.paid_at, p.id) < ($2::timestamptz, $3::uuid))
          order by p.paid_at desc, p.id desc limit $4`,
        [companyId, at, id, n + 1],
      ),
    );
    return toPage(
      rows.rows.map((r) => ({ ...r, paidAt: asDate(r.paidAt) })),
      n,
      (r) => [r.paidAt.toISOString(), r.id],
    );
  }
}

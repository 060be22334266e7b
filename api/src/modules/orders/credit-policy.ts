import type { Ctx } from '../../common/context';
import { ok, type Outcome } from './orders.common';
import type { OrdersOptions } from './orders.options';

export interface CreditStanding {
  currency: string;
  /** What the customer owes now (ERP balance, or Kontor's view of unpaid invoices). */
  balanceMinor: number;
  overdueMinor: number;
  creditLimitMinor: number | null;
  /** Kontor orders not yet acknowledged by the ERP (they are not in its balance yet). */
  pendingMinor: number;
}

/** What orders need to know about a customer's credit. The settlements module masters the figures. */
export interface CreditPolicyPort {
  standing(ctx: Ctx, companyId: string): Promise<CreditStanding>;
}

/**
 * The default: one statement over the settlements tables (`customer_balance`, `invoice`) and the orders the
 * ERP has not acknowledged yet. A company without a stated balance or limit has no limit.
 */
export class SqlCreditPolicy implements CreditPolicyPort {
  async standing(ctx: Ctx, companyId: string): Promise<CreditStanding> {
    const [row]: Array<{
      currency: string | null;
      balance: string | null;
      overdue: string | null;
      credit: string | null;
      open_sum: string;
      overdue_sum: string;
      pending: string;
    }> = await ctx.em.getConnection().execute(
      `select b.currency, b.balance_minor as balance, b.overdue_minor as overdue, b.credit_limit_minor as credit,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i
                  where i.company_id = ? and i.deleted_at is null and i.paid_minor < i.gross_minor) as open_sum,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i
                  where i.company_id = ? and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < ?) as overdue_sum,
                (select coalesce(sum(o.gross_minor), 0) from sales_order o
                  where o.company_id = ? and o.status = 'new' and o.kind = 'order') as pending
           from (select 1) one left join customer_balance b on b.company_id = ?`,
      [companyId, companyId, ctx.clock.now(), companyId, companyId],
    );
    return {
      currency: row.currency ?? 'PLN',
      balanceMinor: row.balance !== null ? Number(row.balance) : Number(row.open_sum),
      overdueMinor: row.overdue !== null ? Number(row.overdue) : Number(row.overdue_sum),
      creditLimitMinor: row.credit === null ? null : Number(row.credit),
      pendingMinor: Number(row.pending),
    };
  }
}

/**
 * The credit and overdue policies for an order whose gross total becomes `grossMinor`: a new order
 * (`previousGrossMinor` null) or one changed from `previousGrossMinor` (which the pending sum already counts). A
 * blocking policy refuses a new order, and a changed one only when it grows; otherwise what is wrong comes back as
 * one warning (null: nothing).
 */
export async function creditVerdict(
  ctx: Ctx,
  credit: CreditPolicyPort,
  policy: Pick<OrdersOptions, 'creditPolicy' | 'overduePolicy'>,
  companyId: string,
  grossMinor: number,
  previousGrossMinor: number | null = null,
): Promise<Outcome<string | null>> {
  const blocks = previousGrossMinor === null || grossMinor > previousGrossMinor;
  const st = await credit.standing(ctx, companyId);
  const warnings: string[] = [];
  if (policy.overduePolicy !== 'off' && st.overdueMinor > 0) {
    const message = `The customer has overdue invoices (${st.overdueMinor / 100} ${st.currency}).`;
    if (policy.overduePolicy === 'block' && blocks)
      return { kind: 'overdueInvoices', message, overdueMinor: st.overdueMinor, currency: st.currency };
    warnings.push(message);
  }
  const exposure = st.balanceMinor + st.pendingMinor - (previousGrossMinor ?? 0) + grossMinor;
  if (policy.creditPolicy !== 'off' && st.creditLimitMinor !== null && exposure > st.creditLimitMinor) {
    const message = `The order would take the customer over its credit limit (${exposure / 100} of ${st.creditLimitMinor / 100} ${st.currency}).`;
    if (policy.creditPolicy === 'block' && blocks) {
      return { kind: 'creditLimit', message, limitMinor: st.creditLimitMinor, exposureMinor: exposure, currency: st.currency };
    }
    warnings.push(message);
  }
  return ok(warnings.length ? warnings.join(' ') : null);
}

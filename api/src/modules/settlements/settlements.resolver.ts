import { Arg, Args, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { toMoney } from '../../graphql/money';
import { Policy } from '../../graphql/policy';
import type { SettlementsService } from './settlements.service';
import { PaymentConnection, PaymentsArgs, SettlementsType } from './settlements.types';

@Resolver()
export class SettlementsResolver {
  constructor(private readonly service: SettlementsService) {}

  @Policy({ permissions: ['settlements.view'] })
  @Query(() => SettlementsType, { description: 'Balance, overdue and credit-limit use of the company (staff: of a customer they serve).' })
  async settlements(
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
  ): Promise<SettlementsType> {
    const s = await this.service.summary(ctx, companyId);
    return {
      companyId: s.companyId,
      balance: toMoney(s.balanceMinor, s.currency),
      overdue: toMoney(s.overdueMinor, s.currency),
      overdueInvoices: s.overdueInvoices,
      openInvoices: s.openInvoices,
      creditLimit: s.creditLimitMinor === null ? null : toMoney(s.creditLimitMinor, s.currency),
      creditUsed: toMoney(s.creditUsedMinor, s.currency),
      creditAvailable: s.creditAvailableMinor === null ? null : toMoney(s.creditAvailableMinor, s.currency),
      asOf: s.asOf,
    };
  }

  @Policy({ permissions: ['settlements.view'] })
  @Query(() => PaymentConnection, { description: 'Payments of the company, newest first.' })
  async payments(@Args() args: PaymentsArgs, @Context() ctx: Ctx) {
    return toConnection(await this.service.payments(ctx, args), (p) => ({
      id: p.id,
      erpId: p.erpId,
      amount: toMoney(p.amountMinor, p.currency),
      paidAt: p.paidAt,
      method: p.method,
      invoiceNumber: p.invoiceNumber,
    }));
  }
}

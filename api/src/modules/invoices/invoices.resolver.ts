import { Arg, Args, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { toMoney } from '../../graphql/money';
import { Policy } from '../../graphql/policy';
import type { InvoiceRow, InvoicesService } from './invoices.service';
import { InvoiceConnection, InvoicePdfType, InvoicesArgs, InvoiceStatusEnum, InvoiceType } from './invoices.types';

export const toInvoice = (r: InvoiceRow): InvoiceType => ({
  id: r.id,
  erpId: r.erpId,
  number: r.number,
  companyId: r.companyId,
  orderReference: r.kontorReference,
  issuedAt: r.issuedAt,
  dueAt: r.dueAt,
  net: toMoney(r.netMinor, r.currency),
  gross: toMoney(r.grossMinor, r.currency),
  paid: toMoney(r.paidMinor, r.currency),
  outstanding: toMoney(Math.max(0, r.grossMinor - r.paidMinor), r.currency),
  status: r.status as InvoiceStatusEnum,
  pdfAvailable: r.pdfReady,
});

@Resolver()
export class InvoicesResolver {
  constructor(private readonly service: InvoicesService) {}

  @Policy({ permissions: ['invoices.view'] })
  @Query(() => InvoiceConnection, { description: 'Invoices of the company (staff: of a customer they serve), newest first.' })
  async invoices(@Args() args: InvoicesArgs, @Context() ctx: Ctx) {
    return toConnection(await this.service.list(ctx, args), toInvoice);
  }

  @Policy({ permissions: ['invoices.view'] })
  @Query(() => InvoiceType, { nullable: true })
  async invoice(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    const r = await this.service.get(ctx, id);
    return r ? toInvoice(r) : null;
  }

  @Policy({ permissions: ['invoices.view'] })
  @Query(() => InvoicePdfType, {
    nullable: true,
    description: 'The invoice’s PDF; null when unknown, not yours, or not fetched from the ERP yet.',
  })
  async invoicePdf(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    return this.service.pdf(ctx, id);
  }
}

import { canReachCompany, hasPermission, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { KontorError } from '../../common/errors';
import { catalogLocale, type CatalogLocale } from './i18n';

/**
 * Whom a catalog answer is for: the company whose assortment and prices apply (the actor's own; for staff an
 * optional company they may act for, or none: the whole catalog at list prices), and what the actor may see.
 */
export interface Audience {
  companyId: string | null;
  locale: CatalogLocale;
  prices: boolean;
  stock: boolean;
  /** The ERP's stock figures are older than the staleness limit: numbers are hidden, the as-of time is shown. */
  stockStale: boolean;
}

/** Whether the ERP's stock is too old to show numbers (DESIGN.md §7); wired to the ERP sync's freshness guard. */
export type StockFreshness = (now: Date) => Promise<{ hidden: boolean }>;

/** audienceOf, with the stock staleness mark read when the actor may see stock at all. */
export async function audienceFor(ctx: Ctx, companyId: string | null | undefined, freshness: StockFreshness | null): Promise<Audience> {
  const aud = audienceOf(ctx, companyId);
  if (aud.stock && freshness) aud.stockStale = (await freshness(ctx.clock.now())).hidden;
  return aud;
}

export function audienceOf(ctx: Ctx, companyId?: string | null): Audience {
  const own = ownCompanyId(ctx.actor);
  let company: string | null = own;
  if (companyId) {
    if (own ? companyId !== own : !canReachCompany(ctx.actor, companyId)) {
      throw new KontorError('NOT_FOUND', 'That company was not found among the companies you may act for.');
    }
    company = companyId;
  }
  return {
    companyId: company,
    locale: catalogLocale(ctx.locale),
    prices: hasPermission(ctx.actor, 'prices.view'),
    stock: hasPermission(ctx.actor, 'stock.view'),
    stockStale: false,
  };
}

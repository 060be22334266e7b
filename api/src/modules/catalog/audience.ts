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
  };
}

import { Arg, Ctx as Context, Float, ID, Query, Resolver } from 'type-graphql';
import { canReachCompany, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { Policy } from '../../graphql/policy';
import type { PricingService } from './pricing.service';
import { ProductPriceType, toCustomerPriceType } from './pricing.types';

/** The most products one `prices` query may ask for. */
export const MAX_PRICE_BATCH = 200;
/** The largest quantity one may ask a price for. */
export const MAX_QUANTITY = 1_000_000_000;

@Resolver()
export class PricingResolver {
  constructor(private readonly pricing: PricingService) {}

  @Policy({ permissions: ['prices.view'] })
  @Query(() => [ProductPriceType], {
    description: `Customer prices for up to ${MAX_PRICE_BATCH} products at one quantity. Unknown products are absent. Customers and API keys always get their own company's prices (companyId is ignored); staff may name a company they may act for, or none for the default price list.`,
  })
  async prices(
    @Arg('productIds', () => [ID]) productIds: string[],
    @Arg('quantity', () => Float, { defaultValue: 1, description: 'Units (may be fractional for metres, kilograms; up to 3 decimals).' })
    quantity: number,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
  ): Promise<ProductPriceType[]> {
    if (productIds.length > MAX_PRICE_BATCH)
      throw badInput(`Ask for at most ${MAX_PRICE_BATCH} products at once, not ${productIds.length}.`);
    if (!Number.isFinite(quantity) || quantity <= 0 || quantity > MAX_QUANTITY || Math.round(quantity * 1000) / 1000 !== quantity) {
      throw badInput(`The quantity must be a positive number up to ${MAX_QUANTITY} with at most 3 decimals.`);
    }
    let company: string | null = ownCompanyId(ctx.actor);
    if (!company && companyId != null) {
      if (!canReachCompany(ctx.actor, companyId)) throw notFound('The company');
      company = companyId;
    }
    const prices = await this.pricing.pricesForProductIds(ctx, company, productIds, quantity);
    return prices.map((p) => ({ productId: p.productId, price: toCustomerPriceType(p) }));
  }
}

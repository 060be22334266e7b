import type { Ctx } from '../../common/context';

/**
 * What the pricing module offers the rest of Kontor (catalog, baskets, orders). Money inside Kontor is an
 * integer number of minor units plus an ISO 4217 currency; it never passes through a float.
 */

/** What pricing needs to know about a product; the catalog owns these facts. */
export interface ProductPricingRef {
  productId: string;
  /** The product's category and every ancestor of it, any order. */
  categoryIds: readonly string[];
  manufacturerId: string | null;
  /** VAT rate in basis points: 2300 = 23 %. */
  vatRateBp: number;
}

/** A customer's price for one product at one quantity, with the rule that produced it. */
export interface CustomerPrice {
  productId: string;
  quantity: number;
  currency: string;
  /** The price-list price per unit, net, before any rule. */
  listNetMinor: number;
  /** The customer's price per unit. */
  unitNetMinor: number;
  unitGrossMinor: number;
  vatRateBp: number;
  /** Which rule won: 'list', 'individual', 'tier', 'discount:product', 'discount:category', 'discount:manufacturer', 'promotion', … */
  rule: string;
  /** The steps, for people ("list 120.00 PLN net; category discount 10 % → 108.00"). */
  explanation: string[];
}

export interface PricingPort {
  /**
   * Customer prices for products at a quantity (one for all, or per product). Products without a price on
   * the company's price list are absent from the map. The caller must already have checked `prices.view`.
   */
  pricesFor(
    ctx: Ctx,
    companyId: string | null,
    products: readonly ProductPricingRef[],
    quantity?: number | ReadonlyMap<string, number>,
  ): Promise<Map<string, CustomerPrice>>;
}

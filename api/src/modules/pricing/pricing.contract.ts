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
  /**
   * Optional: the same categories ordered root … leaf. With it, the deepest matching category discount wins;
   * without it categories have no depth and the largest matching category discount wins (see price-engine.ts).
   */
  categoryPath?: readonly string[];
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
  /**
   * Which rule won: 'list', 'individual', 'discount:product', 'discount:category', 'discount:manufacturer',
   * 'discount:all', 'tier' or 'promotion' (precedence and rounding: price-engine.ts).
   */
  rule: string;
  /** The steps, for people ("list 120.00 PLN net; category discount 10 % → 108.00"). */
  explanation: string[];
  /** The id of the winning discount rule, tier or promotion; null for list and individual prices. */
  ruleRef?: string | null;
  /** The unit net price before a manual discount (equals unitNetMinor without one). */
  ruleNetMinor?: number;
  /** What a sales rep's manual discount took off per unit, net (0 without one). */
  manualDiscountMinor?: number;
}

/** A sales rep's manual discount for one product, per unit net; capped by the company's trade terms. */
export type ManualDiscountRequest = { kind: 'percent'; percentBp: number } | { kind: 'amount'; amountMinor: number };

export interface PricesForOptions {
  /** Price at this moment instead of ctx.clock.now() (e.g. an order's date). */
  at?: Date;
  /**
   * Manual discounts by product id. Honoured only for a staff actor holding `staff.discounts.grant` who can
   * reach the company; capped at the company's `manualDiscountCapBp` (or the service default).
   */
  manualDiscounts?: ReadonlyMap<string, ManualDiscountRequest>;
  /** false: leave `explanation` empty — faster when sorting or filtering many products by price. */
  explain?: boolean;
}

/**
 * Prices read in the statement that reads the products (a catalog page): `sql` is a scalar json expression —
 * the rules for the company and the products, as pricesFor would read them in a statement of its own — with its
 * values in `params`, to be placed where its `?` placeholders take them in order; `price` runs the engine over
 * the products with the value that expression returned. The access checks of pricesFor have already run.
 */
export interface EmbeddedPricing {
  sql: string;
  params: unknown[];
  price(products: readonly ProductPricingRef[], rules: unknown): Map<string, CustomerPrice>;
}

export interface PricingPort {
  /**
   * The rules of pricesFor as an expression for the caller's own statement, over the products the SQL expressions
   * `productIds` and `scopeIds` (uuid[]: the products; their categories and manufacturers) name there: the page and
   * its prices in one round trip. Same checks as pricesFor.
   */
  embedded(ctx: Ctx, companyId: string | null, over: { productIds: string; scopeIds: string }, options?: PricesForOptions): EmbeddedPricing;

  /**
   * Customer prices for products at a quantity (one for all, or per product). Products without a price on
   * the company's price list are absent from the map. The caller must already have checked `prices.view`.
   */
  pricesFor(
    ctx: Ctx,
    companyId: string | null,
    products: readonly ProductPricingRef[],
    quantity?: number | ReadonlyMap<string, number>,
    options?: PricesForOptions,
  ): Promise<Map<string, CustomerPrice>>;
}

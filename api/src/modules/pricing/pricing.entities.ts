import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  BigIntType,
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Company } from '../accounts/company.entity';

/*
 * Price lists, trade terms, tiers and promotions. The ERP masters all of them (DESIGN.md §3): the ERP sync
 * upserts these rows by `erp_id` (or by their natural key where the ERP sends them inside a parent record)
 * and keeps `content_hash` to skip unchanged records. Products, categories and manufacturers are referenced
 * by uuid columns only, with no foreign key into the catalog: pricing is its own module.
 *
 * Money: `*_minor` columns are integer minor units (bigint) of the row's currency. Rates: `*_bp` in basis
 * points (2300 = 23 %). The hot path (PricingService.pricesFor) reads everything for one company and up to a
 * few hundred products in a single SQL statement; the indexes below serve exactly its lookups.
 *
 * Where the ERP's canonical records (erp-sync/erp-connector.ts) land:
 * - ErpPriceList → price_list by erp_id (code = erpId unless the ERP has a code; `is_default` is a deployment
 *   choice: the list for companies without one).
 * - ErpPrice with minQuantity ≤ 1 → price_list_entry by erp_id (amount_minor = netMinor); with minQuantity > 1
 *   → volume_tier by erp_id with price_list_id set and company_id null.
 * - ErpCustomer.priceListErpId / ErpTradeTerms → company_trade_terms by company (erp_id = the terms' erpId);
 *   the terms' discounts REPLACE the company's discount_rule rows (scope 'all' has scope_id null; one row per
 *   (scope, scope_id): keep the larger percent when the ERP sends two); individualPrices with minQuantity ≤ 1
 *   replace individual_price rows, those with minQuantity > 1 replace the company's volume_tier rows that have
 *   no erp_id.
 * - ErpPromotion → promotion by erp_id: productErpIds / categoryErpIds → product_ids / category_ids,
 *   customerErpIds → company_ids (null or absent: everyone), validFrom inclusive, validTo exclusive; a tombstone
 *   sets active = false.
 * Nothing in pricing is cached, so no event is needed for prices to change at once.
 */

/** A price list: one price per product, in one currency, net or gross. Exactly one may be the default. */
@Entity({ tableName: 'price_list' })
@Index({
  name: 'price_list_single_default',
  expression: 'create unique index "price_list_single_default" on "price_list" ("is_default") where "is_default"',
})
export class PriceList {
  [OptionalProps]?: 'erpId' | 'pricesAreGross' | 'isDefault' | 'contentHash' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** ISO 4217. */
  @Property({ type: 'text' })
  currency!: string;

  /** The entries are gross amounts (VAT included); the engine derives the net (price-engine.ts). */
  @Property({ type: 'boolean', default: false })
  pricesAreGross: boolean = false;

  /** The list for companies without trade terms, and for staff pricing without a company. */
  @Property({ type: 'boolean', default: false })
  isDefault: boolean = false;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A product's price on a list, per unit, from quantity 1 (list-level tiers live in VolumeTier). */
@Entity({ tableName: 'price_list_entry' })
@Check({ name: 'price_list_entry_amount_check', expression: '"amount_minor" >= 0' })
export class PriceListEntry {
  [PrimaryKeyProp]?: ['priceList', 'productId'];
  [OptionalProps]?: 'erpId' | 'contentHash' | 'updatedAt';

  @ManyToOne(() => PriceList, { primary: true, deleteRule: 'cascade' })
  priceList!: PriceList;

  /** The catalog's product id (no foreign key). */
  @PrimaryKey({ type: 'uuid' })
  productId!: string;

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  /** Net, or gross when the list's `pricesAreGross`. */
  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** Which price list a company buys from, and the limits of its terms. One row per company. */
@Entity({ tableName: 'company_trade_terms' })
export class CompanyTradeTerms {
  [PrimaryKeyProp]?: 'company';
  [OptionalProps]?: 'erpId' | 'priceList' | 'manualDiscountCapBp' | 'paymentTermDays' | 'contentHash' | 'updatedAt';

  @ManyToOne(() => Company, { primary: true, deleteRule: 'cascade' })
  company!: Company;

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  /** Null: the default price list. */
  @ManyToOne(() => PriceList, { nullable: true, deleteRule: 'set null' })
  @Index()
  priceList: PriceList | null = null;

  /** The most a sales rep may take off manually, in basis points of the customer's price; null: the service default. */
  @Property({ type: 'integer', nullable: true })
  manualDiscountCapBp: number | null = null;

  @Property({ type: 'integer', nullable: true })
  paymentTermDays: number | null = null;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

export type DiscountRuleScope = 'product' | 'category' | 'manufacturer' | 'all';

/** A company's % discount on a product, a category (and everything below it), a manufacturer, or everything. */
@Entity({ tableName: 'discount_rule' })
@Unique({ properties: ['company', 'scope', 'scopeId'] })
@Check({ name: 'discount_rule_percent_check', expression: '"percent_bp" >= 0 and "percent_bp" <= 10000' })
@Check({
  name: 'discount_rule_scope_check',
  expression: `("scope" = 'all' and "scope_id" is null) or ("scope" = any (array['product', 'category', 'manufacturer']) and "scope_id" is not null)`,
})
export class DiscountRule {
  [OptionalProps]?: 'scopeId' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Company;

  @Property({ type: 'text' })
  scope!: DiscountRuleScope;

  /** Product, category or manufacturer id (catalog's, no foreign key); null for scope 'all'. */
  @Property({ type: 'uuid', nullable: true })
  scopeId: string | null = null;

  @Property({ type: 'integer' })
  percentBp!: number;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A company's negotiated unit net price for a product, from quantity 1 (higher thresholds: VolumeTier). */
@Entity({ tableName: 'individual_price' })
@Check({ name: 'individual_price_net_check', expression: '"net_minor" >= 0' })
export class IndividualPrice {
  [PrimaryKeyProp]?: ['company', 'productId'];
  [OptionalProps]?: 'updatedAt';

  @ManyToOne(() => Company, { primary: true, deleteRule: 'cascade' })
  company!: Company;

  @PrimaryKey({ type: 'uuid' })
  productId!: string;

  @Property({ type: new BigIntType('number') })
  netMinor!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/**
 * A quantity break for a product: from `minQuantity` units on, a unit net price or a % off the list.
 * - company set: the company's own tier (replaces the global tiers of the product for that company);
 * - company null, price list set: a tier of that price list (the ERP's price entries with a minimum quantity);
 * - both null: a tier for everyone.
 */
@Entity({ tableName: 'volume_tier' })
@Index({ properties: ['productId', 'company'] })
@Check({ name: 'volume_tier_min_quantity_check', expression: '"min_quantity" > 0' })
@Check({
  name: 'volume_tier_price_check',
  expression:
    '("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000',
})
export class VolumeTier {
  [OptionalProps]?: 'erpId' | 'company' | 'priceList' | 'netMinor' | 'percentBp' | 'currency' | 'contentHash' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @ManyToOne(() => Company, { nullable: true, deleteRule: 'cascade' })
  company: Company | null = null;

  @ManyToOne(() => PriceList, { nullable: true, deleteRule: 'cascade' })
  priceList: PriceList | null = null;

  @Property({ type: 'uuid' })
  productId!: string;

  /** Inclusive threshold, in the product's unit (up to 3 decimals). */
  @Property({ type: 'decimal', precision: 14, scale: 3 })
  minQuantity!: string;

  @Property({ type: new BigIntType('number'), nullable: true })
  netMinor: number | null = null;

  @Property({ type: 'integer', nullable: true })
  percentBp: number | null = null;

  /** Currency of `netMinor`; null: the price list's. */
  @Property({ type: 'text', nullable: true })
  currency: string | null = null;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/**
 * A promotion: a % off the list or a fixed unit net price, in force from `validFrom` (inclusive) to `validTo`
 * (exclusive), for the products it names (by product, category subtree or manufacturer; none named: all),
 * for the companies it names (null: everyone).
 */
@Entity({ tableName: 'promotion' })
@Index({ properties: ['active', 'validTo'] })
@Check({
  name: 'promotion_price_check',
  expression:
    '("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000',
})
export class Promotion {
  [OptionalProps]?:
    | 'erpId'
    | 'validFrom'
    | 'validTo'
    | 'companyIds'
    | 'productIds'
    | 'categoryIds'
    | 'manufacturerIds'
    | 'percentBp'
    | 'netMinor'
    | 'currency'
    | 'beatsIndividual'
    | 'active'
    | 'contentHash'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'timestamptz', nullable: true })
  validFrom: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  validTo: Date | null = null;

  /** The companies it is for; null: every company (and pricing without a company). */
  @Property({ type: ArrayType, columnType: 'uuid[]', nullable: true })
  companyIds: string[] | null = null;

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  productIds: string[] = [];

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  categoryIds: string[] = [];

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  manufacturerIds: string[] = [];

  @Property({ type: 'integer', nullable: true })
  percentBp: number | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  netMinor: number | null = null;

  /** Currency of `netMinor`; null: the price list's. */
  @Property({ type: 'text', nullable: true })
  currency: string | null = null;

  /** May beat a company's individual price (when lower). */
  @Property({ type: 'boolean', default: false })
  beatsIndividual: boolean = false;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

export const PRICING_ENTITIES = [PriceList, PriceListEntry, CompanyTradeTerms, DiscountRule, IndividualPrice, VolumeTier, Promotion];

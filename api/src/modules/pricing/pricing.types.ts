import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RequiresPermission } from '../../graphql/field-guard';
import { Money, toMoney } from '../../graphql/money';
import { formatBasisPoints } from './currency';
import type { CustomerPrice } from './pricing.contract';

/**
 * A customer's price on the wire. Every field is a price: a type embedding it (e.g. a product's `price`)
 * must put `@RequiresPermission('prices.view')` on that field, and its service must not compute it for actors
 * without prices.view.
 */
@ObjectType('CustomerPrice', {
  description: 'A customer’s unit price for a product at a quantity, net and gross, with the rule that produced it (needs prices.view).',
  simpleResolvers: true,
})
export class CustomerPriceType {
  @Field(() => Float, { description: 'The quantity the price is for (tiers depend on it).' }) quantity!: number;
  @Field(() => Money, { description: 'The customer’s unit price, net.' }) unitNet!: Money;
  @Field(() => Money, { description: 'The customer’s unit price, gross (net plus VAT, rounded half-up).' }) unitGross!: Money;
  @Field(() => Money, { description: 'The price-list unit price, net, before any rule.' }) listNet!: Money;
  @Field(() => String, { description: 'VAT rate in percent, decimal text ("23", "5.5").' }) vatRate!: string;
  @Field(() => String, {
    description:
      'The rule that won: list, individual, discount:product, discount:category, discount:manufacturer, discount:all, tier or promotion.',
  })
  rule!: string;
  @Field(() => [String], { description: 'The steps that led to the price, for people.' }) explanation!: string[];
}

@ObjectType('ProductPrice', { description: 'A product’s customer price (needs prices.view).' })
export class ProductPriceType {
  @Field(() => ID) productId!: string;

  @RequiresPermission('prices.view')
  @Field(() => CustomerPriceType)
  price!: CustomerPriceType;
}

export function toCustomerPriceType(p: CustomerPrice): CustomerPriceType {
  return {
    quantity: p.quantity,
    unitNet: toMoney(p.unitNetMinor, p.currency),
    unitGross: toMoney(p.unitGrossMinor, p.currency),
    listNet: toMoney(p.listNetMinor, p.currency),
    vatRate: formatBasisPoints(p.vatRateBp),
    rule: p.rule,
    explanation: p.explanation,
  };
}

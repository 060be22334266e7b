import { Field, ObjectType } from 'type-graphql';
import { formatMinor } from '../modules/pricing/currency';

/**
 * Money on the wire (DESIGN.md §8a): `amount` is a decimal string in the currency's minor digits
 * ("123.45" PLN, "1200" JPY, "12.345" KWD), never a float; `currency` is the ISO 4217 code.
 * Inside Kontor money is integer minor units; `toMoney` is the one way out.
 */
@ObjectType({ description: 'An amount of money: a decimal string (never a float) and its ISO 4217 currency.', simpleResolvers: true })
export class Money {
  @Field(() => String, { description: 'Decimal text with the currency’s minor digits, e.g. "123.45".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. "PLN".' })
  currency!: string;
}

/** Integer minor units → Money: toMoney(12345, 'PLN') → { amount: "123.45", currency: "PLN" }. */
export function toMoney(minor: number, currency: string): Money {
  return { amount: formatMinor(minor, currency), currency };
}

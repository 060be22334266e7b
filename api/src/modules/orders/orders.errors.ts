import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/common.types';
import { defineUserError } from '../../graphql/errors.types';
import { Money, toMoney } from '../../graphql/money';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import type { Failure } from './orders.common';

@ObjectType('StockShortage', { description: 'A line that cannot be served from stock: what was asked and what is available.' })
export class StockShortageType {
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => ID, { nullable: true, description: 'The warehouse asked for, or none when no warehouse has enough.' }) warehouseId!:
    string | null;
  @Field(() => Float) requested!: number;
  @Field(() => Float) available!: number;
}

@ObjectType({ implements: UserError, description: 'Not enough stock for some lines; nothing was reserved.' })
export class InsufficientStockError extends UserError {
  @Field(() => [StockShortageType]) lines!: StockShortageType[];
}

@ObjectType({ implements: UserError, description: 'A quantity breaks the product’s minimum or step.' })
export class MinimumQuantityError extends UserError {
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => Float) minimum!: number;
  @Field(() => Float) step!: number;
  @Field(() => Float) requested!: number;
}

@ObjectType({ implements: UserError, description: 'Products no longer offered (or without a price for this customer).' })
export class ProductUnavailableError extends UserError {
  @Field(() => [ID]) productIds!: string[];
}

@ObjectType({ implements: UserError, description: 'The order would exceed the customer’s credit limit and the policy blocks it.' })
export class CreditLimitExceededError extends UserError {
  @Field(() => Money) limit!: Money;
  @Field(() => Money) exposure!: Money;
}

@ObjectType({ implements: UserError, description: 'The customer has overdue invoices and the policy blocks new orders.' })
export class OverdueInvoicesError extends UserError {
  @Field(() => Money) overdue!: Money;
}

@ObjectType({ implements: UserError, description: 'A manual discount above the allowed limit.' })
export class DiscountLimitExceededError extends UserError {
  @Field(() => String, { description: 'The limit in percent, decimal text.' }) maxPercent!: string;
}

@ObjectType({ implements: UserError, description: 'The status change is not possible from the current status (or not by you).' })
export class InvalidTransitionError extends UserError {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

export const EmptyBasketError = defineUserError('EmptyBasketError', 'EMPTY_BASKET', 'The basket has no lines to order.');

export const EmptyOrderError = defineUserError(
  'EmptyOrderError',
  'EMPTY_ORDER',
  'An order keeps at least one line; to drop every line, cancel the order.',
);

@ObjectType({ implements: UserError, description: 'The order changed since it was read (its version moved on); read it again.' })
export class OrderVersionConflictError extends UserError {
  @Field(() => Int) currentVersion!: number;
}

const make = <T extends UserError>(cls: new () => T, code: string, message: string, extra: Partial<T> = {}) =>
  Object.assign(new cls(), { code, message, ...extra });

/** An expected failure as its result-union member. */
export function failureType(f: Failure): UserError {
  switch (f.kind) {
    case 'notFound':
      return NotFoundError.of(`${f.what} was not found.`);
    case 'invalid':
      return ValidationError.of(f.message);
    case 'insufficientStock':
      return make(InsufficientStockError, 'INSUFFICIENT_STOCK', 'Not enough stock for some lines.', {
        lines: f.lines.map((l) => Object.assign(new StockShortageType(), l)),
      });
    case 'quantityRule':
      return make(
        MinimumQuantityError,
        'QUANTITY_RULE',
        `${f.sku} is sold from ${f.minimum} in steps of ${f.step}; ${f.requested} does not fit.`,
        {
          productId: f.productId,
          sku: f.sku,
          minimum: f.minimum,
          step: f.step,
          requested: f.requested,
        },
      );
    case 'productUnavailable':
      return make(ProductUnavailableError, 'PRODUCT_UNAVAILABLE', 'Some products are no longer offered.', { productIds: f.productIds });
    case 'creditLimit':
      return make(CreditLimitExceededError, 'CREDIT_LIMIT_EXCEEDED', f.message, {
        limit: toMoney(f.limitMinor, f.currency),
        exposure: toMoney(f.exposureMinor, f.currency),
      });
    case 'overdueInvoices':
      return make(OverdueInvoicesError, 'OVERDUE_INVOICES', f.message, { overdue: toMoney(f.overdueMinor, f.currency) });
    case 'discountLimit':
      return make(DiscountLimitExceededError, 'DISCOUNT_LIMIT_EXCEEDED', f.message, { maxPercent: String(f.capBp / 100) });
    case 'transition':
      return make(InvalidTransitionError, 'INVALID_TRANSITION', f.message, { from: f.from, to: f.to });
    case 'emptyBasket':
      return EmptyBasketError.of('The basket is empty.');
    case 'emptyOrder':
      return EmptyOrderError.of('An order keeps at least one line; to drop every line, cancel the order.');
    case 'versionConflict':
      return make(OrderVersionConflictError, 'VERSION_CONFLICT', f.message, { currentVersion: f.currentVersion });
  }
}

import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import { RequiresPermission } from '../../graphql/field-guard';
import { Money, toMoney } from '../../graphql/money';
import { formatBasisPoints } from '../pricing/currency';
import { OrderStatusEnum } from '../live/live.types';
import {
  CreditLimitExceededError,
  DiscountLimitExceededError,
  EmptyBasketError,
  EmptyOrderError,
  InsufficientStockError,
  InvalidTransitionError,
  MinimumQuantityError,
  OrderVersionConflictError,
  OverdueInvoicesError,
  ProductUnavailableError,
} from './orders.errors';
import type { OrderLineView, OrderView } from './order-view';

// the OrderStatus enum is shared with the live subscriptions (one GraphQL type)
export { OrderStatusEnum };

export enum OrderKindEnum {
  ORDER = 'order',
  PROFORMA = 'proforma',
}
registerEnumType(OrderKindEnum, {
  name: 'OrderKind',
  description: 'An order, or a proforma whose goods are reserved until paid or expired.',
});

@ObjectType('DeliveryAddress')
export class DeliveryAddressType {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@InputType()
export class DeliveryAddressInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@ObjectType('OrderLine', { simpleResolvers: true })
export class OrderLineType {
  @Field(() => ID) id!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => ID, { nullable: true }) warehouseId!: string | null;
  @Field(() => Float) quantity!: number;
  @RequiresPermission('prices.view') @Field(() => Money, { description: 'Price-list unit price, net.' }) listNet!: Money;
  @RequiresPermission('prices.view') @Field(() => Money) unitNet!: Money;
  @RequiresPermission('prices.view') @Field(() => Money) unitGross!: Money;
  @RequiresPermission('prices.view')
  @Field(() => Money, { description: 'What manual discounts took off the line, net.' })
  manualDiscount!: Money;
  @RequiresPermission('prices.view') @Field(() => Money) lineNet!: Money;
  @RequiresPermission('prices.view') @Field(() => Money) lineGross!: Money;
  @Field(() => String, { description: 'VAT rate in percent, decimal text.' }) vatRate!: string;
  @RequiresPermission('prices.view') @Field(() => String, { description: 'The price rule that won.' }) priceRule!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Order')
export class OrderType {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => OrderKindEnum) kind!: OrderKindEnum;
  @Field(() => OrderStatusEnum) status!: OrderStatusEnum;
  @Field(() => ID) companyId!: string;
  @Field(() => ID, { nullable: true, description: 'The customer’s user the order is for.' }) placedByUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The sales rep who placed it on the customer’s behalf.' }) repUserId!: string | null;
  @Field(() => String) idempotencyKey!: string;
  @Field(() => String, { nullable: true }) poNumber!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DeliveryAddressType, { nullable: true }) deliveryAddress!: DeliveryAddressType | null;
  @Field(() => String, { nullable: true }) shippingMethod!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) requestedDate!: string | null;
  @Field(() => String) currency!: string;
  @RequiresPermission('prices.view') @Field(() => Money) totalNet!: Money;
  @RequiresPermission('prices.view') @Field(() => Money) totalGross!: Money;
  @RequiresPermission('prices.view') @Field(() => Money, { description: 'What manual discounts took off, net.' }) totalDiscount!: Money;
  @Field(() => String, { nullable: true, description: 'Why the credit policy warned, when it did.' }) creditWarning!: string | null;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The ERP’s document number once it acknowledged the order.' }) erpNumber!:
    string | null;
  @Field(() => Date) placedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: 'Grows by one with every change; pass it back as expectedVersion to refuse stale edits.' })
  version!: number;
  @Field(() => [OrderLineType]) lines!: OrderLineType[];
}

@ObjectType('OrderHistoryEntry', { description: 'One status change: who, when, why.' })
export class OrderHistoryEntryType {
  @Field(() => ID) id!: string;
  @Field(() => OrderStatusEnum, { nullable: true }) fromStatus!: OrderStatusEnum | null;
  @Field(() => OrderStatusEnum) toStatus!: OrderStatusEnum;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { nullable: true }) byUserId!: string | null;
  @Field(() => String, { nullable: true }) byName!: string | null;
  @Field(() => String, { description: 'customer, rep, staff, apiKey, erp or system' }) byKind!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

export const OrderConnection = connectionType('Order', OrderType);

export function toLineType(l: OrderLineView, currency: string): OrderLineType {
  return Object.assign(new OrderLineType(), {
    id: l.id,
    lineNo: l.lineNo,
    productId: l.productId,
    sku: l.sku,
    warehouseId: l.warehouseId,
    quantity: l.quantity,
    listNet: toMoney(l.listNetMinor, currency),
    unitNet: toMoney(l.unitNetMinor, currency),
    unitGross: toMoney(l.unitGrossMinor, currency),
    manualDiscount: toMoney(l.manualDiscountMinor, currency),
    lineNet: toMoney(l.lineNetMinor, currency),
    lineGross: toMoney(l.lineGrossMinor, currency),
    vatRate: formatBasisPoints(l.vatRateBp),
    priceRule: l.rule,
    note: l.note,
  });
}

export function toOrderType(o: OrderView): OrderType {
  const a = o.deliveryAddress as Record<string, string | null> | null;
  return Object.assign(new OrderType(), {
    id: o.id,
    number: o.number,
    kind: o.kind as OrderKindEnum,
    status: o.status as OrderStatusEnum,
    companyId: o.companyId,
    placedByUserId: o.placedByUserId,
    repUserId: o.repUserId,
    idempotencyKey: o.idempotencyKey,
    poNumber: o.poNumber,
    note: o.note,
    deliveryAddress: a
      ? Object.assign(new DeliveryAddressType(), {
          name: a.name ?? null,
          street: a.street ?? null,
          postalCode: a.postalCode ?? null,
          city: a.city ?? null,
          country: a.country ?? null,
          phone: a.phone ?? null,
        })
      : null,
    shippingMethod: o.shippingMethod,
    requestedDate: o.requestedDate,
    currency: o.currency,
    totalNet: toMoney(o.netMinor, o.currency),
    totalGross: toMoney(o.grossMinor, o.currency),
    totalDiscount: toMoney(o.discountMinor, o.currency),
    creditWarning: o.creditWarning,
    paidAt: o.paidAt,
    erpNumber: o.erpNumber,
    placedAt: o.placedAt,
    updatedAt: o.updatedAt,
    version: o.version,
    lines: o.lines.map((l) => toLineType(l, o.currency)),
  });
}

@InputType('DiscountInput', { description: 'A manual discount (sales reps only): a percentage or an amount, within the configured limit.' })
export class DiscountInputType {
  @Field(() => Float, { nullable: true, description: 'Percent off, e.g. 7.5' }) percent?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Amount off as decimal text in the order’s currency (per unit on a line, on the net total for the order).',
  })
  amount?: string | null;
}

@InputType()
export class OrderLineInput {
  @Field(() => ID) productId!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => ID, { nullable: true, description: 'Without one, the first warehouse that has the quantity.' }) warehouseId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => DiscountInputType, { nullable: true }) discount?: DiscountInputType | null;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => String, { description: 'Client-made key: the same key again returns the same order, never a second one.' })
  idempotencyKey!: string;
  @Field(() => ID, { nullable: true, description: 'Staff: the customer to act for. Customers: ignored unless it names another company.' })
  companyId?: string | null;
  @Field(() => [OrderLineInput], { nullable: true, description: 'The lines; without them the basket is ordered (and emptied of them).' })
  lines?: OrderLineInput[] | null;
  @Field(() => String, { nullable: true }) poNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'A note to the seller.' }) note?: string | null;
  @Field(() => DeliveryAddressInput, { nullable: true }) deliveryAddress?: DeliveryAddressInput | null;
  @Field(() => String, { nullable: true }) shippingMethod?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) requestedDate?: string | null;
  @Field(() => DiscountInputType, { nullable: true }) discount?: DiscountInputType | null;
  @Field(() => ID, { nullable: true, description: 'A rep: the customer’s user the order is for.' }) customerUserId?: string | null;
}

@InputType()
export class CancelOrderInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class UpdateOrderInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String, { nullable: true }) poNumber?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => DeliveryAddressInput, { nullable: true }) deliveryAddress?: DeliveryAddressInput | null;
  @Field(() => String, { nullable: true }) shippingMethod?: string | null;
  @Field(() => String, { nullable: true }) requestedDate?: string | null;
}

@InputType({ description: 'The lines an order should have from now on (while it is new).' })
export class UpdateOrderLinesInput {
  @Field(() => ID) orderId!: string;
  @Field(() => [OrderLineInput], {
    description: 'Every line the order keeps or gains: lines left out are removed. A line without a warehouse stays where the product was.',
  })
  lines!: OrderLineInput[];
  @Field(() => DiscountInputType, { nullable: true, description: 'Sales reps: a discount for the whole order, as at placement.' })
  discount?: DiscountInputType | null;
  @Field(() => Int, { nullable: true, description: 'The order’s version as last read; the change is refused if the order changed since.' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why, for the order’s history.' }) reason?: string | null;
}

@InputType()
export class SetOrderStatusInput {
  @Field(() => ID) orderId!: string;
  @Field(() => OrderStatusEnum) status!: OrderStatusEnum;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class RegisterPaymentInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String, { description: 'The payment’s reference (bank transfer title, ERP document).' }) reference!: string;
}

export const PlaceOrderResult = createUnionType({
  name: 'PlaceOrderResult',
  types: () =>
    [
      OrderType,
      NotFoundError,
      ValidationError,
      InsufficientStockError,
      MinimumQuantityError,
      ProductUnavailableError,
      CreditLimitExceededError,
      OverdueInvoicesError,
      DiscountLimitExceededError,
      EmptyBasketError,
    ] as const,
});

export const UpdateOrderLinesResult = createUnionType({
  name: 'UpdateOrderLinesResult',
  types: () =>
    [
      OrderType,
      NotFoundError,
      ValidationError,
      InvalidTransitionError,
      OrderVersionConflictError,
      EmptyOrderError,
      InsufficientStockError,
      MinimumQuantityError,
      ProductUnavailableError,
      CreditLimitExceededError,
      OverdueInvoicesError,
      DiscountLimitExceededError,
    ] as const,
});

export const OrderResult = createUnionType({
  name: 'OrderResult',
  types: () => [OrderType, NotFoundError, ValidationError, InvalidTransitionError] as const,
});

import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Done } from '../../graphql/common.types';
import { RequiresPermission } from '../../graphql/field-guard';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import { ProductUnavailableError } from '../orders/orders.errors';
import { CustomerPriceType, toCustomerPriceType } from '../pricing/pricing.types';
import type { BasketLineView, BasketView, QuickOrderReportLine } from './baskets.service';

export enum BasketListEnum {
  BASKET = 'BASKET',
  SAVED = 'SAVED',
}
registerEnumType(BasketListEnum, { name: 'BasketList', description: 'The basket, or the saved-for-later list.' });

@ObjectType('BasketLine')
export class BasketLineType {
  @Field(() => ID) id!: string;
  @Field(() => BasketListEnum) list!: BasketListEnum;
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) name!: string;
  @Field(() => String) unit!: string;
  @Field(() => ID, { nullable: true }) warehouseId!: string | null;
  @Field(() => Float) quantity!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Float) minQuantity!: number;
  @Field(() => Float) stepQuantity!: number;
  @Field(() => Float, { description: 'Available now in the chosen warehouse (or all of them).' }) available!: number;
  @Field(() => [String], {
    description: 'PRODUCT_UNAVAILABLE, QUANTITY_RULE, INSUFFICIENT_STOCK, NO_PRICE — empty when the line can be ordered.',
  })
  issues!: string[];
  @RequiresPermission('prices.view')
  @Field(() => CustomerPriceType, { nullable: true, description: 'The customer’s unit price now (needs prices.view).' })
  price!: CustomerPriceType | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('Basket', { description: 'The acting user’s basket and saved-for-later list for one customer, the same on every device.' })
export class BasketType {
  @Field(() => ID) companyId!: string;
  @Field(() => [BasketLineType]) lines!: BasketLineType[];
  @Field(() => [BasketLineType]) saved!: BasketLineType[];
}

@ObjectType('BasketLineAdded', { simpleResolvers: true })
export class BasketLineAddedType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field(() => Float, { description: 'The line’s quantity after adding.' }) quantity!: number;
  @Field(() => ID, { nullable: true }) warehouseId!: string | null;
  @Field(() => BasketListEnum) list!: BasketListEnum;
}

@ObjectType('QuickOrderLine', { simpleResolvers: true })
export class QuickOrderLineType {
  @Field(() => Int) lineNo!: number;
  @Field(() => String) raw!: string;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field(() => Float, { nullable: true }) quantity!: number | null;
  @Field(() => String, { description: 'ADDED, UNKNOWN_SKU, BAD_QUANTITY, UNPARSEABLE, UNAVAILABLE or QUANTITY_RULE' }) status!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
}

@ObjectType('QuickOrderReport', { description: 'What happened to every line of a quick order or reorder.' })
export class QuickOrderReportType {
  @Field(() => Int) added!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [QuickOrderLineType]) lines!: QuickOrderLineType[];
}

@InputType()
export class AddToBasketInput {
  @Field(() => ID) productId!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => ID, { nullable: true }) warehouseId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => BasketListEnum, { nullable: true, defaultValue: BasketListEnum.BASKET }) list?: BasketListEnum | null;
  @Field(() => ID, { nullable: true, description: 'Staff: the customer to act for.' }) companyId?: string | null;
}

@InputType()
export class UpdateBasketLineInput {
  @Field(() => ID) lineId!: string;
  @Field(() => Float, { nullable: true }) quantity?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class BasketLineRefInput {
  @Field(() => ID) lineId!: string;
}

@InputType()
export class MoveBasketLineInput {
  @Field(() => ID) lineId!: string;
  @Field(() => BasketListEnum) to!: BasketListEnum;
}

@InputType()
export class ClearBasketInput {
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => BasketListEnum, { nullable: true, defaultValue: BasketListEnum.BASKET }) list?: BasketListEnum | null;
}

@InputType()
export class QuickOrderInput {
  @Field(() => String, { description: '`SKU;quantity` lines, or CSV (`,` `;` or tab; a header row is allowed).' }) text!: string;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
}

@InputType()
export class ReorderInput {
  @Field(() => ID) orderId!: string;
}

export const BasketResult = createUnionType({ name: 'BasketResult', types: () => [BasketType, NotFoundError, ValidationError] as const });
export const AddToBasketResult = createUnionType({
  name: 'AddToBasketResult',
  types: () => [BasketLineAddedType, NotFoundError, ValidationError, ProductUnavailableError] as const,
});
export const BasketChangeResult = createUnionType({
  name: 'BasketChangeResult',
  types: () => [Done, NotFoundError, ValidationError] as const,
});
export const QuickOrderResult = createUnionType({
  name: 'QuickOrderResult',
  types: () => [QuickOrderReportType, NotFoundError, ValidationError] as const,
});

const lineType = (l: BasketLineView): BasketLineType =>
  Object.assign(new BasketLineType(), {
    ...l,
    list: l.list.toUpperCase() as BasketListEnum,
    price: l.price ? toCustomerPriceType(l.price) : null,
  });

export const toBasketType = (b: BasketView): BasketType =>
  Object.assign(new BasketType(), { companyId: b.companyId, lines: b.lines.map(lineType), saved: b.saved.map(lineType) });

export const toReportType = (lines: QuickOrderReportLine[]): QuickOrderReportType =>
  Object.assign(new QuickOrderReportType(), {
    added: lines.filter((l) => l.status === 'ADDED').length,
    rejected: lines.filter((l) => l.status !== 'ADDED').length,
    lines: lines.map((l) => Object.assign(new QuickOrderLineType(), l)),
  });

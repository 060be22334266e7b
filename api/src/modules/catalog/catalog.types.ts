import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/common.types';
import { RequiresPermission } from '../../graphql/field-guard';
import { Money } from '../../graphql/money';
import { CustomerPriceType } from '../pricing/pricing.types';

export enum ProductSortEnum {
  NAME = 'NAME',
  SKU = 'SKU',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
}
registerEnumType(ProductSortEnum, {
  name: 'ProductSort',
  description:
    'Order of a product list. By name in the reader’s language (default), by SKU, or by the customer’s net price (needs prices.view).',
});

export enum CharacteristicKindEnum {
  TEXT = 'text',
  NUMBER = 'number',
  BOOLEAN = 'boolean',
  ONE_OF = 'enum',
}
registerEnumType(CharacteristicKindEnum, {
  name: 'CharacteristicKind',
  description: 'Free text, a number in a unit, yes/no, or one of fixed options.',
});

@ObjectType('Category', {
  simpleResolvers: true,
  description: 'A node of the category tree, name in the reader’s language (fallback: Polish, English).',
})
export class CategoryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The ERP’s id.' }) erpId!: string | null;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int, { description: '1 for a root category.' }) depth!: number;
  @Field(() => [ID], { description: 'Ids from the root down to this category, itself included.' }) path!: string[];
  @Field(() => [CategoryType]) children!: CategoryType[];
}

@ObjectType('Warehouse', { simpleResolvers: true, description: 'A warehouse, its address and whether orders may be collected there.' })
export class WarehouseType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) erpId!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String) country!: string;
  @Field(() => Boolean) pickup!: boolean;
}

@ObjectType('PlannedDelivery', { simpleResolvers: true, description: 'A delivery the ERP expects.' })
export class PlannedDeliveryType {
  @Field(() => Float) quantity!: number;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' }) expectedOn!: string;
}

@ObjectType('WarehouseStock', {
  simpleResolvers: true,
  description:
    'Stock of a product in one warehouse. available = onHand − erpReserved − kontorHeld; asOf: when the ERP’s figures were taken.',
})
export class WarehouseStockType {
  @Field(() => ID) warehouseId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => Boolean) pickup!: boolean;
  @Field(() => Float) onHand!: number;
  @Field(() => Float) erpReserved!: number;
  @Field(() => Float, { description: 'Reserved in Kontor and not yet acknowledged by the ERP.' }) kontorHeld!: number;
  @Field(() => Float) available!: number;
  @Field(() => Date) asOf!: Date;
  @Field(() => [PlannedDeliveryType]) planned!: PlannedDeliveryType[];
}

@ObjectType('ProductCharacteristic', { simpleResolvers: true, description: 'A characteristic’s value on a product.' })
export class ProductCharacteristicType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CharacteristicKindEnum) kind!: CharacteristicKindEnum;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { description: 'The raw value: text, a number, "true"/"false" or an option code.' }) value!: string;
  @Field(() => String, { description: 'The value for people, in the reader’s language.' }) label!: string;
}

@InputType('CharacteristicFilter', {
  description: 'Products whose characteristic `code` has any of `values`, or lies in [min, max] (numbers).',
})
export class CharacteristicFilterInput {
  @Field(() => String) code!: string;
  @Field(() => [String], { nullable: true }) values?: string[] | null;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => ID, { nullable: true, description: 'This category and every category below it.' }) categoryId?: string | null;
  @Field(() => [ID], { nullable: true }) manufacturerIds?: string[] | null;
  @Field(() => [CharacteristicFilterInput], { nullable: true }) characteristics?: CharacteristicFilterInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only products with something available in some warehouse.' }) inStockOnly?:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'Lowest customer net unit price, decimal (needs prices.view).' }) priceMin?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Highest customer net unit price, decimal (needs prices.view).' }) priceMax?:
    string | null;
}

@ObjectType('FacetValue', { simpleResolvers: true })
export class FacetValueType {
  @Field(() => String, { description: 'What to put in the filter: an id, an option code, "true"/"false", a text or a number.' })
  value!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CharacteristicFacet', { simpleResolvers: true })
export class CharacteristicFacetType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CharacteristicKindEnum) kind!: CharacteristicKindEnum;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => [FacetValueType], { description: 'Values with their product counts (the 100 most relevant).' }) values!: FacetValueType[];
  @Field(() => Float, { nullable: true, description: 'For numbers: the smallest value.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'For numbers: the largest value.' }) max!: number | null;
}

@ObjectType('ProductSummary', { simpleResolvers: true, description: 'A product in a list or search result, flat.' })
export class ProductSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => String) sku!: string;
  @Field(() => String, { description: 'In the reader’s language (fallback: Polish, English).' }) name!: string;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true, description: 'EAN / GTIN.' }) ean!: string | null;
  @Field(() => String) unit!: string;
  @Field(() => Float) packSize!: number;
  @Field(() => Float) minQuantity!: number;
  @Field(() => Float) stepQuantity!: number;
  @Field(() => Int, { description: 'VAT rate in basis points (2300 = 23 %).' }) vatRateBp!: number;
  @Field(() => String, { nullable: true, description: 'The main image URL.' }) image!: string | null;
  @Field(() => ID, { nullable: true }) categoryId!: string | null;
  @Field(() => ID, { nullable: true }) manufacturerId!: string | null;
  @Field(() => String, { nullable: true }) manufacturerName!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Available in all warehouses together (needs stock.view); null while the ERP’s stock figures are stale.',
  })
  available!: number | null;
  @Field(() => Date, { nullable: true, description: 'When the ERP’s stock figures were taken (the oldest of the warehouses).' })
  stockAsOf!: Date | null;
  @Field(() => Boolean, {
    description:
      'True when the ERP’s stock has not synced within the staleness limit: stock numbers are hidden (available and per warehouse) until it does; stockAsOf says how old they are.',
  })
  stockStale!: boolean;

  @RequiresPermission('prices.view')
  @Field(() => CustomerPriceType, {
    nullable: true,
    description: 'The customer’s unit price (needs prices.view); null when the product has no price on the company’s list.',
  })
  price!: CustomerPriceType | null;
}

@ObjectType('ProductDetail', {
  simpleResolvers: true,
  description: 'One product with its texts, characteristics, stock per warehouse and associated products.',
})
export class ProductDetailType extends ProductSummaryType {
  @Field(() => String, { nullable: true }) erpId!: string | null;
  @Field(() => String) description!: string;
  @Field(() => [String]) images!: string[];
  @Field(() => [ProductCharacteristicType]) characteristics!: ProductCharacteristicType[];
  @Field(() => [WarehouseStockType], {
    nullable: true,
    description: 'Per warehouse (needs stock.view); null while the ERP’s stock figures are stale.',
  })
  stock!: WarehouseStockType[] | null;
  @Field(() => [ProductSummaryType], { description: '“Also offer”: products to show beside this one.' }) associated!: ProductSummaryType[];
}

/**
 * The product list's Relay connection (same shape as graphql/connection.ts builds), with plain-property fields
 * (simpleResolvers): a page of 50 then resolves without a middleware chain per edge.
 */
@ObjectType('ProductEdge', { simpleResolvers: true })
export class ProductEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => ProductSummaryType) node!: ProductSummaryType;
}

@ObjectType('ProductConnection', { simpleResolvers: true })
export class ProductConnection {
  @Field(() => [ProductEdgeType]) edges!: ProductEdgeType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PriceRange', {
  simpleResolvers: true,
  description: 'Lowest and highest customer net unit price among products (needs prices.view).',
})
export class PriceRangeType {
  @Field(() => Money) min!: Money;
  @Field(() => Money) max!: Money;
}

@ObjectType('ProductFacets', { simpleResolvers: true, description: 'Counts for the current filter.' })
export class ProductFacetsType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [FacetValueType], { description: 'value = manufacturer id.' }) manufacturers!: FacetValueType[];
  @Field(() => [FacetValueType], {
    description: 'The next level of categories below the filtered one (roots without one); value = category id.',
  })
  categories!: FacetValueType[];
  @Field(() => [CharacteristicFacetType]) characteristics!: CharacteristicFacetType[];

  @RequiresPermission('prices.view')
  @Field(() => PriceRangeType, {
    nullable: true,
    description: `Customer net unit prices over the filtered products (needs prices.view); null over ${5000} products or without prices.`,
  })
  priceRange!: PriceRangeType | null;
}

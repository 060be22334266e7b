import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Category } from './category.entity';
import type { Translations } from './i18n';
import { Manufacturer } from './manufacturer.entity';

/** Value of a characteristic on a product, by the characteristic's kind (see Characteristic). */
export type AttributeValue = string | number | boolean;

const nameIdx = (locale: string) => ({
  name: `product_name_${locale}_index`,
  expression: `create index "product_name_${locale}_index" on "product" (kontor_name("names", '${locale}'), "id")`,
});
const depthNameIdx = (depth: number, locale: string) => ({
  name: `product_d${depth}_name_${locale}_index`,
  expression: `create index "product_d${depth}_name_${locale}_index" on "product" (("category_path"[${depth}]), kontor_name("names", '${locale}'), "id")`,
});
const depthSkuIdx = (depth: number) => ({
  name: `product_d${depth}_sku_index`,
  expression: `create index "product_d${depth}_sku_index" on "product" (("category_path"[${depth}]), "sku")`,
});
const searchIdx = (locale: string) => ({
  name: `product_search_${locale}_index`,
  expression: `create index "product_search_${locale}_index" on "product" using gin ("search_${locale}")`,
});

/**
 * A sellable product. ERP-mastered, upserted by `erp_id` (the ERP-sync writes `category_id`, names, …; the
 * database derives `category_path` and the `search_*` vectors by trigger and adds the words to `search_word`).
 *
 * - `names` / `descriptions`: translations `{ pl, en, de, ru }`, read with the fallback locale → pl → en.
 * - quantities (`pack_size`, `min_quantity`, `step_quantity`) are decimals with 3 places, in `unit`.
 * - `vat_rate_bp`: VAT in basis points (2300 = 23 %).
 * - `attributes`: characteristic values keyed by characteristic code (`{"color": "red", "width_mm": 120}`).
 * - `category_path`: the product category's ancestry, root first (so a subtree is one index range).
 */
@Entity({ tableName: 'product' })
@Index(nameIdx('pl'))
@Index(nameIdx('en'))
@Index(nameIdx('de'))
@Index(nameIdx('ru'))
@Index(depthNameIdx(1, 'pl'))
@Index(depthNameIdx(2, 'pl'))
@Index(depthNameIdx(3, 'pl'))
@Index(depthNameIdx(1, 'en'))
@Index(depthNameIdx(2, 'en'))
@Index(depthNameIdx(3, 'en'))
@Index(depthSkuIdx(1))
@Index(depthSkuIdx(2))
@Index(depthSkuIdx(3))
@Index(searchIdx('pl'))
@Index(searchIdx('en'))
@Index(searchIdx('de'))
@Index(searchIdx('ru'))
@Index({
  name: 'product_sku_prefix_index',
  expression: 'create index "product_sku_prefix_index" on "product" (upper("sku") text_pattern_ops)',
})
@Index({ name: 'product_ean_prefix_index', expression: 'create index "product_ean_prefix_index" on "product" ("ean" text_pattern_ops)' })
@Index({
  name: 'product_model_prefix_index',
  expression: 'create index "product_model_prefix_index" on "product" (upper("model") text_pattern_ops)',
})
@Index({
  name: 'product_category_path_index',
  expression: 'create index "product_category_path_index" on "product" using gin ("category_path")',
})
@Index({
  name: 'product_attributes_index',
  expression: 'create index "product_attributes_index" on "product" using gin ("attributes" jsonb_path_ops)',
})
export class Product {
  [OptionalProps]?:
    | 'erpId'
    | 'ean'
    | 'model'
    | 'manufacturer'
    | 'category'
    | 'categoryPath'
    | 'descriptions'
    | 'unit'
    | 'packSize'
    | 'minQuantity'
    | 'stepQuantity'
    | 'vatRateBp'
    | 'images'
    | 'attributes'
    | 'active'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  @Unique()
  sku!: string;

  /** EAN / GTIN. */
  @Property({ type: 'text', nullable: true })
  ean: string | null = null;

  @Property({ type: 'text', nullable: true })
  model: string | null = null;

  @ManyToOne(() => Manufacturer, { nullable: true, deleteRule: 'set null' })
  @Index()
  manufacturer: Manufacturer | null = null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'set null' })
  @Index()
  category: Category | null = null;

  /** The category's ancestry, root first, this category last; maintained by trigger. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  categoryPath: string[] = [];

  @Property({ type: 'jsonb' })
  names!: Translations;

  @Property({ type: 'jsonb', default: '{}' })
  descriptions: Translations = {};

  @Property({ type: 'text', default: 'szt' })
  unit: string = 'szt';

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 1 })
  packSize: string = '1';

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 1 })
  minQuantity: string = '1';

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 1 })
  stepQuantity: string = '1';

  @Property({ type: 'integer', default: 2300 })
  vatRateBp: number = 2300;

  /** Image URLs, the first is the main one. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  images: string[] = [];

  @Property({ type: 'jsonb', default: '{}' })
  attributes: Record<string, AttributeValue> = {};

  /** False once the ERP withdraws the product (soft delete); hidden everywhere. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Search vectors per catalog language; maintained by trigger. */
  @Property({ type: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchPl?: string | null;

  @Property({ type: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchEn?: string | null;

  @Property({ type: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchDe?: string | null;

  @Property({ type: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchRu?: string | null;
}

/** "Also offer": products shown beside a product while choosing (cross-selling), in `position` order. ERP-mastered. */
@Entity({ tableName: 'product_association' })
export class ProductAssociation {
  [OptionalProps]?: 'position';

  @ManyToOne(() => Product, { primary: true, deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Product, { primary: true, deleteRule: 'cascade' })
  associated!: Product;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

/** Words of the catalog's product texts (unaccented, lower case) for typo correction; filled by trigger. */
@Entity({ tableName: 'search_word' })
@Index({
  name: 'search_word_trgm_index',
  expression: 'create index "search_word_trgm_index" on "search_word" using gin ("word" gin_trgm_ops)',
})
@Index({
  name: 'search_word_prefix_index',
  expression: 'create index "search_word_prefix_index" on "search_word" ("word" text_pattern_ops)',
})
export class SearchWord {
  @PrimaryKey({ type: 'text' })
  word!: string;
}

import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Translations } from './i18n';

/** text: free text; number: a number in `unit`; boolean: yes/no; enum: one of the characteristic's options. */
export type CharacteristicKind = 'text' | 'number' | 'boolean' | 'enum';

/**
 * A typed product characteristic (colour, width in mm, waterproof, …). ERP-mastered, upserted by `erp_id`.
 * A product's values live in `product.attributes` keyed by this `code`: a string (text), a number (number),
 * true/false (boolean) or an option `code` (enum). `filterable` ones appear in facets.
 */
@Entity({ tableName: 'characteristic' })
export class Characteristic {
  [OptionalProps]?: 'erpId' | 'unit' | 'position' | 'filterable' | 'contentHash' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  /** Stable key used in `product.attributes` and in filters. */
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  kind!: CharacteristicKind;

  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Property({ type: 'jsonb' })
  names!: Translations;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'boolean' })
  filterable: boolean = true;

  /** The ERP sync's hash of the characteristic with its options: an unchanged one rewrites nothing. */
  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One allowed value of an `enum` characteristic, with translated names. Upserted by `erp_id`. */
@Entity({ tableName: 'characteristic_option' })
@Unique({ properties: ['characteristic', 'code'] })
export class CharacteristicOption {
  [OptionalProps]?: 'erpId' | 'position';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @ManyToOne(() => Characteristic, { deleteRule: 'cascade' })
  characteristic!: Characteristic;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'jsonb' })
  names!: Translations;

  @Property({ type: 'integer' })
  position: number = 0;
}

import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Translations } from './i18n';

/**
 * A node of the category tree (any depth, ordered by `position` among siblings). ERP-mastered, upserted by
 * `erp_id`; set `parent_id` and the database keeps `path` (the ids from the root down to this category,
 * itself included) and `depth` — and the `category_path` of every product below — by trigger.
 * Names are translated: `{ "pl": "Kable", "en": "Cables" }`.
 */
@Entity({ tableName: 'category' })
@Index({ properties: ['parent', 'position'] })
export class Category {
  [OptionalProps]?: 'erpId' | 'parent' | 'position' | 'path' | 'depth' | 'active' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'restrict' })
  parent: Category | null = null;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'jsonb' })
  names!: Translations;

  /** Root-first ancestry including this category; maintained by trigger from `parent_id`. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  path: string[] = [];

  /** 1 for a root; maintained by trigger. */
  @Property({ type: 'integer', default: 1 })
  depth: number = 1;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

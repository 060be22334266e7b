import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A product's maker or brand. ERP-mastered, upserted by `erp_id`. */
@Entity({ tableName: 'manufacturer' })
export class Manufacturer {
  [OptionalProps]?: 'erpId' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

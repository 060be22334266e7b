import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A warehouse goods are held in, and whether buyers may collect there. ERP-mastered, upserted by `erp_id`. */
@Entity({ tableName: 'warehouse' })
export class Warehouse {
  [OptionalProps]?: 'erpId' | 'street' | 'postalCode' | 'city' | 'country' | 'pickup' | 'position' | 'active' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  street: string | null = null;

  @Property({ type: 'text', nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'text', default: 'PL' })
  country: string = 'PL';

  /** Buyers may collect orders here. */
  @Property({ type: 'boolean', default: false })
  pickup: boolean = false;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

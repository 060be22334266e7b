import { randomUUID } from 'node:crypto';
import { OptionalProps, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

@Entity({ tableName: 'company' })
export class Company {
  [OptionalProps]?: 'erpId' | 'taxId' | 'timeZone' | 'blocked' | 'blockedReason' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The customer's id in the ERP (ERP masters customers, DESIGN.md §3). */
  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @Property({ type: 'text' })
  @Index()
  name!: string;

  @Property({ type: 'text', nullable: true })
  taxId: string | null = null;

  /** IANA time zone used for the company's users' access-time windows. */
  @Property({ type: 'text' })
  timeZone: string = 'Europe/Warsaw';

  @Property({ type: 'boolean' })
  blocked: boolean = false;

  @Property({ type: 'text', nullable: true })
  blockedReason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

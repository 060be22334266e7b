import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';
import { User } from '../accounts/user.entity';
import { SalesOrder } from '../orders/order.entities';

/** A return or a complaint: lines, reason, description, photos; status submitted → accepted | rejected → resolved. */
@Entity({ tableName: 'return_request' })
@TenantFiltered()
@Unique({ properties: ['company', 'idempotencyKey'] })
@Index({ properties: ['company', 'createdAt', 'id'] })
export class ReturnRequest {
  [OptionalProps]?: 'order' | 'requestedBy' | 'resolution';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company)
  company!: Company;

  @ManyToOne(() => SalesOrder, { nullable: true, deleteRule: 'set null' })
  order: SalesOrder | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** 'return' or 'complaint'. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  description!: string;

  /** [{ productId, sku, quantity, orderLineId }] */
  @Property({ type: 'jsonb' })
  lines!: Array<{ productId: string; sku: string; quantity: number; orderLineId: string | null }>;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  requestedBy: User | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A photo of a return: an https URL, or uploaded bytes (JPEG, PNG or WebP, checked by their signature). */
@Entity({ tableName: 'return_photo' })
export class ReturnPhoto {
  [OptionalProps]?: 'url' | 'content' | 'contentType' | 'size';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ReturnRequest, { deleteRule: 'cascade' })
  @Index()
  returnRequest!: ReturnRequest;

  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Property({ type: 'blob', nullable: true })
  content: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  contentType: string | null = null;

  @Property({ type: 'integer', nullable: true })
  size: number | null = null;
}

export const RETURN_ENTITIES = [ReturnRequest, ReturnPhoto];

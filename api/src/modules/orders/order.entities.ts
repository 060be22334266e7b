import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';
import { User } from '../accounts/user.entity';
import { Product } from '../catalog/product.entity';
import { Warehouse } from '../stock/warehouse.entity';

/**
 * An order or a proforma (kind), placed from a basket (DESIGN.md §6). Written on the hot path with plain SQL
 * (orders/placement.sql.ts); this entity describes the table. Amounts in minor units of `currency`.
 */
@Entity({ tableName: 'sales_order' })
@TenantFiltered()
@Unique({ properties: ['company', 'idempotencyKey'] })
@Index({ properties: ['company', 'placedAt', 'id'] })
export class SalesOrder {
  [OptionalProps]?:
    | 'placedBy'
    | 'rep'
    | 'poNumber'
    | 'note'
    | 'deliveryAddress'
    | 'shippingMethod'
    | 'requestedDate'
    | 'discountMinor'
    | 'creditWarning'
    | 'paidAt'
    | 'paymentRef'
    | 'erpNumber'
    | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @ManyToOne(() => Company)
  company!: Company;

  /** 'order' or 'proforma'. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  status!: string;

  /** The customer's user who placed it (null when a rep placed it with no user named, or an API key). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  placedBy: User | null = null;

  /** The sales rep who placed it on the customer's behalf. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  rep: User | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text', nullable: true })
  poNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  deliveryAddress: Record<string, unknown> | null = null;

  @Property({ type: 'text', nullable: true })
  shippingMethod: string | null = null;

  @Property({ type: 'date', nullable: true })
  requestedDate: string | null = null;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  netMinor!: number;

  @Property({ type: new BigIntType('number') })
  grossMinor!: number;

  /** What manual discounts took off, net. */
  @Property({ type: new BigIntType('number'), default: 0 })
  discountMinor: number = 0;

  /** Set when the credit policy warned (and let the order through). */
  @Property({ type: 'text', nullable: true })
  creditWarning: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  paymentRef: string | null = null;

  @Property({ type: 'text', nullable: true })
  erpNumber: string | null = null;

  @Property({ type: 'timestamptz' })
  placedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}

@Entity({ tableName: 'order_line' })
@Unique({ properties: ['order', 'lineNo'] })
export class OrderLine {
  [OptionalProps]?: 'warehouse' | 'manualDiscountMinor' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  order!: SalesOrder;

  @Property({ type: 'integer' })
  lineNo!: number;

  @ManyToOne(() => Product)
  product!: Product;

  @Property({ type: 'text' })
  sku!: string;

  @ManyToOne(() => Warehouse, { nullable: true, deleteRule: 'set null' })
  warehouse: Warehouse | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 3 })
  quantity!: string;

  @Property({ type: new BigIntType('number') })
  listNetMinor!: number;

  @Property({ type: new BigIntType('number') })
  unitNetMinor!: number;

  @Property({ type: new BigIntType('number') })
  unitGrossMinor!: number;

  /** What a manual discount took off the whole line, net. */
  @Property({ type: new BigIntType('number'), default: 0 })
  manualDiscountMinor: number = 0;

  @Property({ type: new BigIntType('number') })
  lineNetMinor!: number;

  @Property({ type: new BigIntType('number') })
  lineGrossMinor!: number;

  @Property({ type: 'integer' })
  vatRateBp!: number;

  @Property({ type: 'text' })
  rule!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** One status transition of an order: who, when, why (DESIGN.md §6). */
@Entity({ tableName: 'order_history' })
@Index({ properties: ['order', 'at'] })
export class OrderHistory {
  [OptionalProps]?: 'fromStatus' | 'byUser' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  order!: SalesOrder;

  @Property({ type: 'text', nullable: true })
  fromStatus: string | null = null;

  @Property({ type: 'text' })
  toStatus!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  byUser: User | null = null;

  /** 'customer', 'staff', 'apiKey', 'erp' or 'system'. */
  @Property({ type: 'text' })
  byKind!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

export const ORDER_ENTITIES = [SalesOrder, OrderLine, OrderHistory];

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Product } from '../catalog/product.entity';
import { Warehouse } from './warehouse.entity';

/**
 * Stock of one product in one warehouse (DESIGN.md §3, §5). `on_hand` and `erp_reserved` come from the ERP
 * (upserted by `erp_id`, or by product+warehouse) with `as_of`, the time the ERP's figures are from.
 * `kontor_held` is what Kontor has reserved and the ERP has not acknowledged yet; Kontor alone writes it, with
 * a conditional update so it never oversells:
 *
 *   update stock set kontor_held = kontor_held + $qty
 *    where product_id = $p and warehouse_id = $w and on_hand - erp_reserved - kontor_held >= $qty
 *
 * available = on_hand − erp_reserved − kontor_held. Quantities are decimals with 3 places in the product's unit.
 */
@Entity({ tableName: 'stock' })
@Unique({ properties: ['product', 'warehouse'] })
export class StockLevel {
  [OptionalProps]?: 'erpId' | 'onHand' | 'erpReserved' | 'kontorHeld' | 'plannedHash' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Warehouse, { deleteRule: 'cascade' })
  @Index()
  warehouse!: Warehouse;

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 0 })
  onHand: string = '0';

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 0 })
  erpReserved: string = '0';

  @Property({ type: 'decimal', precision: 14, scale: 3, default: 0 })
  kontorHeld: string = '0';

  /** The ERP sync's hash of this row's planned deliveries (`stock_delivery`); null when none are planned. */
  @Property({ type: 'text', nullable: true })
  plannedHash: string | null = null;

  /** When the ERP's figures were taken (the age of the stock data). */
  @Property({ type: 'timestamptz' })
  asOf!: Date;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A delivery the ERP expects: `quantity` of a product arriving at a warehouse on `expected_on`. Upserted by `erp_id`. */
@Entity({ tableName: 'stock_delivery' })
@Index({ properties: ['product', 'expectedOn'] })
export class PlannedDelivery {
  [OptionalProps]?: 'erpId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  @Unique()
  erpId: string | null = null;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Warehouse, { deleteRule: 'cascade' })
  warehouse!: Warehouse;

  @Property({ type: 'decimal', precision: 14, scale: 3 })
  quantity!: string;

  @Property({ type: 'date' })
  expectedOn!: string;
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';
import { Product } from '../catalog/product.entity';
import { SalesOrder } from '../orders/order.entities';
import { Warehouse } from '../stock/warehouse.entity';

/**
 * The stock an order or proforma holds (stock.kontor_held), per warehouse in its lines. An order's hold has no
 * expiry (it ends when the ERP acknowledges the order, or on cancellation); a proforma's expires after the
 * reservation period unless paid. Status: active → paid | released | expired | acknowledged. Each ending
 * happens once: `update … where status in (active, paid) … returning`.
 */
@Entity({ tableName: 'reservation' })
@TenantFiltered()
@Index({ properties: ['status', 'expiresAt'] })
export class Reservation {
  [OptionalProps]?: 'expiresAt' | 'paidAt' | 'releasedAt' | 'releaseReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company)
  company!: Company;

  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  @Unique()
  order!: SalesOrder;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  releaseReason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** What a reservation holds of one product in one warehouse. */
@Entity({ tableName: 'reservation_line' })
export class ReservationLine {
  @ManyToOne(() => Reservation, { primary: true, deleteRule: 'cascade' })
  reservation!: Reservation;

  @ManyToOne(() => Product, { primary: true })
  product!: Product;

  @ManyToOne(() => Warehouse, { primary: true })
  warehouse!: Warehouse;

  @Property({ type: 'decimal', precision: 14, scale: 3 })
  quantity!: string;
}

export const RESERVATION_ENTITIES = [Reservation, ReservationLine];

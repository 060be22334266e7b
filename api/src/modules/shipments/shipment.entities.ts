import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';
import { User } from '../accounts/user.entity';
import { SalesOrder } from '../orders/order.entities';
import { Warehouse } from '../stock/warehouse.entity';

/** A request to ship (or hand over) the goods of a reserved or paid proforma, or of an order (DESIGN.md §6). */
@Entity({ tableName: 'shipment_request' })
@TenantFiltered()
@Unique({ properties: ['company', 'idempotencyKey'] })
@Index({ properties: ['order'] })
export class ShipmentRequest {
  [OptionalProps]?: 'pickupWarehouse' | 'address' | 'contactPhone' | 'requestedBy' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company)
  company!: Company;

  @ManyToOne(() => SalesOrder, { deleteRule: 'cascade' })
  order!: SalesOrder;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** 'pickup', 'carrierDepot', 'carrierDelivery' or 'ownDelivery'. */
  @Property({ type: 'text' })
  method!: string;

  @ManyToOne(() => Warehouse, { nullable: true })
  pickupWarehouse: Warehouse | null = null;

  @Property({ type: 'jsonb', nullable: true })
  address: Record<string, unknown> | null = null;

  @Property({ type: 'text' })
  contactName!: string;

  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  @Property({ type: 'date' })
  requestedDate!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  status!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  requestedBy: User | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Goods to move between warehouses before a pick-up (asked of the ERP). */
@Entity({ tableName: 'transfer_request' })
export class TransferRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ShipmentRequest, { deleteRule: 'cascade' })
  @Index()
  shipment!: ShipmentRequest;

  @ManyToOne(() => Warehouse)
  fromWarehouse!: Warehouse;

  @ManyToOne(() => Warehouse)
  toWarehouse!: Warehouse;

  /** [{ productId, sku, quantity }] */
  @Property({ type: 'jsonb' })
  lines!: Array<{ productId: string; sku: string; quantity: number }>;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

export const SHIPMENT_ENTITIES = [ShipmentRequest, TransferRequest];

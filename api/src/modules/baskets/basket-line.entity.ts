import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';
import { User } from '../accounts/user.entity';
import { Product } from '../catalog/product.entity';
import { Warehouse } from '../stock/warehouse.entity';

/**
 * One line of a user's basket or saved-for-later list, kept on the server so every device of the user sees the
 * same basket. A sales rep has one basket per customer they act for (user = the rep, company = the customer).
 * `line_key` = product id + ':' + warehouse id (or empty) — one line per product and warehouse.
 */
@Entity({ tableName: 'basket_line' })
@TenantFiltered()
@Unique({ properties: ['user', 'company', 'list', 'lineKey'] })
@Index({ properties: ['company'] })
export class BasketLine {
  [OptionalProps]?: 'warehouse' | 'note' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Company;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** 'basket' or 'saved'. */
  @Property({ type: 'text' })
  list!: string;

  @Property({ type: 'text' })
  lineKey!: string;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Warehouse, { nullable: true, deleteRule: 'set null' })
  warehouse: Warehouse | null = null;

  @Property({ type: 'decimal', precision: 14, scale: 3 })
  quantity!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

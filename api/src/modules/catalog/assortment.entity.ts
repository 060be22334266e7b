import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Company } from '../accounts/company.entity';
import { Product } from './product.entity';

/**
 * A named set of products. A company assigned one or more assortments is restricted: it sees only products
 * in at least one of them; a company with none sees the whole catalog. ERP-mastered, upserted by `erp_id`;
 * members in `assortment_product`, assignments in `company_assortment`.
 */
@Entity({ tableName: 'assortment' })
export class Assortment {
  [OptionalProps]?: 'erpId' | 'updatedAt';

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

  @ManyToMany({ entity: () => Product, pivotTable: 'assortment_product', joinColumn: 'assortment_id', inverseJoinColumn: 'product_id' })
  products = new Collection<Product>(this);

  @ManyToMany({ entity: () => Company, pivotTable: 'company_assortment', joinColumn: 'assortment_id', inverseJoinColumn: 'company_id' })
  companies = new Collection<Company>(this);

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

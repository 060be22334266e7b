import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';

/** A payment the ERP registered (ERP-mastered). */
@Entity({ tableName: 'payment' })
@TenantFiltered()
@Index({ properties: ['company', 'paidAt', 'id'] })
export class Payment {
  [OptionalProps]?: 'invoiceErpId' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  erpId!: string;

  @ManyToOne(() => Company)
  company!: Company;

  @Property({ type: 'text', nullable: true })
  invoiceErpId: string | null = null;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'timestamptz' })
  paidAt!: Date;

  @Property({ type: 'text' })
  method!: string;

  @Property({ type: 'text' })
  contentHash!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A customer's balance as the ERP states it, with credit limit (one row per customer). */
@Entity({ tableName: 'customer_balance' })
@TenantFiltered()
export class CustomerBalance {
  [OptionalProps]?: 'creditLimitMinor' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  erpId!: string;

  @ManyToOne(() => Company)
  @Unique()
  company!: Company;

  @Property({ type: 'text' })
  currency!: string;

  /** Positive: the customer owes the wholesaler. */
  @Property({ type: new BigIntType('number') })
  balanceMinor!: number;

  @Property({ type: new BigIntType('number') })
  overdueMinor!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  creditLimitMinor: number | null = null;

  @Property({ type: 'timestamptz' })
  asOf!: Date;

  @Property({ type: 'text' })
  contentHash!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

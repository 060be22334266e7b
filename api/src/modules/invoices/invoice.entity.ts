import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from '../accounts/company.entity';

/** An invoice the ERP issued (ERP-mastered, DESIGN.md §3). Amounts in minor units. */
@Entity({ tableName: 'invoice' })
@TenantFiltered()
@Index({ properties: ['company', 'issuedAt', 'id'] })
export class Invoice {
  [OptionalProps]?: 'kontorReference' | 'paidMinor' | 'hasPdf' | 'deletedAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  erpId!: string;

  @Property({ type: 'text' })
  number!: string;

  @ManyToOne(() => Company)
  company!: Company;

  /** The Kontor order the invoice is for, when the ERP knows it. */
  @Property({ type: 'text', nullable: true })
  kontorReference: string | null = null;

  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  netMinor!: number;

  @Property({ type: new BigIntType('number') })
  grossMinor!: number;

  /** Sum of the payments the ERP allocated to it. */
  @Property({ type: new BigIntType('number') })
  paidMinor: number = 0;

  @Property({ type: 'boolean' })
  hasPdf: boolean = false;

  @Property({ type: 'text' })
  contentHash!: string;

  @Property({ type: 'timestamptz' })
  erpModifiedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** The invoice's PDF, fetched from the ERP once and kept. */
@Entity({ tableName: 'invoice_pdf' })
export class InvoicePdf {
  @PrimaryKey({ type: 'uuid' })
  invoiceId!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'timestamptz' })
  fetchedAt!: Date;
}

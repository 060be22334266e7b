import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { Money } from '../../graphql/money';

export enum InvoiceStatusEnum {
  OPEN = 'open',
  OVERDUE = 'overdue',
  PAID = 'paid',
}
registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus', description: 'open: unpaid, not yet due; overdue: unpaid past due; paid.' });

@ObjectType('Invoice', { description: 'An invoice the ERP issued.', simpleResolvers: true })
export class InvoiceType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The ERP’s id of the invoice.' }) erpId!: string;
  @Field(() => String) number!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => String, { nullable: true, description: 'The Kontor order it is for, when the ERP says so.' }) orderReference!: string | null;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Money) net!: Money;
  @Field(() => Money) gross!: Money;
  @Field(() => Money) paid!: Money;
  @Field(() => Money) outstanding!: Money;
  @Field(() => InvoiceStatusEnum) status!: InvoiceStatusEnum;
  @Field(() => Boolean, { description: 'The PDF is available (query invoicePdf).' }) pdfAvailable!: boolean;
}

@ObjectType('InvoicePdf', { description: 'An invoice’s PDF, base64-encoded.' })
export class InvoicePdfType {
  @Field(() => ID) invoiceId!: string;
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { description: 'SHA-256 of the file, hex.' }) sha256!: string;
  @Field(() => String, { description: 'The file, base64.' }) base64!: string;
}

export const InvoiceConnection = connectionType('Invoice', InvoiceType);

@ArgsType()
export class InvoicesArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true, description: 'Staff: the customer. Customers: omit (always their own).' }) companyId?: string | null;
  @Field(() => InvoiceStatusEnum, { nullable: true }) status?: InvoiceStatusEnum | null;
}

import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { Money } from '../../graphql/money';

@ObjectType('Settlements', { description: 'A company’s balance with the wholesaler, overdue amounts and credit-limit use (from the ERP).' })
export class SettlementsType {
  @Field(() => ID) companyId!: string;
  @Field(() => Money, { description: 'Positive: the company owes.' }) balance!: Money;
  @Field(() => Money) overdue!: Money;
  @Field(() => Int) overdueInvoices!: number;
  @Field(() => Int) openInvoices!: number;
  @Field(() => Money, { nullable: true }) creditLimit!: Money | null;
  @Field(() => Money) creditUsed!: Money;
  @Field(() => Money, { nullable: true }) creditAvailable!: Money | null;
  @Field(() => Date, { nullable: true, description: 'When the ERP stated the balance.' }) asOf!: Date | null;
}

@ObjectType('Payment', { description: 'A payment the ERP registered.', simpleResolvers: true })
export class PaymentType {
  @Field(() => ID) id!: string;
  @Field(() => String) erpId!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => Date) paidAt!: Date;
  @Field(() => String) method!: string;
  @Field(() => String, { nullable: true }) invoiceNumber!: string | null;
}

export const PaymentConnection = connectionType('Payment', PaymentType);

@ArgsType()
export class PaymentsArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true, description: 'Staff: the customer. Customers: omit (always their own).' }) companyId?: string | null;
}

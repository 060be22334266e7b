import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Order statuses as the customer sees them (DESIGN.md §6). */
export enum OrderStatusEnum {
  new = 'new',
  received = 'received',
  accepted = 'accepted',
  fulfilled = 'fulfilled',
  cancelled = 'cancelled',
}
registerEnumType(OrderStatusEnum, {
  name: 'OrderStatus',
  description: 'new → received (the ERP acknowledged it) → accepted (in fulfilment) → fulfilled, or cancelled.',
});

@ObjectType('OrderStatusChange', { description: 'An order moved from one status to another.' })
export class OrderStatusChangeType {
  @Field(() => ID) orderId!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => String, { description: 'The order number shown to people.' }) number!: string;
  @Field(() => OrderStatusEnum) status!: OrderStatusEnum;
  @Field(() => OrderStatusEnum, { nullable: true, description: 'Null for a newly placed order.' }) previousStatus!: OrderStatusEnum | null;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true, description: 'Why, when someone said so (e.g. the reason for a cancellation).' })
  reason!: string | null;
}

@ObjectType('StockChange', {
  description: 'Availability of a product in one warehouse changed. Carries quantities only, never prices.',
})
export class StockChangeType {
  @Field(() => ID) productId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => Float, { description: 'Units available now: on hand − reserved in the ERP − held in Kontor.' }) available!: number;
  @Field(() => Date, { description: 'When the ERP last confirmed these figures.' }) asOf!: Date;
}

@ObjectType('ReservationExpiring', { description: 'A reservation is about to be released unless it is paid.' })
export class ReservationExpiringType {
  @Field(() => ID) reservationId!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
  @Field(() => Date) expiresAt!: Date;
}

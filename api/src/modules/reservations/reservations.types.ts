import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ReservationRow } from './reservations.service';

export enum ReservationStatusEnum {
  ACTIVE = 'active',
  PAID = 'paid',
  RELEASED = 'released',
  EXPIRED = 'expired',
  ACKNOWLEDGED = 'acknowledged',
}
registerEnumType(ReservationStatusEnum, {
  name: 'ReservationStatus',
  description:
    'active: goods held; paid: held, never expires; released: given back (cancelled); expired; acknowledged: the ERP holds them now.',
});

@ObjectType('ReservationLine', { simpleResolvers: true })
export class ReservationLineType {
  @Field(() => ID) productId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => Float) quantity!: number;
}

@ObjectType('Reservation', { description: 'What an order or proforma holds of the stock, per warehouse.' })
export class ReservationType {
  @Field(() => ID) id!: string;
  @Field(() => ReservationStatusEnum) status!: ReservationStatusEnum;
  @Field(() => Date, { nullable: true, description: 'When an unpaid proforma’s goods are released; null for orders.' })
  expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) releaseReason!: string | null;
  @Field(() => [ReservationLineType]) lines!: ReservationLineType[];
}

export const toReservationType = (r: ReservationRow): ReservationType =>
  Object.assign(new ReservationType(), {
    id: r.id,
    status: r.status as ReservationStatusEnum,
    expiresAt: r.expiresAt,
    paidAt: r.paidAt,
    releasedAt: r.releasedAt,
    releaseReason: r.releaseReason,
    lines: r.lines.map((l) => Object.assign(new ReservationLineType(), l)),
  });

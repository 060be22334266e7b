import { createUnionType, Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import { DeliveryAddressInput, DeliveryAddressType } from '../orders/orders.types';
import type { ShipmentMethod, ShipmentView } from './shipments.service';

export enum ShipmentMethodEnum {
  PICKUP = 'PICKUP',
  CARRIER_DEPOT = 'CARRIER_DEPOT',
  CARRIER_DELIVERY = 'CARRIER_DELIVERY',
  OWN_DELIVERY = 'OWN_DELIVERY',
}
registerEnumType(ShipmentMethodEnum, {
  name: 'ShipmentMethod',
  description: 'Pick-up at a warehouse, delivery to a carrier’s depot, carrier delivery, or the wholesaler’s own delivery.',
});

@ObjectType('TransferLine', { simpleResolvers: true })
export class TransferLineType {
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => Float) quantity!: number;
}

@ObjectType('TransferRequest', { description: 'Goods the ERP is asked to move to the pick-up warehouse.' })
export class TransferRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromWarehouseId!: string;
  @Field(() => ID) toWarehouseId!: string;
  @Field(() => [TransferLineType]) lines!: TransferLineType[];
  @Field(() => String) status!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ShipmentRequest')
export class ShipmentRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => ShipmentMethodEnum) method!: ShipmentMethodEnum;
  @Field(() => ID, { nullable: true }) pickupWarehouseId!: string | null;
  @Field(() => DeliveryAddressType, { nullable: true }) address!: DeliveryAddressType | null;
  @Field(() => String) contactName!: string;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) requestedDate!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) status!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [TransferRequestType]) transfers!: TransferRequestType[];
}

@InputType()
export class RequestShipmentInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String) idempotencyKey!: string;
  @Field(() => ShipmentMethodEnum) method!: ShipmentMethodEnum;
  @Field(() => ID, { nullable: true, description: 'For a pick-up: where.' }) pickupWarehouseId?: string | null;
  @Field(() => DeliveryAddressInput, { nullable: true }) address?: DeliveryAddressInput | null;
  @Field(() => String) contactName!: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) requestedDate!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

export const ShipmentResult = createUnionType({
  name: 'ShipmentResult',
  types: () => [ShipmentRequestType, NotFoundError, ValidationError] as const,
});

export const METHOD_IN: Record<ShipmentMethodEnum, ShipmentMethod> = {
  PICKUP: 'pickup',
  CARRIER_DEPOT: 'carrierDepot',
  CARRIER_DELIVERY: 'carrierDelivery',
  OWN_DELIVERY: 'ownDelivery',
};
const METHOD_OUT = Object.fromEntries(Object.entries(METHOD_IN).map(([k, v]) => [v, k])) as Record<ShipmentMethod, ShipmentMethodEnum>;

export function toShipmentType(s: ShipmentView): ShipmentRequestType {
  const a = s.address as Record<string, string | null> | null;
  return Object.assign(new ShipmentRequestType(), {
    ...s,
    method: METHOD_OUT[s.method],
    address: a
      ? Object.assign(new DeliveryAddressType(), {
          name: a.name ?? null,
          street: a.street ?? null,
          postalCode: a.postalCode ?? null,
          city: a.city ?? null,
          country: a.country ?? null,
          phone: a.phone ?? null,
        })
      : null,
    transfers: s.transfers.map((t) =>
      Object.assign(new TransferRequestType(), { ...t, lines: t.lines.map((l) => Object.assign(new TransferLineType(), l)) }),
    ),
  });
}

import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { Policy } from '../../graphql/policy';
import { failureType } from '../orders/orders.errors';
import type { ShipmentsService } from './shipments.service';
import { METHOD_IN, RequestShipmentInput, ShipmentResult, toShipmentType } from './shipments.types';

@Resolver()
export class ShipmentsResolver {
  constructor(private readonly shipments: ShipmentsService) {}

  @Policy({ permissions: ['shipments.request'] })
  @Mutation(() => ShipmentResult, {
    description: 'Asks for the goods of a reserved or paid proforma, or of an order, to be shipped or collected.',
  })
  async requestShipment(@Arg('input', () => RequestShipmentInput) input: RequestShipmentInput, @Context() ctx: Ctx) {
    const o = await this.shipments.request(ctx, {
      ...input,
      method: METHOD_IN[input.method],
      address: input.address ? { ...input.address } : null,
    });
    return o.kind === 'ok' ? toShipmentType(o.value) : failureType(o);
  }
}

import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { Done } from '../../graphql/common.types';
import { Policy } from '../../graphql/policy';
import { failureType } from '../orders/orders.errors';
import type { Outcome } from '../orders/orders.common';
import type { BasketList, BasketsService } from './baskets.service';
import {
  AddToBasketInput,
  AddToBasketResult,
  BasketChangeResult,
  BasketLineAddedType,
  BasketLineRefInput,
  BasketListEnum,
  BasketResult,
  ClearBasketInput,
  MoveBasketLineInput,
  QuickOrderInput,
  QuickOrderResult,
  ReorderInput,
  toBasketType,
  toReportType,
  UpdateBasketLineInput,
} from './baskets.types';

const done = (o: Outcome<unknown>) => (o.kind === 'ok' ? Object.assign(new Done(), { ok: true }) : failureType(o));

@Resolver()
export class BasketsResolver {
  constructor(private readonly baskets: BasketsService) {}

  @Policy({ permissions: ['orders.place'] })
  @Query(() => BasketResult, { description: 'The basket and saved-for-later list, validated and priced now.' })
  async basket(
    @Arg('companyId', () => ID, { nullable: true, description: 'Staff: the customer.' }) companyId: string | null,
    @Context() ctx: Ctx,
  ) {
    const o = await this.baskets.basket(ctx, companyId);
    return o.kind === 'ok' ? toBasketType(o.value) : failureType(o);
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => AddToBasketResult, { description: 'Adds a quantity (a line per product and warehouse; quantities add up).' })
  async addToBasket(@Arg('input', () => AddToBasketInput) input: AddToBasketInput, @Context() ctx: Ctx) {
    const o = await this.baskets.add(ctx, { ...input, list: input.list ? (input.list.toLowerCase() as BasketList) : null });
    return o.kind === 'ok'
      ? Object.assign(new BasketLineAddedType(), { ...o.value, list: o.value.list.toUpperCase() as BasketListEnum })
      : failureType(o);
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => BasketChangeResult)
  async updateBasketLine(@Arg('input', () => UpdateBasketLineInput) input: UpdateBasketLineInput, @Context() ctx: Ctx) {
    return done(await this.baskets.update(ctx, input));
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => BasketChangeResult)
  async removeBasketLine(@Arg('input', () => BasketLineRefInput) input: BasketLineRefInput, @Context() ctx: Ctx) {
    return done(await this.baskets.remove(ctx, input.lineId));
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => BasketChangeResult, { description: 'Moves a line between the basket and the saved-for-later list.' })
  async moveBasketLine(@Arg('input', () => MoveBasketLineInput) input: MoveBasketLineInput, @Context() ctx: Ctx) {
    return done(await this.baskets.move(ctx, input.lineId, input.to.toLowerCase() as BasketList));
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => BasketChangeResult)
  async clearBasket(@Arg('input', () => ClearBasketInput) input: ClearBasketInput, @Context() ctx: Ctx) {
    return done(await this.baskets.clear(ctx, input.companyId, (input.list ?? BasketListEnum.BASKET).toLowerCase() as BasketList));
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => QuickOrderResult, {
    description: 'Adds pasted or uploaded SKU;quantity lines (or CSV) to the basket, with a report per line.',
  })
  async quickOrder(@Arg('input', () => QuickOrderInput) input: QuickOrderInput, @Context() ctx: Ctx) {
    const o = await this.baskets.quickOrder(ctx, input.companyId, input.text);
    return o.kind === 'ok' ? toReportType(o.value) : failureType(o);
  }

  @Policy({ permissions: ['orders.place'] })
  @Mutation(() => QuickOrderResult, { description: 'Puts a past order’s lines back into the basket.' })
  async reorder(@Arg('input', () => ReorderInput) input: ReorderInput, @Context() ctx: Ctx) {
    const o = await this.baskets.reorder(ctx, input.orderId);
    return o.kind === 'ok' ? toReportType(o.value) : failureType(o);
  }
}

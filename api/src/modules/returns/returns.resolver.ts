import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { Policy } from '../../graphql/policy';
import { failureType } from '../orders/orders.errors';
import type { ReturnKind, ReturnsService, ReturnStatus } from './returns.service';
import {
  CreateReturnRequestInput,
  ReturnRequestConnection,
  ReturnRequestsArgs,
  ReturnRequestType,
  ReturnResult,
  SetReturnStatusInput,
  toReturnType,
} from './returns.types';

@Resolver()
export class ReturnsResolver {
  constructor(private readonly returns: ReturnsService) {}

  @Policy({ permissions: ['orders.view'] })
  @Query(() => ReturnRequestConnection, { description: 'Returns and complaints, newest first.' })
  async returnRequests(@Args(() => ReturnRequestsArgs) args: ReturnRequestsArgs, @Context() ctx: Ctx) {
    return toConnection(await this.returns.list(ctx, args), toReturnType);
  }

  @Policy({ permissions: ['orders.view'] })
  @Query(() => ReturnRequestType, { nullable: true })
  async returnRequest(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    const r = await this.returns.get(ctx, id);
    return r && toReturnType(r);
  }

  @Policy({ permissions: ['returns.create'] })
  @Mutation(() => ReturnResult, { description: 'A return or complaint with lines, reason, description and photos.' })
  async createReturnRequest(@Arg('input', () => CreateReturnRequestInput) input: CreateReturnRequestInput, @Context() ctx: Ctx) {
    const o = await this.returns.create(ctx, { ...input, kind: input.kind.toLowerCase() as ReturnKind });
    return o.kind === 'ok' ? toReturnType(o.value) : failureType(o);
  }

  @Policy({ permissions: ['returns.create'] })
  @Mutation(() => ReturnResult, { description: 'Staff accept, reject or resolve; the customer may withdraw while submitted.' })
  async setReturnStatus(@Arg('input', () => SetReturnStatusInput) input: SetReturnStatusInput, @Context() ctx: Ctx) {
    const o = await this.returns.setStatus(ctx, input.returnId, input.status.toLowerCase() as ReturnStatus, input.resolution ?? null);
    return o.kind === 'ok' ? toReturnType(o.value) : failureType(o);
  }
}

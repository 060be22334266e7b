import { Arg, Args, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import { Policy } from '../../graphql/policy';
import type { ErpAdminService, ReplayOutcome } from './erp-admin.service';
import {
  ErpDeadLetterConnection,
  ErpDeadLettersArgs,
  ErpDeadLetterType,
  ErpQuarantineArgs,
  ErpQuarantineConnection,
  ErpSyncHealthType,
  ReplayErpDeadLetterInput,
  ReplayErpDeadLetterResult,
  ResolveErpDeadLetterInput,
} from './erp-sync.types';

const asType = <T extends object>(cls: new () => T, v: Partial<T>) => Object.assign(new cls(), v);

@Resolver()
export class ErpSyncResolver {
  constructor(private readonly admin: ErpAdminService) {}

  @Policy({ permissions: ['staff.erp.manage'] })
  @Query(() => ErpSyncHealthType, { description: 'ERP sync health: per-entity lag and cursors, outbox age, dead letters (staff).' })
  erpSyncHealth(@Context() ctx: Ctx) {
    return this.admin.health(ctx);
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Query(() => ErpDeadLetterConnection, { description: 'Messages to the ERP that failed for good, newest first (staff).' })
  async erpDeadLetters(@Args() args: ErpDeadLettersArgs, @Context() ctx: Ctx) {
    return toConnection(await this.admin.deadLetters(ctx, args), (r) => r);
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Query(() => ErpQuarantineConnection, { description: 'Inputs from the ERP refused as malformed, newest first (staff).' })
  async erpQuarantine(@Args() args: ErpQuarantineArgs, @Context() ctx: Ctx) {
    return toConnection(await this.admin.quarantine(ctx, args), (r) => r);
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Mutation(() => ReplayErpDeadLetterResult, { description: 'Puts a dead letter back on the outbox; the relay sends it again (staff).' })
  async replayErpDeadLetter(@Arg('input', () => ReplayErpDeadLetterInput) input: ReplayErpDeadLetterInput, @Context() ctx: Ctx) {
    return deadLetterResult(await this.admin.replayDeadLetter(ctx, input.id));
  }

  @Policy({ permissions: ['staff.erp.manage'] })
  @Mutation(() => ReplayErpDeadLetterResult, {
    description:
      'Marks a dead letter as done by hand in the ERP (e.g. an EDI++ cancellation or change): its message counts as delivered, so the order’s later messages go on (staff).',
  })
  async resolveErpDeadLetter(@Arg('input', () => ResolveErpDeadLetterInput) input: ResolveErpDeadLetterInput, @Context() ctx: Ctx) {
    return deadLetterResult(await this.admin.resolveDeadLetter(ctx, input.id, input.resolution));
  }
}

function deadLetterResult(out: ReplayOutcome) {
  switch (out.kind) {
    case 'ok':
      return asType(ErpDeadLetterType, out.deadLetter);
    case 'notFound':
      return NotFoundError.of('This dead letter does not exist.');
    case 'invalid':
      return ValidationError.of(out.message);
  }
}

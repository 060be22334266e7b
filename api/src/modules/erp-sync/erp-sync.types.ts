import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionType } from '../../graphql/connection';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';

@ObjectType('ErpEntitySyncState', { description: 'Where the sync of one ERP entity stands.', simpleResolvers: true })
export class ErpEntitySyncStateType {
  @Field(() => String) entity!: string;
  @Field(() => Date, { nullable: true, description: 'The cursor: modification time of the last record applied.' })
  cursorModifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) cursorErpId!: string | null;
  @Field(() => Date, { nullable: true }) lastSuccessAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastFullSyncAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Int, { nullable: true, description: 'Seconds since the last successful sync.' }) lagSeconds!: number | null;
  @Field(() => Boolean, { description: 'No successful sync within three intervals.' }) stale!: boolean;
  @Field(() => Int) intervalSeconds!: number;
  @Field(() => Number) applied!: number;
  @Field(() => Number) unchanged!: number;
  @Field(() => Number) quarantined!: number;
}

@ObjectType('ErpSyncHealth', { description: 'The ERP connector at a glance: lag, cursors, outbox age, dead letters.' })
export class ErpSyncHealthType {
  @Field(() => String, { nullable: true, description: 'The connector in use ("bridge", "edi++"), null when none is configured.' })
  connector!: string | null;
  @Field(() => [ErpEntitySyncStateType]) entities!: ErpEntitySyncStateType[];
  @Field(() => Int) outboxPending!: number;
  @Field(() => Date, { nullable: true }) outboxOldestPendingAt!: Date | null;
  @Field(() => Int, { nullable: true }) outboxOldestAgeSeconds!: number | null;
  @Field(() => Int) deadLetters!: number;
  @Field(() => Int) quarantined!: number;
  @Field(() => Date) checkedAt!: Date;
}

@ObjectType('ErpDeadLetter', { description: 'A message to the ERP that failed for good, with its raw payload.', simpleResolvers: true })
export class ErpDeadLetterType {
  @Field(() => ID) id!: string;
  @Field(() => String) aggregateType!: string;
  @Field(() => String) aggregateId!: string;
  @Field(() => String) kind!: string;
  @Field(() => GraphQLJSONObject) payload!: Record<string, unknown>;
  @Field(() => String) reason!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) replayedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When staff marked it done by hand in the ERP.' }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What staff did by hand.' }) resolution!: string | null;
}

@ObjectType('ErpQuarantinedInput', { description: 'An input from the ERP that was refused, with the reason.', simpleResolvers: true })
export class ErpQuarantinedInputType {
  @Field(() => ID) id!: string;
  @Field(() => String) entity!: string;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { description: 'The raw input (first 4,000 characters).' }) raw!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) createdAt!: Date;
}

export const ErpDeadLetterConnection = connectionType('ErpDeadLetter', ErpDeadLetterType);
export const ErpQuarantineConnection = connectionType('ErpQuarantinedInput', ErpQuarantinedInputType);

@ArgsType()
export class ErpDeadLettersArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Also list the ones already replayed.' }) includeReplayed?: boolean | null;
}

@ArgsType()
export class ErpQuarantineArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true }) entity?: string | null;
}

@InputType()
export class ReplayErpDeadLetterInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class ResolveErpDeadLetterInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What was done by hand in the ERP (kept with the dead letter).' }) resolution!: string;
}

export const ReplayErpDeadLetterResult = createUnionType({
  name: 'ReplayErpDeadLetterResult',
  types: () => [ErpDeadLetterType, NotFoundError, ValidationError] as const,
});

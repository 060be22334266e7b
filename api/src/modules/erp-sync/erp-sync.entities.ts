import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Per-entity sync position and health (DESIGN.md §7): the cursor and the staleness mark. */
@Entity({ tableName: 'erp_sync_state' })
export class ErpSyncState {
  [OptionalProps]?:
    | 'cursorModifiedAt'
    | 'cursorErpId'
    | 'lastSuccessAt'
    | 'lastAttemptAt'
    | 'lastError'
    | 'lastFullSyncAt'
    | 'applied'
    | 'unchanged'
    | 'quarantined'
    | 'updatedAt';

  @PrimaryKey({ type: 'text' })
  entity!: string;

  @Property({ type: 'timestamptz', nullable: true })
  cursorModifiedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cursorErpId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastFullSyncAt: Date | null = null;

  /** Counters since the state row was created. */
  @Property({ type: new BigIntType('number') })
  applied: number = 0;

  @Property({ type: new BigIntType('number') })
  unchanged: number = 0;

  @Property({ type: new BigIntType('number') })
  quarantined: number = 0;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** Messages already applied, by a unique key; a second delivery of the same key is dropped. */
@Entity({ tableName: 'erp_inbox' })
@Index({ properties: ['receivedAt'] })
export class ErpInboxMessage {
  @PrimaryKey({ type: 'text' })
  messageKey!: string;

  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}

/** Inputs refused on the way in (malformed, truncated, wrongly encoded, failing the schema), with the reason. */
@Entity({ tableName: 'erp_quarantine' })
@Index({ properties: ['createdAt', 'id'] })
export class ErpQuarantine {
  [OptionalProps]?: 'source' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  @Property({ type: 'text' })
  raw!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * The transactional outbox (DESIGN.md §7). Rows are written in the same transaction as the business change
 * (see outbox.ts, enqueueOutbox); the relay sends them in `seq` order per aggregate.
 */
@Entity({ tableName: 'outbox' })
@Unique({ properties: ['aggregateType', 'aggregateId', 'seq'] })
@Index({ properties: ['sentAt', 'deadAt', 'nextAttemptAt'] })
@Index({
  name: 'outbox_pending_index',
  expression: 'create index "outbox_pending_index" on "outbox" ("id") where "sent_at" is null and "dead_at" is null',
})
export class OutboxMessage {
  [OptionalProps]?: 'createdAt' | 'sentAt' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'deadAt' | 'erpId' | 'erpNumber';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  aggregateType!: string;

  @Property({ type: 'text' })
  aggregateId!: string;

  /** 1, 2, 3 … per aggregate: the order the ERP must see the messages in. */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** Set when the message went to the dead letters; the relay skips it (and its aggregate's later messages). */
  @Property({ type: 'timestamptz', nullable: true })
  deadAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  erpId: string | null = null;

  @Property({ type: 'text', nullable: true })
  erpNumber: string | null = null;
}

/** Messages that failed for good or ran out of retries: the raw payload, the reason and the attempts. */
@Entity({ tableName: 'erp_dead_letter' })
@Index({ properties: ['createdAt', 'id'] })
export class ErpDeadLetter {
  [OptionalProps]?: 'outboxId' | 'createdAt' | 'replayedAt' | 'replayedBy' | 'resolvedAt' | 'resolvedBy' | 'resolution';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: new BigIntType('number'), nullable: true })
  @Index()
  outboxId: number | null = null;

  @Property({ type: 'text' })
  aggregateType!: string;

  @Property({ type: 'text' })
  aggregateId!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  replayedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  replayedBy: string | null = null;

  /** Staff did by hand in the ERP what the message asked (e.g. EDI++, which has no cancellation or change document). */
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  resolvedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;
}

/** What the ERP said about each document Kontor pushed: its number and latest status. */
@Entity({ tableName: 'erp_document' })
export class ErpDocument {
  [OptionalProps]?: 'erpId' | 'erpNumber' | 'reason' | 'updatedAt';

  @PrimaryKey({ type: 'text' })
  kind!: string;

  @PrimaryKey({ type: 'text' })
  kontorReference!: string;

  @Property({ type: 'text', nullable: true })
  erpId: string | null = null;

  @Property({ type: 'text', nullable: true })
  erpNumber: string | null = null;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/**
 * A payment from the ERP that names a Kontor order or proforma, on its way to the orders module
 * (payment-routing.ts): `pending` until registered on the order once (`registered`), or kept with the reason
 * when the order is unknown (`unmatched`) or refuses it (`refused`, e.g. cancelled).
 */
@Entity({ tableName: 'erp_payment_route' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class ErpPaymentRoute {
  [OptionalProps]?: 'kontorReference' | 'orderErpId' | 'orderId' | 'reason' | 'attempts';

  @PrimaryKey({ type: 'text' })
  paymentErpId!: string;

  @Property({ type: 'text', nullable: true })
  kontorReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  orderErpId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  orderId: string | null = null;

  @Property({ type: 'text' })
  status!: 'pending' | 'registered' | 'unmatched' | 'refused';

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const ERP_SYNC_ENTITIES = [ErpSyncState, ErpInboxMessage, ErpQuarantine, OutboxMessage, ErpDeadLetter, ErpDocument, ErpPaymentRoute];

import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboundKind } from './erp-connector';

/**
 * The outbox contract (DESIGN.md §7) for every module that sends something to the ERP.
 *
 * Call `enqueueOutbox(em, …)` INSIDE the transaction that makes the business change (e.g. the order insert),
 * with that transaction's EntityManager. The row commits or rolls back with the change; the relay
 * (outbox-relay.ts) sends it after commit, in `seq` order per aggregate, with the idempotency key
 * `kontor:<aggregateType>:<aggregateId>:<seq>`, and looks the document up by Kontor's reference before any
 * resend after an ambiguous failure. Nothing else writes to the outbox table.
 *
 * - aggregateType: 'order' (or 'reservation', 'shipment', 'return' …) — the unit whose messages keep their order.
 * - aggregateId: Kontor's id of it (a UUID); it is the ERP's external reference (`kontorReference`) unless
 *   the payload names another one.
 * - kind: what the ERP receives (OutboundKind: 'order', 'reservation', 'reservationRelease', 'shipmentRequest', 'return', 'payment').
 * - payload: the canonical document body (docs/bridge-protocol/schemas/order.json for orders), JSON only.
 *
 * Statuses come back through the sync: listen to ERP_EVENTS.statusChanged (events.ts), or read
 * `erp_document` / ErpSyncService-independent `ErpDocumentsService.documentFor(kind, reference)`.
 */
export interface OutboxInput {
  aggregateType: string;
  aggregateId: string;
  kind: OutboundKind;
  payload: Record<string, unknown>;
}

/** Appends a message to the outbox in the caller's transaction; returns its id and per-aggregate seq. */
export async function enqueueOutbox(em: EntityManager, input: OutboxInput): Promise<{ id: number; seq: number }> {
  if (!input.aggregateType || !input.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
  // seq = 1 + the aggregate's last; the unique (aggregate_type, aggregate_id, seq) catches a concurrent writer,
  // which then fails its transaction rather than reordering messages. An advisory lock per aggregate makes
  // such a clash wait instead of fail.
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute(
    'select pg_advisory_xact_lock(hashtextextended(?, 0))',
    [`outbox:${input.aggregateType}:${input.aggregateId}`],
    'all',
    tx,
  );
  const rows: Array<{ id: string; seq: number }> = await conn.execute(
    `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
     select ?, ?, coalesce(max(seq), 0) + 1, ?, ?::jsonb, now(), now(), 0
       from outbox where aggregate_type = ? and aggregate_id = ?
     returning id, seq`,
    [input.aggregateType, input.aggregateId, input.kind, JSON.stringify(input.payload), input.aggregateType, input.aggregateId],
    'all',
    tx,
  );
  return { id: Number(rows[0].id), seq: rows[0].seq };
}

export const idempotencyKeyFor = (m: { aggregateType: string; aggregateId: string; seq: number }) =>
  `kontor:${m.aggregateType}:${m.aggregateId}:${m.seq}`;

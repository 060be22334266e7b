import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboundKind } from './erp-connector';
import type { PgClient } from './pg';

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
 * - kind: what the ERP receives (OutboundKind: 'order', 'reservation', 'reservationRelease', 'shipmentRequest', 'return', 'payment',
 *   'orderCancellation', 'orderChange', 'transferRequest'; outbound-documents.ts turns Kontor ids in a transfer into ERP ids).
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

/**
 * The same as `enqueueOutbox`, for callers running their transaction on a raw `pg` client (inPgTransaction):
 * the hot order paths, which write plain SQL. Same locking, same seq rule, same row.
 */
export async function enqueueOutboxPg(client: PgClient, input: OutboxInput): Promise<{ id: number; seq: number }> {
  const [row] = await enqueueOutboxManyPg(client, [input]);
  return row;
}

/**
 * Appends many messages in two statements (batch releases): advisory locks per aggregate taken in a stable
 * order, then one insert computing each aggregate's next seq. Messages of one aggregate keep their order.
 */
export async function enqueueOutboxManyPg(client: PgClient, inputs: readonly OutboxInput[]): Promise<Array<{ id: number; seq: number }>> {
  if (!inputs.length) return [];
  for (const i of inputs) if (!i.aggregateType || !i.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
  const keys = [...new Set(inputs.map((i) => `outbox:${i.aggregateType}:${i.aggregateId}`))].sort();
  await client.query('select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select unnest($1::text[]) k order by 1) s', [keys]);
  const res = await client.query<{ id: string; seq: number }>(
    `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
     select m.t, m.a,
            coalesce((select max(o.seq) from outbox o where o.aggregate_type = m.t and o.aggregate_id = m.a), 0)
              + row_number() over (partition by m.t, m.a order by m.n),
            m.k, m.p, now(), now(), 0
       from unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) with ordinality as m(t, a, k, p, n)
      order by m.n
     returning id, seq`,
    [
      inputs.map((i) => i.aggregateType),
      inputs.map((i) => i.aggregateId),
      inputs.map((i) => i.kind),
      inputs.map((i) => JSON.stringify(i.payload)),
    ],
  );
  return res.rows.map((r) => ({ id: Number(r.id), seq: r.seq }));
}

/**
 * For an aggregate created in the very same transaction (a new order's id): its first message has seq 1 and no
 * other writer can know the id yet, so no lock is needed. Returns an INSERT to embed (e.g. as a CTE) in the
 * caller's statement, with its parameters numbered from `firstParam`, written when `condition` (SQL) holds;
 * same row as enqueueOutbox would write.
 */
export function firstOutboxInsert(
  input: OutboxInput,
  firstParam: number,
  condition = 'true',
  /** SQL for a jsonb object merged into the payload (values only known inside the statement). */
  payloadExtraSql = `'{}'::jsonb`,
): { sql: string; params: unknown[] } {
  if (!input.aggregateType || !input.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
  const p = (i: number) => `$${firstParam + i}`;
  return {
    sql: `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
          select ${p(0)}, ${p(1)}, 1, ${p(2)}, ${p(3)}::jsonb || ${payloadExtraSql}, now(), now(), 0 where ${condition}`,
    params: [input.aggregateType, input.aggregateId, input.kind, JSON.stringify(input.payload)],
  };
}

import type { Ctx } from '../../common/context';
import type { EventBus } from '../../common/event-bus';
import { backoffMs, type ErpConfig } from './erp-config';
import {
  ErpAmbiguousError,
  ErpRejectedError,
  ErpUnavailableError,
  type ErpConnector,
  type OutboundKind,
  type PushedDocument,
} from './erp-connector';
import { ERP_EVENTS, type ErpStatusEvent } from './events';
import { documentReference, prepareDocuments } from './outbound-documents';
import { idempotencyKeyFor } from './outbox';
import { inPgTransaction } from './pg';

interface OutboxRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  seq: number;
  kind: OutboundKind;
  payload: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
}

type Outcome =
  | { row: OutboxRow; ok: true; doc: PushedDocument; via: 'push' | 'lookup' }
  | { row: OutboxRow; ok: false; permanent: boolean; reason: string };

export interface DeliveryResult {
  sent: number;
  retried: number;
  dead: number;
  skipped: number;
}

/** How long one delivery batch may keep calling the ERP (its row locks are held meanwhile). */
const DELIVERY_BUDGET_MS = 20_000;

const referenceOf = (row: Pick<OutboxRow, 'aggregate_id' | 'kind' | 'seq' | 'payload'>) => documentReference(row);

/** Runs `fn` over items with at most `n` at a time. */
async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let i = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (i < items.length) {
        const k = i++;
        out[k] = await fn(items[k]);
      }
    }),
  );
  return out;
}

/**
 * The outbound half (DESIGN.md §7). `claimDue` leases the head message of each aggregate that is due (the
 * relay job enqueues them; if Redis loses the jobs, the lease runs out and the next relay run hands them out
 * again). `deliver` sends them: a message that failed before is first looked up by Kontor's reference, so an
 * ambiguous failure never produces a second document; transient failures back off exponentially with
 * jitter; permanent ones and exhausted retries become dead letters.
 */
export class OutboxRelay {
  constructor(
    private readonly connector: ErpConnector | null,
    private readonly config: ErpConfig,
    private readonly bus: EventBus,
  ) {}

  /** Leases up to `limit` due head-of-aggregate messages; returns their ids in batches for delivery jobs. */
  async claimDue(ctx: Ctx, limit = 2000, batchSize = 200): Promise<number[][]> {
    if (!this.connector) return [];
    const now = ctx.clock.now();
    const ids = await inPgTransaction(ctx.em, async (c) => {
      const res = await c.query<{ id: string }>(
        `update outbox o set next_attempt_at = $2
          where o.id in (
            select h.id from outbox h
             where h.sent_at is null and h.dead_at is null and h.next_attempt_at <= $1
               and not exists (select 1 from outbox p where p.aggregate_type = h.aggregate_type and p.aggregate_id = h.aggregate_id
                                                        and p.seq < h.seq and p.sent_at is null)
             order by h.id limit $3 for update skip locked)
          returning o.id`,
        [now, new Date(now.getTime() + this.config.leaseMs), limit],
      );
      return res.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
    });
    const batches: number[][] = [];
    for (let i = 0; i < ids.length; i += batchSize) batches.push(ids.slice(i, i + batchSize));
    return batches;
  }

  /** Sends the given messages (those still pending); safe to run twice for the same ids. */
  async deliver(ctx: Ctx, ids: number[]): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, retried: 0, dead: 0, skipped: 0 };
    const connector = this.connector;
    if (!connector || !ids.length) return result;
    const events: ErpStatusEvent[] = [];
    await inPgTransaction(ctx.em, async (c) => {
      const res = await c.query<OutboxRow>(
        `select h.id, h.aggregate_type, h.aggregate_id, h.seq, h.kind, h.payload, h.attempts, h.last_error from outbox h
          where h.id = any($1) and h.sent_at is null and h.dead_at is null
            and not exists (select 1 from outbox p where p.aggregate_type = h.aggregate_type and p.aggregate_id = h.aggregate_id
                                                     and p.seq < h.seq and p.sent_at is null)
          order by h.id for update skip locked`,
        [ids],
      );
      result.skipped = ids.length - res.rows.length;
      // Kontor's ids in the payloads become the ERP's (one look-up per batch); what cannot be translated is refused
      const prepared = await prepareDocuments(c, res.rows);
      // a batch stops calling the ERP once it is known to be down, and never holds its row locks for long
      const started = Date.now();
      let down: string | null = null;
      const outcomes = await pool(res.rows, 16, async (row): Promise<Outcome | null> => {
        if (Date.now() - started > DELIVERY_BUDGET_MS) return null; // untouched: the lease runs out, the relay hands it out again
        if (down) return { row, ok: false, permanent: false, reason: `unavailable: not tried, the ERP is down (${down})`.slice(0, 2000) };
        const reference = referenceOf(row);
        const doc = prepared.get(row.id);
        if (doc && !doc.ok) return { row, ok: false, permanent: true, reason: `rejected: ${doc.reason}`.slice(0, 2000) };
        try {
          // after any failed attempt the ERP may already hold it: ask before sending again
          if (row.attempts > 0) {
            const found = await connector.findByReference(row.kind, reference);
            if (found) return { row, ok: true, doc: found, via: 'lookup' };
          }
          const pushed = await connector.pushDocument(
            { kind: row.kind, kontorReference: reference, body: doc?.ok ? doc.body : row.payload },
            idempotencyKeyFor({
              aggregateType: row.aggregate_type,
              aggregateId: row.aggregate_id,
              seq: row.seq,
            }),
          );
          return { row, ok: true, doc: pushed, via: 'push' };
        } catch (err) {
          const e = err as Error;
          if (err instanceof ErpUnavailableError) down ??= e.message;
          const permanent = err instanceof ErpRejectedError;
          const tag = err instanceof ErpAmbiguousError ? 'ambiguous' : permanent ? 'rejected' : 'unavailable';
          return { row, ok: false, permanent, reason: `${tag}: ${e.message}`.slice(0, 2000) };
        }
      });
      const now = ctx.clock.now();
      result.skipped += outcomes.filter((o) => o === null).length;
      const sent = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o !== null && o.ok);
      if (sent.length) {
        const rows = sent.map((o) => ({
          id: o.row.id,
          erp_id: o.doc.erpId,
          erp_number: o.doc.erpNumber,
          kind: o.row.kind,
          ref: referenceOf(o.row),
          status: o.doc.status,
        }));
        await c.query(
          `update outbox o set sent_at = $2, attempts = o.attempts + 1, erp_id = s.erp_id, erp_number = s.erp_number, last_error = null
             from json_to_recordset($1::json) as s(id bigint, erp_id text, erp_number text) where o.id = s.id`,
          [JSON.stringify(rows), now],
        );
        // changed_at stays at the epoch: the ERP's own status records (with its clock) always win over this echo
        const docs = await c.query<{ kind: string; kontor_reference: string; status: string; erp_number: string | null }>(
          `insert into erp_document (kind, kontor_reference, erp_id, erp_number, status, changed_at, updated_at)
           select distinct on (kind, ref) kind, ref, erp_id, erp_number, status, to_timestamp(0), $2
             from json_to_recordset($1::json) as s(kind text, ref text, erp_id text, erp_number text, status text)
           on conflict (kind, kontor_reference) do update set erp_id = coalesce(erp_document.erp_id, excluded.erp_id),
                  erp_number = coalesce(erp_document.erp_number, excluded.erp_number), updated_at = excluded.updated_at
           returning kind, kontor_reference, status, erp_number`,
          [JSON.stringify(rows), now],
        );
        for (const d of docs.rows) {
          events.push({
            kind: d.kind,
            kontorReference: d.kontor_reference,
            status: d.status,
            erpNumber: d.erp_number,
            reason: null,
            changedAt: now.toISOString(),
          });
        }
        result.sent = sent.length;
      }
      const failed = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => o !== null && !o.ok);
      const dead = failed.filter((o) => o.permanent || o.row.attempts + 1 >= this.config.maxAttempts);
      const retry = failed.filter((o) => !dead.includes(o));
      if (retry.length) {
        const rows = retry.map((o) => ({
          id: o.row.id,
          next: new Date(now.getTime() + backoffMs(o.row.attempts + 1, this.config.backoffBaseMs, this.config.backoffMaxMs)).toISOString(),
          err: o.reason,
        }));
        await c.query(
          `update outbox o set attempts = o.attempts + 1, next_attempt_at = s.next, last_error = s.err
             from json_to_recordset($1::json) as s(id bigint, next timestamptz, err text) where o.id = s.id`,
          [JSON.stringify(rows)],
        );
        result.retried = retry.length;
      }
      if (dead.length) {
        const rows = dead.map((o) => ({
          id: o.row.id,
          reason: o.permanent ? o.reason : `gave up after ${o.row.attempts + 1} attempts; last: ${o.reason}`,
        }));
        await c.query(
          `with d as (update outbox o set attempts = o.attempts + 1, dead_at = $2, last_error = s.reason
                        from json_to_recordset($1::json) as s(id bigint, reason text) where o.id = s.id
                      returning o.id, o.aggregate_type, o.aggregate_id, o.kind, o.payload, o.attempts, s.reason)
           insert into erp_dead_letter (id, outbox_id, aggregate_type, aggregate_id, kind, payload, reason, attempts, created_at)
           select gen_random_uuid(), id, aggregate_type, aggregate_id, kind, payload, reason, attempts, $2 from d`,
          [JSON.stringify(rows), now],
        );
        result.dead = dead.length;
        ctx.log.warn({ ids: dead.map((d) => d.row.id) }, 'outbox messages moved to the dead letters');
      }
    });
    await Promise.all(
      events.flatMap((ev) => [
        this.bus.emit(ERP_EVENTS.statusChanged, ev.kontorReference, ev).catch(() => undefined),
        this.bus.emit(ERP_EVENTS.statusChanged, undefined, ev).catch(() => undefined),
      ]),
    );
    return result;
  }
}

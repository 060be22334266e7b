"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "OutboxRelay", {
    enumerable: true,
    get: function() {
        return OutboxRelay;
    }
});
const _erpconfig = require("./erp-config");
const _erpconnector = require("./erp-connector");
const _events = require("./events");
const _outbounddocuments = require("./outbound-documents");
const _outbox = require("./outbox");
const _pg = require("./pg");
/** How long one delivery batch may keep calling the ERP (its row locks are held meanwhile). */ const DELIVERY_BUDGET_MS = 20_000;
const referenceOf = (row)=>(0, _outbounddocuments.documentReference)(row);
/** Runs `fn` over items with at most `n` at a time. */ async function pool(items, n, fn) {
    const out = new Array(items.length);
    let i = 0;
    await Promise.all(Array.from({
        length: Math.min(n, items.length)
    }, async ()=>{
        while(i < items.length){
            const k = i++;
            out[k] = await fn(items[k]);
        }
    }));
    return out;
}
let OutboxRelay = class OutboxRelay {
    constructor(connector, config, bus){
        this.connector = connector;
        this.config = config;
        this.bus = bus;
    }
    /** Leases up to `limit` due head-of-aggregate messages; returns their ids in batches for delivery jobs. */ async claimDue(ctx, limit = 2000, batchSize = 200) {
        if (!this.connector) return [];
        const now = ctx.clock.now();
        const ids = await (0, _pg.inPgTransaction)(ctx.em, async (c)=>{
            const res = await c.query(`update outbox o set next_attempt_at = $2
          where o.id in (
            select h.id from outbox h
             where h.sent_at is null and h.dead_at is null and h.next_attempt_at <= $1
               and not exists (select 1 from outbox p where p.aggregate_type = h.aggregate_type and p.aggregate_id = h.aggregate_id
                                                        and p.seq < h.seq and p.sent_at is null)
             order by h.id limit $3 for update skip locked)
          returning o.id`, [
                now,
                new Date(now.getTime() + this.config.leaseMs),
                limit
            ]);
            return res.rows.map((r)=>Number(r.id)).sort((a, b)=>a - b);
        });
        const batches = [];
        for(let i = 0; i < ids.length; i += batchSize)batches.push(ids.slice(i, i + batchSize));
        return batches;
    }
    /** Sends the given messages (those still pending); safe to run twice for the same ids. */ async deliver(ctx, ids) {
        const result = {
            sent: 0,
            retried: 0,
            dead: 0,
            skipped: 0
        };
        const connector = this.connector;
        if (!connector || !ids.length) return result;
        const events = [];
        await (0, _pg.inPgTransaction)(ctx.em, async (c)=>{
            const res = await c.query(`select h.id, h.aggregate_type, h.aggregate_id, h.seq, h.kind, h.payload, h.attempts, h.last_error from outbox h
          where h.id = any($1) and h.sent_at is null and h.dead_at is null
            and not exists (select 1 from outbox p where p.aggregate_type = h.aggregate_type and p.aggregate_id = h.aggregate_id
                                                     and p.seq < h.seq and p.sent_at is null)
          order by h.id for update skip locked`, [
                ids
            ]);
            result.skipped = ids.length - res.rows.length;
            // Kontor's ids in the payloads become the ERP's (one look-up per batch); what cannot be translated is refused
            const prepared = await (0, _outbounddocuments.prepareDocuments)(c, res.rows);
            // a batch stops calling the ERP once it is known to be down, and never holds its row locks for long
            const started = Date.now();
            let down = null;
            const outcomes = await pool(res.rows, 16, async (row)=>{
                if (Date.now() - started > DELIVERY_BUDGET_MS) return null; // untouched: the lease runs out, the relay hands it out again
                if (down) return {
                    row,
                    ok: false,
                    permanent: false,
                    reason: `unavailable: not tried, the ERP is down (${down})`.slice(0, 2000)
                };
                const reference = referenceOf(row);
                const doc = prepared.get(row.id);
                if (doc && !doc.ok) return {
                    row,
                    ok: false,
                    permanent: true,
                    reason: `rejected: ${doc.reason}`.slice(0, 2000)
                };
                try {
                    // after any failed attempt the ERP may already hold it: ask before sending again
                    if (row.attempts > 0) {
                        const found = await connector.findByReference(row.kind, reference);
                        if (found) return {
                            row,
                            ok: true,
                            doc: found,
                            via: 'lookup'
                        };
                    }
                    const pushed = await connector.pushDocument({
                        kind: row.kind,
                        kontorReference: reference,
                        body: doc?.ok ? doc.body : row.payload
                    }, (0, _outbox.idempotencyKeyFor)({
                        aggregateType: row.aggregate_type,
                        aggregateId: row.aggregate_id,
                        seq: row.seq
                    }));
                    return {
                        row,
                        ok: true,
                        doc: pushed,
                        via: 'push'
                    };
                } catch (err) {
                    const e = err;
                    if (err instanceof _erpconnector.ErpUnavailableError) down ??= e.message;
                    const permanent = err instanceof _erpconnector.ErpRejectedError;
                    const tag = err instanceof _erpconnector.ErpAmbiguousError ? 'ambiguous' : permanent ? 'rejected' : 'unavailable';
                    return {
                        row,
                        ok: false,
                        permanent,
                        reason: `${tag}: ${e.message}`.slice(0, 2000)
                    };
                }
            });
            const now = ctx.clock.now();
            result.skipped += outcomes.filter((o)=>o === null).length;
            const sent = outcomes.filter((o)=>o !== null && o.ok);
            if (sent.length) {
                const rows = sent.map((o)=>({
                        id: o.row.id,
                        erp_id: o.doc.erpId,
                        erp_number: o.doc.erpNumber,
                        kind: o.row.kind,
                        ref: referenceOf(o.row),
                        status: o.doc.status
                    }));
                await c.query(`update outbox o set sent_at = $2, attempts = o.attempts + 1, erp_id = s.erp_id, erp_number = s.erp_number, last_error = null
             from json_to_recordset($1::json) as s(id bigint, erp_id text, erp_number text) where o.id = s.id`, [
                    JSON.stringify(rows),
                    now
                ]);
                // changed_at stays at the epoch: the ERP's own status records (with its clock) always win over this echo
                const docs = await c.query(`insert into erp_document (kind, kontor_reference, erp_id, erp_number, status, changed_at, updated_at)
           select distinct on (kind, ref) kind, ref, erp_id, erp_number, status, to_timestamp(0), $2
             from json_to_recordset($1::json) as s(kind text, ref text, erp_id text, erp_number text, status text)
           on conflict (kind, kontor_reference) do update set erp_id = coalesce(erp_document.erp_id, excluded.erp_id),
                  erp_number = coalesce(erp_document.erp_number, excluded.erp_number), updated_at = excluded.updated_at
           returning kind, kontor_reference, status, erp_number`, [
                    JSON.stringify(rows),
                    now
                ]);
                for (const d of docs.rows){
                    events.push({
                        kind: d.kind,
                        kontorReference: d.kontor_reference,
                        status: d.status,
                        erpNumber: d.erp_number,
                        reason: null,
                        changedAt: now.toISOString()
                    });
                }
                result.sent = sent.length;
            }
            const failed = outcomes.filter((o)=>o !== null && !o.ok);
            const dead = failed.filter((o)=>o.permanent || o.row.attempts + 1 >= this.config.maxAttempts);
            const retry = failed.filter((o)=>!dead.includes(o));
            if (retry.length) {
                const rows = retry.map((o)=>({
                        id: o.row.id,
                        next: new Date(now.getTime() + (0, _erpconfig.backoffMs)(o.row.attempts + 1, this.config.backoffBaseMs, this.config.backoffMaxMs)).toISOString(),
                        err: o.reason
                    }));
                await c.query(`update outbox o set attempts = o.attempts + 1, next_attempt_at = s.next, last_error = s.err
             from json_to_recordset($1::json) as s(id bigint, next timestamptz, err text) where o.id = s.id`, [
                    JSON.stringify(rows)
                ]);
                result.retried = retry.length;
            }
            if (dead.length) {
                const rows = dead.map((o)=>({
                        id: o.row.id,
                        reason: o.permanent ? o.reason : `gave up after ${o.row.attempts + 1} attempts; last: ${o.reason}`
                    }));
                await c.query(`with d as (update outbox o set attempts = o.attempts + 1, dead_at = $2, last_error = s.reason
                        from json_to_recordset($1::json) as s(id bigint, reason text) where o.id = s.id
                      returning o.id, o.aggregate_type, o.aggregate_id, o.kind, o.payload, o.attempts, s.reason)
           insert into erp_dead_letter (id, outbox_id, aggregate_type, aggregate_id, kind, payload, reason, attempts, created_at)
           select gen_random_uuid(), id, aggregate_type, aggregate_id, kind, payload, reason, attempts, $2 from d`, [
                    JSON.stringify(rows),
                    now
                ]);
                result.dead = dead.length;
                ctx.log.warn({
                    ids: dead.map((d)=>d.row.id)
                }, 'outbox messages moved to the dead letters');
            }
        });
        await Promise.all(events.flatMap((ev)=>[
                this.bus.emit(_events.ERP_EVENTS.statusChanged, ev.kontorReference, ev).catch(()=>undefined),
                this.bus.emit(_events.ERP_EVENTS.statusChanged, undefined, ev).catch(()=>undefined)
            ]));
        return result;
    }
};

//# sourceMappingURL=outbox-relay.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get ErpAdminService () {
        return ErpAdminService;
    },
    get ErpFreshnessGuard () {
        return ErpFreshnessGuard;
    }
});
const _errors = require("../../common/errors");
const _pagination = require("../../common/pagination");
const _erpconnector = require("./erp-connector");
const _pg = require("./pg");
const staffId = (ctx)=>ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
const deadLetterDates = (r)=>({
        ...r,
        createdAt: (0, _pg.asDate)(r.createdAt),
        replayedAt: (0, _pg.asDate)(r.replayedAt),
        resolvedAt: (0, _pg.asDate)(r.resolvedAt)
    });
let ErpAdminService = class ErpAdminService {
    constructor(config, connectorName, maxPageSize){
        this.config = config;
        this.connectorName = connectorName;
        this.maxPageSize = maxPageSize;
    }
    async health(ctx) {
        const now = ctx.clock.now();
        return (0, _pg.withPgClient)(ctx.em, async (c)=>{
            const states = await c.query('select * from erp_sync_state');
            const byEntity = new Map(states.rows.map((r)=>[
                    r.entity,
                    {
                        ...r,
                        cursor_modified_at: (0, _pg.asDate)(r.cursor_modified_at),
                        last_success_at: (0, _pg.asDate)(r.last_success_at),
                        last_attempt_at: (0, _pg.asDate)(r.last_attempt_at),
                        last_full_sync_at: (0, _pg.asDate)(r.last_full_sync_at)
                    }
                ]));
            const entities = _erpconnector.ERP_ENTITIES.map((e)=>{
                const r = byEntity.get(e);
                const lag = r?.last_success_at ? Math.max(0, Math.round((now.getTime() - r.last_success_at.getTime()) / 1000)) : null;
                const interval = this.config.intervals[e];
                return {
                    entity: e,
                    cursorModifiedAt: r?.cursor_modified_at ?? null,
                    cursorErpId: r?.cursor_erp_id ?? null,
                    lastSuccessAt: r?.last_success_at ?? null,
                    lastAttemptAt: r?.last_attempt_at ?? null,
                    lastFullSyncAt: r?.last_full_sync_at ?? null,
                    lastError: r?.last_error ?? null,
                    lagSeconds: lag,
                    stale: lag === null || lag * 1000 > 3 * interval,
                    intervalSeconds: Math.round(interval / 1000),
                    applied: Number(r?.applied ?? 0),
                    unchanged: Number(r?.unchanged ?? 0),
                    quarantined: Number(r?.quarantined ?? 0)
                };
            });
            const outbox = await c.query('select count(*)::int as n, min(created_at) as oldest from outbox where sent_at is null and dead_at is null');
            const dl = await c.query('select count(*)::int as n from erp_dead_letter where replayed_at is null and resolved_at is null');
            const q = await c.query('select count(*)::int as n from erp_quarantine');
            const oldest = (0, _pg.asDate)(outbox.rows[0].oldest);
            return {
                connector: this.connectorName,
                entities,
                outboxPending: outbox.rows[0].n,
                outboxOldestPendingAt: oldest,
                outboxOldestAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
                deadLetters: dl.rows[0].n,
                quarantined: q.rows[0].n,
                checkedAt: now
            };
        });
    }
    async deadLetters(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const [at, id] = args.after ? (0, _pagination.decodeCursor)(args.after, 2) : [
            null,
            null
        ];
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select id, outbox_id::int as "outboxId", aggregate_type as "aggregateType", aggregate_id as "aggregateId", kind, payload, reason,
                attempts, created_at as "createdAt", replayed_at as "replayedAt", resolved_at as "resolvedAt", resolution
           from erp_dead_letter
          where ($1::boolean or (replayed_at is null and resolved_at is null)) and ($2::timestamptz is null or (created_at, id) < ($2, $3::uuid))
          order by created_at desc, id desc limit $4`, [
                !!args.includeReplayed,
                at,
                id,
                n + 1
            ]));
        return (0, _pagination.toPage)(rows.rows.map(deadLetterDates), n, (r)=>[
                r.createdAt.toISOString(),
                r.id
            ]);
    }
    async quarantine(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const [at, id] = args.after ? (0, _pagination.decodeCursor)(args.after, 2) : [
            null,
            null
        ];
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select id, entity, source, left(raw, 4000) as raw, reason, created_at as "createdAt" from erp_quarantine
          where ($1::text is null or entity = $1) and ($2::timestamptz is null or (created_at, id) < ($2, $3::uuid))
          order by created_at desc, id desc limit $4`, [
                args.entity ?? null,
                at,
                id,
                n + 1
            ]));
        return (0, _pagination.toPage)(rows.rows.map((r)=>({
                ...r,
                createdAt: (0, _pg.asDate)(r.createdAt)
            })), n, (r)=>[
                r.createdAt.toISOString(),
                r.id
            ]);
    }
    /** Puts a dead letter's message back on the outbox (same seq, same idempotency key: the ERP still dedupes). */ replayDeadLetter(ctx, id) {
        return this.settleDeadLetter(ctx, id, async (c, row, now)=>{
            const upd = await c.query(`update outbox set dead_at = null, attempts = 0, next_attempt_at = $2, last_error = null where id = $1 and sent_at is null and dead_at is not null`, [
                row.outbox_id,
                now
            ]);
            if (!upd.rowCount) return 'The outbox message behind this dead letter is gone or was sent meanwhile.';
            await c.query('update erp_dead_letter set replayed_at = $2, replayed_by = $3 where id = $1', [
                id,
                now,
                staffId(ctx)
            ]);
            return null;
        });
    }
    /**
   * Staff did by hand in the ERP what a dead letter's message asked (EDI++ has no cancellation or change document):
   * its outbox message counts as delivered, so the order's later messages go on, and the note is kept.
   */ resolveDeadLetter(ctx, id, resolution) {
        const note = resolution.trim();
        if (!note || note.length > 2000) {
            return Promise.resolve({
                kind: 'invalid',
                message: 'Say in up to 2,000 characters what was done by hand.'
            });
        }
        return this.settleDeadLetter(ctx, id, async (c, row, now)=>{
            await c.query(`update outbox set sent_at = $2, last_error = $3 where id = $1 and sent_at is null and dead_at is not null`, [
                row.outbox_id,
                now,
                `done by hand: ${note}`
            ]);
            await c.query('update erp_dead_letter set resolved_at = $2, resolved_by = $3, resolution = $4 where id = $1', [
                id,
                now,
                staffId(ctx),
                note
            ]);
            return null;
        });
    }
    /**
   * Settles an open dead letter once (replayed or done by hand), in one transaction with the row locked; `act`
   * returns a message when it cannot. Answers with the dead letter as it is now.
   */ async settleDeadLetter(ctx, id, act) {
        if (!/^[0-9a-f-]{36}$/i.test(id)) return {
            kind: 'notFound'
        };
        return (0, _pg.withPgClient)(ctx.em, async (c)=>{
            await c.query('begin');
            try {
                const dl = await c.query('select outbox_id, replayed_at, resolved_at from erp_dead_letter where id = $1 for update', [
                    id
                ]);
                const row = dl.rows[0];
                const refusal = !row ? null : row.replayed_at ? 'This dead letter was already replayed.' : row.resolved_at ? 'This dead letter was already done by hand.' : await act(c, row, ctx.clock.now());
                if (!row || refusal) {
                    await c.query('rollback');
                    return row ? {
                        kind: 'invalid',
                        message: refusal
                    } : {
                        kind: 'notFound'
                    };
                }
                await c.query('commit');
            } catch (err) {
                await c.query('rollback').catch(()=>undefined);
                throw err;
            }
            const page = await c.query(`select id, outbox_id::int as "outboxId", aggregate_type as "aggregateType", aggregate_id as "aggregateId", kind, payload, reason,
                attempts, created_at as "createdAt", replayed_at as "replayedAt", resolved_at as "resolvedAt", resolution
           from erp_dead_letter where id = $1`, [
                id
            ]);
            return {
                kind: 'ok',
                deadLetter: deadLetterDates(page.rows[0])
            };
        });
    }
};
let ErpFreshnessGuard = class ErpFreshnessGuard {
    constructor(config, enabled, read, cacheMs = 5000){
        this.config = config;
        this.enabled = enabled;
        this.read = read;
        this.cacheMs = cacheMs;
        this.cache = new Map();
    }
    /** When the entity last synced successfully (null: never, or no ERP wired). */ async syncedAt(entity) {
        if (!this.enabled) return null;
        const t = Date.now();
        const hit = this.cache.get(entity);
        if (hit && t - hit.at <= this.cacheMs) return hit.lastSuccess;
        const lastSuccess = await this.read(entity);
        this.cache.set(entity, {
            at: t,
            lastSuccess
        });
        return lastSuccess;
    }
    async assertCustomerDataFresh(now) {
        if (!this.enabled || this.config.staleBlockingMs <= 0) return;
        const last = await this.syncedAt('customers');
        if (!last || now.getTime() - last.getTime() > this.config.staleBlockingMs) {
            const since = last ? `since ${last.toISOString()}` : 'yet';
            throw new _errors.KontorError('SERVICE_UNAVAILABLE', `Customer access is paused: the ERP has not confirmed customer and blocking data ${since}. Try again in a few minutes.`);
        }
    }
    /** Stock's as-of time, and whether it is too old to show numbers (KONTOR_ERP_STALE_STOCK_SECONDS). */ async stockFreshness(now) {
        if (!this.enabled) return {
            asOf: null,
            hidden: false
        };
        const asOf = await this.syncedAt('stock');
        const hidden = this.config.staleStockMs > 0 && (!asOf || now.getTime() - asOf.getTime() > this.config.staleStockMs);
        return {
            asOf,
            hidden
        };
    }
    /** Forget the cached values (tests, or right after a sync in the same process). */ reset() {
        this.cache.clear();
    }
};

//# sourceMappingURL=erp-admin.service.js.map
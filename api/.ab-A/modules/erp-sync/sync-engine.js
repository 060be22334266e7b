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
    get DEPENDS_ON () {
        return DEPENDS_ON;
    },
    get ErpSyncService () {
        return ErpSyncService;
    },
    get cmpTime () {
        return cmpTime;
    },
    get recordQuarantine () {
        return _quarantine.recordQuarantine;
    }
});
const _erpconnector = require("./erp-connector");
const _events = require("./events");
const _quarantine = require("./quarantine");
const _firstload = require("./first-load");
const _pg = require("./pg");
const _sinks = require("./sinks");
const DEPENDS_ON = {
    products: [
        'categories',
        'characteristics'
    ],
    prices: [
        'products',
        'priceLists'
    ],
    stock: [
        'products',
        'warehouses'
    ],
    tradeTerms: [
        'customers',
        'priceLists',
        'products'
    ],
    promotions: [
        'products',
        'categories',
        'customers'
    ],
    invoices: [
        'customers'
    ],
    payments: [
        'customers',
        'invoices'
    ],
    balances: [
        'customers'
    ]
};
/**
 * Catalog, price and stock pages commit without waiting for their WAL to reach the disk: a page and its cursor
 * commit together, so a crash that loses the last pages' commits loses their cursor with them and the next run
 * reads them again. Customers (blocking), statuses and settlements keep waiting: what they announce must last.
 */ const ASYNC_COMMIT = new Set([
    'categories',
    'characteristics',
    'warehouses',
    'products',
    'priceLists',
    'prices',
    'tradeTerms',
    'promotions',
    'stock'
]);
/** Whether `t` has the shape of `Date.prototype.toISOString` (YYYY-MM-DDTHH:mm:ss.sssZ), which orders as a string. */ const isoShaped = (t)=>t.length === 24 && t.charCodeAt(23) === 90 && t.charCodeAt(10) === 84 && t.charCodeAt(19) === 46;
const cmpTime = (a, b)=>isoShaped(a) && isoShaped(b) ? a < b ? -1 : a > b ? 1 : 0 : Date.parse(a) - Date.parse(b);
const cmp = (a, b)=>{
    const t = cmpTime(a.modifiedAt, b.modifiedAt);
    return t !== 0 ? t : a.erpId < b.erpId ? -1 : a.erpId > b.erpId ? 1 : 0;
};
/** The greatest (modifiedAt, erpId) of a page. */ function lastCursor(records) {
    let m = null;
    for (const r of records)if (!m || cmp(r, m) > 0) m = r;
    return m && {
        modifiedAt: m.modifiedAt,
        erpId: m.erpId
    };
}
/** The class key of the advisory lock a first load holds for its run (the entity's index is the other key). */ const FIRST_LOAD_LOCK = 0x4b4e5452;
/** A staged first load found that an entity it resolves at its end has not committed a first load. */ let NotLoadedYet = class NotLoadedYet extends Error {
};
let ErpSyncService = class ErpSyncService {
    constructor(connector, config, bus, sinks, payments = null){
        this.connector = connector;
        this.config = config;
        this.bus = bus;
        this.payments = payments;
        this.wired = new Map();
        this.sinks = new Map(sinks.map((s)=>[
                s.entity,
                s
            ]));
    }
    /**
   * Payments naming a Kontor order go to the orders module after the payments they came with have committed;
   * every payments run (and reconciliation) also retries what is still pending. A failure here never fails the sync.
   */ async routePayments(ctx) {
        if (!this.payments?.wired) return null;
        try {
            return await this.payments.route(ctx);
        } catch (err) {
            ctx.log.warn({
                err: err.message
            }, 'payments from the ERP not routed to their orders yet');
            return null;
        }
    }
    addSink(sink) {
        this.sinks.set(sink.entity, sink);
        this.wired.delete(sink.entity);
    }
    /** Entities that have a sink whose tables exist. */ async wiredEntities(ctx) {
        const out = [];
        for (const e of _erpconnector.ERP_ENTITIES)if (await this.isWired(ctx, e)) out.push(e);
        return out;
    }
    async isWired(ctx, entity) {
        const sink = this.sinks.get(entity);
        if (!sink) return false;
        const known = this.wired.get(entity);
        if (known) return true;
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query('select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = any($1)', [
                sink.tables
            ]).then((r)=>r.rows));
        const ok = rows[0].n === new Set(sink.tables).size;
        if (ok) this.wired.set(entity, true);
        return ok;
    }
    /**
   * Records refer to others (a price to its product): until the referenced entities have synced once, a run
   * would only quarantine references it cannot resolve yet, so it waits. (Later misses are caught by the
   * reconciliation, which re-reads everything.)
   */ async unmetDependencies(ctx, entity) {
        const deps = [];
        for (const d of DEPENDS_ON[entity] ?? [])if (this.sinks.has(d) && await this.isWired(ctx, d)) deps.push(d);
        if (!deps.length) return [];
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query('select entity from erp_sync_state where entity = any($1) and last_success_at is not null', [
                deps
            ]));
        const done = new Set(rows.rows.map((r)=>r.entity));
        return deps.filter((d)=>!done.has(d));
    }
    async readState(client, entity, lock = false) {
        await client.query(`insert into erp_sync_state (entity, updated_at) values ($1, now()) on conflict (entity) do nothing`, [
            entity
        ]);
        const res = await client.query(`select cursor_modified_at, cursor_erp_id, last_error from erp_sync_state where entity = $1${lock ? ' for update' : ''}`, [
            entity
        ]);
        const row = res.rows[0];
        const cursor = row.cursor_modified_at ? {
            modifiedAt: (0, _pg.asDate)(row.cursor_modified_at).toISOString(),
            erpId: row.cursor_erp_id ?? ''
        } : null;
        return {
            cursor,
            lastError: row.last_error
        };
    }
    /** One run for one entity: pages until caught up (or the per-run page limit). */ async syncEntity(ctx, entity, opts = {}) {
        const result = {
            entity,
            pages: 0,
            received: 0,
            changed: 0,
            unchanged: 0,
            duplicates: 0,
            quarantined: 0,
            hasMore: false,
            recovered: false,
            cursor: null,
            firstLoad: false
        };
        if (!this.connector) return {
            ...result,
            skipped: 'no ERP connector is configured'
        };
        if (!await this.isWired(ctx, entity)) return {
            ...result,
            skipped: `the tables for ${entity} do not exist yet`
        };
        const sink = this.sinks.get(entity);
        const waiting = await this.unmetDependencies(ctx, entity);
        const waitingFor = {
            ...result,
            skipped: `waiting for a first successful sync of ${waiting.join(', ')}`
        };
        // a staged first load that resolves those entities only at its end may start while their first load runs
        const ahead = sink.firstLoad?.resolvesAtEnd ?? [];
        const early = waiting.length > 0 && waiting.every((d)=>ahead.includes(d)) && await this.inFirstLoad(ctx, waiting);
        if (waiting.length && !early) return waitingFor;
        const limit = opts.batchSize ?? this.config.batchSize;
        const maxPages = opts.maxPages ?? this.config.maxPagesPerRun;
        const initial = await (0, _pg.withPgClient)(ctx.em, (c)=>this.readState(c, entity));
        result.cursor = initial.cursor;
        // the overlap window: re-read a little before the cursor, so late commits on the ERP side are not missed
        const after = initial.cursor ? {
            modifiedAt: new Date(Date.parse(initial.cursor.modifiedAt) - this.config.overlapMs).toISOString(),
            erpId: ''
        } : null;
        const run = {
            ctx,
            entity,
            sink,
            result,
            after,
            limit,
            maxPages,
            memory: new Map()
        };
        try {
            const first = sink.firstLoad;
            if (first && !initial.cursor && await (0, _pg.withPgClient)(ctx.em, (c)=>(0, _firstload.isEmpty)(c, first.table))) {
                await this.firstLoad(run, first);
            } else if (early) {
                return waitingFor;
            } else {
                await this.pages(run, (fn)=>(0, _pg.inPgTransaction)(ctx.em, async (client)=>{
                        if (ASYNC_COMMIT.has(entity)) await client.query('set local synchronous_commit = off');
                        return fn(client);
                    }), (events)=>this.publish(ctx, events));
            }
        } catch (err) {
            // an early first load whose dependency's own first load did not commit: rolled back, it waits like any other
            if (err instanceof NotLoadedYet) return {
                ...waitingFor,
                skipped: err.message
            };
            await this.markFailure(ctx, entity, err);
            throw err;
        }
        await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`update erp_sync_state set last_success_at = $2, last_attempt_at = $2, last_error = null, updated_at = $2 where entity = $1`, [
                entity,
                ctx.clock.now()
            ]));
        result.recovered = initial.lastError !== null && !initial.lastError.startsWith('reconciliation refused');
        if (result.changed) await this.publish(ctx, [
            {
                topic: _events.ERP_EVENTS.synced,
                payload: {
                    entity
                }
            }
        ]);
        if (entity === 'payments') await this.routePayments(ctx);
        return result;
    }
    /**
   * A first run into an empty table (an initial import) is one transaction: no page commits on its own, rows
   * are locked once for the run instead of once a page (the foreign-key look-ups of a million rows), and where
   * the sink says so the table's plain indexes are set aside and built again at the end (first-load.ts; the
   * table is then locked for the run: readers wait for the import instead of seeing it half loaded). A failure
   * rolls back every page and the cursor together, and the next run starts the first load again. Events go
   * out after the one commit.
   */ async firstLoad(run, spec) {
        const staged = !!run.sink.finishFirstLoad;
        const events = await (0, _pg.withPgClient)(run.ctx.em, async (client)=>{
            await client.query('begin');
            try {
                // announced for the run (entities that resolve this one at their end may start meanwhile: inFirstLoad)
                await client.query('select pg_advisory_xact_lock($1, $2)', [
                    FIRST_LOAD_LOCK,
                    _erpconnector.ERP_ENTITIES.indexOf(run.entity)
                ]);
                if (ASYNC_COMMIT.has(run.entity)) await client.query('set local synchronous_commit = off');
                const setAside = spec.setAsideIndexes ? await (0, _firstload.setAsideIndexesIfEmpty)(client, spec.table) : null;
                // a staged load writes its table only at the end: its references are held and checked from then on
                let references = spec.referencesAtEnd && !staged ? await (0, _firstload.checkReferencesAtEnd)(client, spec.table) : null;
                run.result.firstLoad = true;
                const events = [];
                if (staged) run.memory.set(_sinks.FIRST_LOAD, true);
                await this.pages(run, (fn)=>fn(client), async (e)=>{
                    events.push(...e);
                });
                if (run.sink.finishFirstLoad) {
                    // a sink that staged its pages writes them now, still inside the one transaction, once what it
                    // resolves at the end has committed its own first load
                    await this.awaitLoaded(client, spec.resolvesAtEnd ?? []);
                    if (spec.referencesAtEnd) references = await (0, _firstload.checkReferencesAtEnd)(client, spec.table);
                    const done = await run.sink.finishFirstLoad(client, run.ctx.clock.now(), run.memory);
                    await (0, _quarantine.recordQuarantine)(client, done.rejected, run.ctx.clock.now());
                    run.result.changed += done.changed;
                    run.result.unchanged += done.unchanged;
                    run.result.quarantined += done.rejected.length;
                    events.push(...done.events);
                    await client.query(`update erp_sync_state set applied = applied + $2, unchanged = unchanged + $3, quarantined = quarantined + $4,
                    updated_at = $5 where entity = $1`, [
                        run.entity,
                        done.changed,
                        done.unchanged,
                        done.rejected.length,
                        run.ctx.clock.now()
                    ]);
                }
                await references?.verify();
                await setAside?.restore();
                await client.query('commit');
                return events;
            } catch (err) {
                await client.query('rollback').catch(()=>undefined);
                throw err;
            }
        });
        await this.publish(run.ctx, events);
    }
    /** Whether each of `entities` is in its first load right now (another session holds its first-load lock). */ async inFirstLoad(ctx, entities) {
        const keys = entities.map((e)=>_erpconnector.ERP_ENTITIES.indexOf(e));
        const res = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select count(distinct objid)::int n from pg_locks
          where locktype = 'advisory' and granted and classid = $1::int::oid and objid = any($2::int[]::oid[]) and objsubid = 2`, [
                FIRST_LOAD_LOCK,
                keys
            ]));
        return res.rows[0].n === new Set(keys).size;
    }
    /**
   * Before a staged first load writes what it resolves at its end: the tables of `entities` are locked in SHARE
   * mode (this waits for a first load of theirs still running, which holds them, and keeps their rows in place
   * until this load commits), and each must have committed a first load. If one has not (it failed), this load
   * gives way with NotLoadedYet: it rolls back and waits for that entity like any other run.
   */ async awaitLoaded(client, entities) {
        const wired = entities.filter((e)=>this.sinks.has(e));
        if (!wired.length) return;
        const tables = wired.map((e)=>{
            const sink = this.sinks.get(e);
            return sink.firstLoad?.table ?? sink.tables[0];
        });
        await client.query(`lock table ${tables.map((t)=>`"${t}"`).join(', ')} in share mode`);
        const res = await client.query(`select entity from erp_sync_state where entity = any($1) and (last_success_at is not null or cursor_modified_at is not null)`, [
            wired
        ]);
        const done = new Set(res.rows.map((r)=>r.entity));
        const missing = wired.filter((e)=>!done.has(e));
        if (missing.length) throw new NotLoadedYet(`waiting for a first successful sync of ${missing.join(', ')}`);
    }
    /**
   * Pages until caught up (or the run's page limit): each page and the cursor it reaches are written by `tx`
   * together; `emit` takes the page's events once that is done.
   */ async pages(run, tx, emit) {
        const { ctx, entity, sink, result, limit, maxPages, memory } = run;
        let after = run.after;
        const connector = this.connector;
        const pull = (from)=>{
            const p = connector.pullChanges(entity, from, limit);
            p.catch(()=>undefined); // awaited below; a prefetch abandoned by an earlier failure must not go unhandled
            return p;
        };
        let pending = pull(after);
        for(;;){
            const batch = await pending;
            result.pages++;
            const records = batch.records;
            result.received += records.length;
            const next = batch.next ?? lastCursor(records);
            const moving = !!next && !(after && cmp(next, after) <= 0);
            // pipelining: the next page travels (and is parsed and validated) while this one is written
            pending = batch.hasMore && moving && result.pages < maxPages ? pull(next) : null;
            const events = [];
            await tx(async (client)=>{
                const state = await this.readState(client, entity, true);
                const { latest, duplicates } = (0, _sinks.latestPerErpId)(records);
                result.duplicates += duplicates;
                const applied = latest.length ? await sink.apply(client, latest, ctx.clock.now(), memory) : {
                    changed: 0,
                    unchanged: 0,
                    rejected: [],
                    events: []
                };
                const quarantined = [
                    ...batch.quarantined,
                    ...applied.rejected
                ];
                await (0, _quarantine.recordQuarantine)(client, quarantined, ctx.clock.now());
                result.changed += applied.changed;
                result.unchanged += applied.unchanged;
                result.quarantined += quarantined.length;
                events.push(...applied.events);
                // the cursor only moves forward, and only together with what it covers
                const advance = next && (!state.cursor || cmp(next, state.cursor) > 0) ? next : state.cursor;
                await client.query(`update erp_sync_state set cursor_modified_at = $2, cursor_erp_id = $3, applied = applied + $4, unchanged = unchanged + $5,
                  quarantined = quarantined + $6, updated_at = $7 where entity = $1`, [
                    entity,
                    advance?.modifiedAt ?? null,
                    advance?.erpId ?? null,
                    applied.changed,
                    applied.unchanged + duplicates,
                    quarantined.length,
                    ctx.clock.now()
                ]);
                result.cursor = advance;
            });
            await emit(events);
            if (!batch.hasMore) break;
            if (!moving) throw new Error(`the ERP's ${entity} feed did not move past ${JSON.stringify(after)}`);
            after = next;
            if (!pending) {
                result.hasMore = true;
                break;
            }
        }
    }
    async markFailure(ctx, entity, err) {
        const message = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 2000);
        await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`insert into erp_sync_state (entity, last_attempt_at, last_error, updated_at) values ($1, $2, $3, $2)
         on conflict (entity) do update set last_attempt_at = $2, last_error = $3, updated_at = $2`, [
                entity,
                ctx.clock.now(),
                message
            ])).catch((e)=>ctx.log.error({
                err: e.message,
                entity
            }, 'could not record a sync failure'));
    }
    async publish(ctx, events) {
        for (const e of events){
            await this.bus.emit(e.topic, e.id, e.payload).catch((err)=>ctx.log.warn({
                    err: err.message,
                    topic: e.topic
                }, 'event not published'));
        }
    }
    /**
   * A full compare: reads the entity's whole feed from the start, upserts what differs, and soft-deletes
   * rows the ERP no longer has — unless that would be more than the allowed share of the entity.
   */ async reconcile(ctx, entity, opts = {}) {
        const result = {
            entity,
            seen: 0,
            changed: 0,
            softDeleted: 0,
            refused: false,
            missing: 0
        };
        if (!this.connector) return {
            ...result,
            skipped: 'no ERP connector is configured'
        };
        if (!await this.isWired(ctx, entity)) return {
            ...result,
            skipped: `the tables for ${entity} do not exist yet`
        };
        const sink = this.sinks.get(entity);
        const memory = new Map();
        const seen = new Set();
        let after = null;
        try {
            for(;;){
                const batch = await this.connector.pullChanges(entity, after, opts.batchSize ?? this.config.batchSize);
                const records = batch.records;
                for (const r of records){
                    if (r.deleted) seen.delete(r.erpId);
                    else seen.add(r.erpId);
                }
                const events = [];
                await (0, _pg.inPgTransaction)(ctx.em, async (client)=>{
                    const { latest } = (0, _sinks.latestPerErpId)(records);
                    if (!latest.length) return;
                    if (ASYNC_COMMIT.has(entity)) await client.query('set local synchronous_commit = off');
                    const applied = await sink.apply(client, latest, ctx.clock.now(), memory);
                    await (0, _quarantine.recordQuarantine)(client, [
                        ...batch.quarantined,
                        ...applied.rejected
                    ], ctx.clock.now());
                    result.changed += applied.changed;
                    events.push(...applied.events);
                });
                await this.publish(ctx, events);
                const last = records.at(-1);
                const next = batch.next ?? (last ? {
                    modifiedAt: last.modifiedAt,
                    erpId: last.erpId
                } : null);
                if (!batch.hasMore || !next) break;
                after = next;
            }
            result.seen = seen.size;
            if (sink.softDelete) {
                const sd = sink.softDelete;
                await (0, _pg.inPgTransaction)(ctx.em, async (client)=>{
                    await client.query('create temp table erp_seen (erp_id text primary key) on commit drop');
                    await client.query('insert into erp_seen select unnest($1::text[])', [
                        [
                            ...seen
                        ]
                    ]);
                    const counts = await client.query(`select count(*)::int as total, count(*) filter (where not exists (select 1 from erp_seen s where s.erp_id = t.erp_id))::int as missing
               from "${sd.table}" t where ${sd.live}`);
                    const { total, missing } = counts.rows[0];
                    result.missing = missing;
                    if (missing === 0) return;
                    if (missing > Math.floor(total * this.config.maxDeleteShare)) {
                        result.refused = true;
                        return;
                    }
                    const del = await client.query(`update "${sd.table}" t set ${sd.set}, updated_at = $1 where ${sd.live} and not exists (select 1 from erp_seen s where s.erp_id = t.erp_id)`, [
                        ctx.clock.now()
                    ]);
                    result.softDeleted = del.rowCount ?? 0;
                });
            }
        } catch (err) {
            await this.markFailure(ctx, entity, err);
            throw err;
        }
        const note = result.refused ? `reconciliation refused: ${result.missing} rows are gone from the ERP, more than ${Math.round(this.config.maxDeleteShare * 100)} % of ${entity}; check the ERP, then raise KONTOR_ERP_MAX_DELETE_SHARE or delete by hand` : null;
        await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`insert into erp_sync_state (entity, last_full_sync_at, last_error, updated_at) values ($1, $2, $3, $2)
         on conflict (entity) do update set last_full_sync_at = $2, last_error = coalesce($3, erp_sync_state.last_error), updated_at = $2`, [
                entity,
                ctx.clock.now(),
                note
            ]));
        if (note) ctx.log.warn({
            entity,
            missing: result.missing
        }, note);
        if (entity === 'payments') await this.routePayments(ctx);
        return result;
    }
};

//# sourceMappingURL=sync-engine.js.map
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
    get enqueueOutbox () {
        return enqueueOutbox;
    },
    get enqueueOutboxManyPg () {
        return enqueueOutboxManyPg;
    },
    get enqueueOutboxPg () {
        return enqueueOutboxPg;
    },
    get firstOutboxInsert () {
        return firstOutboxInsert;
    },
    get idempotencyKeyFor () {
        return idempotencyKeyFor;
    }
});
async function enqueueOutbox(em, input) {
    if (!input.aggregateType || !input.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
    // seq = 1 + the aggregate's last; the unique (aggregate_type, aggregate_id, seq) catches a concurrent writer,
    // which then fails its transaction rather than reordering messages. An advisory lock per aggregate makes
    // such a clash wait instead of fail.
    const conn = em.getConnection();
    const tx = em.getTransactionContext();
    await conn.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
        `outbox:${input.aggregateType}:${input.aggregateId}`
    ], 'all', tx);
    const rows = await conn.execute(`insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
     select ?, ?, coalesce(max(seq), 0) + 1, ?, ?::jsonb, now(), now(), 0
       from outbox where aggregate_type = ? and aggregate_id = ?
     returning id, seq`, [
        input.aggregateType,
        input.aggregateId,
        input.kind,
        JSON.stringify(input.payload),
        input.aggregateType,
        input.aggregateId
    ], 'all', tx);
    return {
        id: Number(rows[0].id),
        seq: rows[0].seq
    };
}
const idempotencyKeyFor = (m)=>`kontor:${m.aggregateType}:${m.aggregateId}:${m.seq}`;
async function enqueueOutboxPg(client, input) {
    const [row] = await enqueueOutboxManyPg(client, [
        input
    ]);
    return row;
}
async function enqueueOutboxManyPg(client, inputs) {
    if (!inputs.length) return [];
    for (const i of inputs)if (!i.aggregateType || !i.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
    const keys = [
        ...new Set(inputs.map((i)=>`outbox:${i.aggregateType}:${i.aggregateId}`))
    ].sort();
    await client.query('select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select unnest($1::text[]) k order by 1) s', [
        keys
    ]);
    const res = await client.query(`insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
     select m.t, m.a,
            coalesce((select max(o.seq) from outbox o where o.aggregate_type = m.t and o.aggregate_id = m.a), 0)
              + row_number() over (partition by m.t, m.a order by m.n),
            m.k, m.p, now(), now(), 0
       from unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) with ordinality as m(t, a, k, p, n)
      order by m.n
     returning id, seq`, [
        inputs.map((i)=>i.aggregateType),
        inputs.map((i)=>i.aggregateId),
        inputs.map((i)=>i.kind),
        inputs.map((i)=>JSON.stringify(i.payload))
    ]);
    return res.rows.map((r)=>({
            id: Number(r.id),
            seq: r.seq
        }));
}
function firstOutboxInsert(input, firstParam, condition = 'true', /** SQL for a jsonb object merged into the payload (values only known inside the statement). */ payloadExtraSql = `'{}'::jsonb`) {
    if (!input.aggregateType || !input.aggregateId) throw new Error('enqueueOutbox needs aggregateType and aggregateId');
    const p = (i)=>`$${firstParam + i}`;
    return {
        sql: `insert into outbox (aggregate_type, aggregate_id, seq, kind, payload, created_at, next_attempt_at, attempts)
          select ${p(0)}, ${p(1)}, 1, ${p(2)}, ${p(3)}::jsonb || ${payloadExtraSql}, now(), now(), 0 where ${condition}`,
        params: [
            input.aggregateType,
            input.aggregateId,
            input.kind,
            JSON.stringify(input.payload)
        ]
    };
}

//# sourceMappingURL=outbox.js.map
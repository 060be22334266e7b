"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "recordQuarantine", {
    enumerable: true,
    get: function() {
        return recordQuarantine;
    }
});
const MAX_RAW = 64 * 1024;
async function recordQuarantine(client, items, now) {
    if (!items.length) return;
    const rows = items.map((q)=>({
            entity: q.entity,
            source: q.source ?? null,
            raw: (q.raw.length > MAX_RAW ? `${q.raw.slice(0, MAX_RAW)}…[truncated ${q.raw.length} chars]` : q.raw).split('\u0000').join(''),
            reason: q.reason.slice(0, 2000)
        }));
    await client.query(`insert into erp_quarantine (id, entity, source, raw, reason, created_at)
     select gen_random_uuid(), entity, source, raw, reason, $2 from json_to_recordset($1::json) as x(entity text, source text, raw text, reason text)`, [
        JSON.stringify(rows),
        now
    ]);
}

//# sourceMappingURL=quarantine.js.map
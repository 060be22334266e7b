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
    get KEYS_FOR_EVENTS () {
        return KEYS_FOR_EVENTS;
    },
    get changedKeys () {
        return changedKeys;
    },
    get collect () {
        return collect;
    },
    get idsOf () {
        return idsOf;
    },
    get json () {
        return json;
    },
    get plainArray () {
        return plainArray;
    },
    get reject () {
        return reject;
    },
    get textArray () {
        return textArray;
    }
});
const json = (rows)=>JSON.stringify(rows);
function plainArray(values) {
    let out = '{';
    for(let i = 0; i < values.length; i++){
        const v = values[i];
        out += (i ? ',' : '') + (v == null ? 'NULL' : v);
    }
    return out + '}';
}
function textArray(values) {
    let out = '{';
    for(let i = 0; i < values.length; i++){
        const v = values[i];
        out += (i ? ',' : '') + (v == null ? 'NULL' : `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPED, '\\$&') : v}"`);
    }
    return out + '}';
}
const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;
const KEYS_FOR_EVENTS = 1000;
function changedKeys(res, p, pe) {
    if (!res.ps) return new Array(res.n).fill('');
    const erpOf = new Map();
    for(let i = 0; i < p.length; i++)erpOf.set(p[i], pe[i]);
    return res.ps.map((id)=>erpOf.get(id) ?? '');
}
const reject = (entity, raw, reason)=>({
        entity,
        raw: JSON.stringify(raw),
        reason
    });
async function collect(client, sql, params) {
    const res = await client.query(sql, params);
    const changed = [];
    const missing = [];
    for (const r of res.rows)(r.k === 'c' ? changed : missing).push(r.v ?? '');
    return {
        changed,
        missing
    };
}
async function idsOf(client, memory, table, erpIds) {
    const key = `ids:${table}`;
    let ids = memory?.get(key);
    if (!ids) {
        ids = new Map();
        memory?.set(key, ids);
        if (erpIds.length >= 2000) {
            const all = await client.query(`select erp_id, id from "${table}" where erp_id is not null`);
            for (const r of all.rows)ids.set(r.erp_id, r.id);
        }
    }
    const unknown = new Set();
    for (const id of erpIds)if (!ids.has(id)) unknown.add(id);
    if (unknown.size) {
        const res = await client.query(`select erp_id, id from "${table}" where erp_id = any($1)`, [
            [
                ...unknown
            ]
        ]);
        for (const r of res.rows)ids.set(r.erp_id, r.id);
    }
    return ids;
}

//# sourceMappingURL=sink-support.js.map
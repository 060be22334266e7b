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
    get asDate () {
        return asDate;
    },
    get inPgTransaction () {
        return inPgTransaction;
    },
    get withPgClient () {
        return withPgClient;
    }
});
async function withPgClient(em, fn) {
    const knex = em.getKnex();
    const client = await knex.client.acquireConnection();
    try {
        return await fn(client);
    } finally{
        await knex.client.releaseConnection(client);
    }
}
async function inPgTransaction(em, fn) {
    return withPgClient(em, async (client)=>{
        await client.query('begin');
        try {
            const out = await fn(client);
            await client.query('commit');
            return out;
        } catch (err) {
            await client.query('rollback').catch(()=>undefined);
            throw err;
        }
    });
}
function asDate(v) {
    if (v === null || v === undefined) return null;
    return v instanceof Date ? v : new Date(v);
}

//# sourceMappingURL=pg.js.map
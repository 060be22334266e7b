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
    get closeGenericPool () {
        return closeGenericPool;
    },
    get query () {
        return query;
    }
});
const _nodecrypto = require("node:crypto");
const _nodeos = require("node:os");
const _pg = require("pg");
const MAX_PREPARED = 500;
const prepared = new Map();
/** `?` placeholders → `$1…`, and a stable statement name derived from the text. */ function prepare(sql) {
    let p = prepared.get(sql);
    if (!p) {
        let i = 0;
        const text = sql.replace(/\?/g, ()=>`$${++i}`);
        p = {
            name: `kc_${(0, _nodecrypto.createHash)('sha1').update(text).digest('base64url').slice(0, 22)}`,
            text
        };
        if (prepared.size >= MAX_PREPARED) prepared.clear();
        prepared.set(sql, p);
    }
    return p;
}
const factories = new Map();
/**
 * Builds row objects of one fixed shape from the driver's value arrays. The driver's own row objects are
 * copies of a prototype-less template, which V8 keeps as hash tables: every later read (GraphQL completing
 * 50 rows × 15 fields, JSON) then takes the slow path. An object literal per shape is a fast object.
 */ function rowFactory(fields) {
    const key = fields.map((f)=>f.name).join('\u0000');
    let make = factories.get(key);
    if (!make) {
        const props = fields.map((f, i)=>`${JSON.stringify(f.name)}: v[${i}]`).join(', ');
        make = new Function('v', `return { ${props} };`);
        if (factories.size >= MAX_PREPARED) factories.clear();
        factories.set(key, make);
    }
    return make;
}
async function query(ctx, sql, params = [], opts = {}) {
    const { name, text } = prepare(sql);
    if (opts.generic && opts.prepared !== false) {
        return rowsOf(await genericPool(ctx.connection).query({
            name,
            text,
            values: params,
            rowMode: 'array'
        }));
    }
    const knex = ctx.connection.getKnex();
    const client = await knex.client.acquireConnection();
    try {
        return rowsOf(await client.query(opts.prepared === false ? {
            text,
            values: params,
            rowMode: 'array'
        } : {
            name,
            text,
            values: params,
            rowMode: 'array'
        }));
    } finally{
        await knex.client.releaseConnection(client);
    }
}
function rowsOf(res) {
    const make = rowFactory(res.fields);
    const rows = new Array(res.rows.length);
    for(let i = 0; i < rows.length; i++)rows[i] = make(res.rows[i]);
    return rows;
}
/** Per ORM connection: the pool for `generic` reads (made on first use, closed by closeGenericPool). */ const genericPools = new WeakMap();
function genericPool(connection) {
    let pool = genericPools.get(connection);
    if (!pool) {
        // the ORM's own settings (address, credentials, how dates are parsed), sessions that always run generic plans
        pool = new _pg.Pool({
            ...connection.getConnectionOptions(),
            options: '-c plan_cache_mode=force_generic_plan',
            // the catalog's hot reads share these sessions: two per core of this machine (at least four) keep PostgreSQL busy
            // without queueing more work in it than it can run
            max: Math.max(4, 2 * (0, _nodeos.availableParallelism)()),
            idleTimeoutMillis: 10_000,
            allowExitOnIdle: true
        });
        // an idle session lost (PostgreSQL restarted): the pool opens a new one on next use
        pool.on('error', ()=>undefined);
        genericPools.set(connection, pool);
    }
    return pool;
}
async function closeGenericPool(connection) {
    const pool = genericPools.get(connection);
    if (!pool) return;
    genericPools.delete(connection);
    await pool.end();
}

//# sourceMappingURL=prepared-query.js.map
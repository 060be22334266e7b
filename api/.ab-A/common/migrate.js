"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "migrate", {
    enumerable: true,
    get: function() {
        return migrate;
    }
});
async function migrate(orm) {
    const conn = orm.em.getConnection();
    const knex = conn.getKnex();
    const client = await knex.client.acquireConnection();
    try {
        await client.query('select pg_advisory_lock(7262001)');
        const done = await orm.getMigrator().up();
        return done.map((m)=>m.name);
    } finally{
        await client.query('select pg_advisory_unlock(7262001)').catch(()=>undefined);
        await knex.client.releaseConnection(client);
    }
}

//# sourceMappingURL=migrate.js.map
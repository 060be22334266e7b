"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "prepareDatabase", {
    enumerable: true,
    get: function() {
        return prepareDatabase;
    }
});
require("reflect-metadata");
const _postgresql = require("@mikro-orm/postgresql");
const _orm = require("../config/orm");
const _base = require("../seeders/base");
const _migrate = require("./migrate");
async function prepareDatabase(databaseUrl) {
    const orm = await _postgresql.MikroORM.init((0, _orm.ormOptions)(databaseUrl));
    try {
        const applied = await (0, _migrate.migrate)(orm);
        await (0, _base.ensureBaseData)(orm.em.fork());
        return applied;
    } finally{
        await orm.close(true);
    }
}

//# sourceMappingURL=prepare-database.js.map
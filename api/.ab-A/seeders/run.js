"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _postgresql = require("@mikro-orm/postgresql");
const _config = require("../config/config");
const _orm = require("../config/orm");
const _preparedatabase = require("../common/prepare-database");
const _demo = require("./demo");
/** `npm run seed`: migrate, base data, demo data. */ async function main() {
    const config = (0, _config.loadConfig)();
    const applied = await (0, _preparedatabase.prepareDatabase)(config.databaseUrl);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    const orm = await _postgresql.MikroORM.init((0, _orm.ormOptions)(config.databaseUrl));
    try {
        await (0, _demo.seedDemo)(orm.em.fork());
    } finally{
        await orm.close(true);
    }
    console.log('demo data in place');
}
main().catch((err)=>{
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
});

//# sourceMappingURL=run.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _postgresql = require("@mikro-orm/postgresql");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _orm = require("./orm");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
/**
 * Writes a new migration with the difference between the entities and a database migrated to the latest
 * committed migration. Usage: DATABASE_URL=postgres://… npm run migration:create [-- --initial]
 */ async function main() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('Set DATABASE_URL to a scratch database migrated to the latest committed migration.');
    const src = _nodepath.default.resolve(__dirname, '..', '..', 'src', 'migrations');
    const orm = await _postgresql.MikroORM.init((0, _orm.ormOptions)(url, {
        migrations: {
            path: src,
            pathTs: src,
            emit: 'ts',
            snapshot: false,
            glob: 'Migration*.{js,ts}'
        }
    }));
    const migrator = orm.getMigrator();
    const result = process.argv.includes('--initial') ? await migrator.createInitialMigration(src) : await migrator.createMigration(src);
    console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
    await orm.close();
}
main().catch((err)=>{
    console.error(err);
    process.exit(1);
});

//# sourceMappingURL=create-migration.js.map
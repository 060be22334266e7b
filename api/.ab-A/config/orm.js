"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ormOptions", {
    enumerable: true,
    get: function() {
        return ormOptions;
    }
});
const _migrations = require("@mikro-orm/migrations");
const _postgresql = require("@mikro-orm/postgresql");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _entities = require("../entities");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function ormOptions(databaseUrl, extra = {}) {
    return (0, _postgresql.defineConfig)({
        clientUrl: databaseUrl,
        driver: _postgresql.PostgreSqlDriver,
        entities: _entities.ENTITIES,
        extensions: [
            _migrations.Migrator
        ],
        migrations: {
            path: _nodepath.default.join(__dirname, '..', 'migrations'),
            glob: 'Migration*.{js,ts}',
            transactional: true,
            allOrNothing: true,
            snapshot: false,
            silent: true
        },
        pool: {
            min: 0,
            max: 20
        },
        forceUtcTimezone: true,
        discovery: {
            warnWhenNoEntities: true
        },
        allowGlobalContext: false,
        debug: false,
        ...extra
    });
}

//# sourceMappingURL=orm.js.map
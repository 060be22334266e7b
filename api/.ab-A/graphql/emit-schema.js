"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "printKontorSchema", {
    enumerable: true,
    get: function() {
        return printKontorSchema;
    }
});
require("reflect-metadata");
const _graphql = require("graphql");
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _schema = require("./schema");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
async function printKontorSchema() {
    // Building the schema needs no live services: resolvers are only constructed on first use.
    const stub = {
        services: {},
        bus: {
            publish () {},
            subscribe () {}
        }
    };
    const schema = await (0, _schema.buildKontorSchema)(stub);
    return `${(0, _graphql.printSchema)((0, _graphql.lexicographicSortSchema)(schema))}\n`;
}
async function main() {
    const file = _nodepath.default.resolve(__dirname, '..', '..', '..', 'schema.graphql');
    const sdl = await printKontorSchema();
    if (process.argv.includes('--check')) {
        let current = '';
        try {
            current = (0, _nodefs.readFileSync)(file, 'utf8');
        } catch  {
        /* missing counts as drift */ }
        if (current !== sdl) {
            console.error('schema.graphql is out of date with the code. Run `npm run schema` and commit the result.');
            process.exit(1);
        }
        console.log('schema.graphql matches the code.');
        return;
    }
    (0, _nodefs.writeFileSync)(file, sdl);
    console.log(`wrote ${file}`);
}
if (require.main === module) {
    main().catch((err)=>{
        console.error(err);
        process.exit(1);
    });
}

//# sourceMappingURL=emit-schema.js.map
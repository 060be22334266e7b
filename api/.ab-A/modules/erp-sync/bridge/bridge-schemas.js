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
    get BridgeSchemas () {
        return BridgeSchemas;
    },
    get DOCUMENT_SCHEMAS () {
        return DOCUMENT_SCHEMAS;
    },
    get schemaDir () {
        return schemaDir;
    }
});
const _ajv = /*#__PURE__*/ _interop_require_default(require("ajv"));
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _erpconnector = require("../erp-connector");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function schemaDir() {
    // api/src/modules/erp-sync/bridge → repo root; the same depth from api/dist and api/.test-build
    const candidates = [
        _nodepath.default.resolve(__dirname, '../../../../../docs/bridge-protocol/schemas'),
        _nodepath.default.resolve(process.cwd(), 'docs/bridge-protocol/schemas')
    ];
    for (const c of candidates){
        try {
            (0, _nodefs.readFileSync)(_nodepath.default.join(c, 'products.json'));
            return c;
        } catch  {
        /* next */ }
    }
    throw new Error(`The bridge protocol schemas were not found (looked in ${candidates.join(', ')}).`);
}
const DOCUMENT_SCHEMAS = {
    order: 'order',
    orderCancellation: 'orderCancellation',
    orderChange: 'orderChange',
    transferRequest: 'transferRequest'
};
let BridgeSchemas = class BridgeSchemas {
    constructor(dir = schemaDir()){
        this.validators = new Map();
        const ajv = new _ajv.default({
            allErrors: false,
            strict: false
        });
        ajv.addFormat('date-time', (v)=>/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)));
        ajv.addFormat('date', (v)=>/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));
        ajv.addFormat('email', (v)=>/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v));
        for (const name of [
            ..._erpconnector.ERP_ENTITIES,
            'order',
            'orderCancellation',
            'orderChange',
            'transferRequest',
            'document',
            'pushed-document',
            'changes'
        ]){
            const schema = JSON.parse((0, _nodefs.readFileSync)(_nodepath.default.join(dir, `${name}.json`), 'utf8'));
            this.validators.set(name, ajv.compile(schema));
        }
    }
    /** null when valid, else a readable reason. */ check(name, doc) {
        const v = this.validators.get(name);
        if (!v) throw new Error(`No bridge schema named ${name}`);
        if (v(doc)) return null;
        const e = v.errors?.[0];
        if (!e) return `does not match the ${name} schema`;
        const where = e.instancePath || '(the document)';
        return `does not match the ${name} schema: ${where} ${e.message ?? 'is invalid'}`;
    }
};

//# sourceMappingURL=bridge-schemas.js.map
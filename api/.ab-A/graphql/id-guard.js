"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "idGuard", {
    enumerable: true,
    get: function() {
        return idGuard;
    }
});
const _graphql = require("graphql");
const _errors = require("../common/errors");
/**
 * Kontor's ids are UUIDs. An `ID` argument of a root operation that is not one is refused as bad input
 * before any service sees it (instead of reaching PostgreSQL as an invalid uuid). Attached to every root
 * field by @Policy.
 */ const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function check(type, value, path) {
    if (value === null || value === undefined) return;
    if ((0, _graphql.isNonNullType)(type)) return check(type.ofType, value, path);
    if ((0, _graphql.isListType)(type)) {
        if (Array.isArray(value)) value.forEach((v, i)=>check(type.ofType, v, `${path}[${i}]`));
        return;
    }
    if ((0, _graphql.isInputObjectType)(type)) {
        for (const f of Object.values(type.getFields()))check(f.type, value[f.name], `${path}.${f.name}`);
        return;
    }
    if ((0, _graphql.getNamedType)(type).name === 'ID' && (typeof value !== 'string' || !UUID.test(value))) {
        throw (0, _errors.badInput)(`"${path}" is not a valid id.`);
    }
}
const idGuard = ({ args, info }, next)=>{
    const field = info.parentType.getFields()[info.fieldName];
    for (const arg of field.args)check(arg.type, args[arg.name], arg.name);
    return next();
};

//# sourceMappingURL=id-guard.js.map
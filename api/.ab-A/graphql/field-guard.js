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
    get RequiresPermission () {
        return RequiresPermission;
    },
    get assertPermissions () {
        return assertPermissions;
    },
    get guardFields () {
        return guardFields;
    }
});
const _graphql = require("graphql");
const _typegraphql = require("type-graphql");
const _errors = require("../common/errors");
const _policy = require("./policy");
function assertPermissions(actor, required) {
    if (actor.kind === 'anonymous') throw (0, _errors.unauthenticated)();
    const missing = required.filter((p)=>p !== _policy.SIGNED_IN && !actor.permissions.has(p));
    if (missing.length) {
        throw new _errors.KontorError('FORBIDDEN', `You lack the permission ${missing.join(', ')} for this.`, {
            missingPermissions: missing
        });
    }
}
function RequiresPermission(...permissions) {
    return (target, key, descriptor)=>(0, _typegraphql.Extensions)({
            requires: permissions
        })(target, key, descriptor);
}
function guardFields(schema) {
    for (const type of Object.values(schema.getTypeMap())){
        if (!(0, _graphql.isObjectType)(type) || type.name.startsWith('__')) continue;
        for (const field of Object.values(type.getFields())){
            const required = field.extensions?.requires;
            if (!required?.length) continue;
            const inner = field.resolve ?? _graphql.defaultFieldResolver;
            field.resolve = (source, args, ctx, info)=>{
                assertPermissions(ctx.actor, required);
                return inner(source, args, ctx, info);
            };
        }
    }
    return schema;
}

//# sourceMappingURL=field-guard.js.map
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
    get Policy () {
        return Policy;
    },
    get SIGNED_IN () {
        return SIGNED_IN;
    }
});
const _typegraphql = require("type-graphql");
const _idguard = require("./id-guard");
const SIGNED_IN = '$signedIn';
function Policy(spec) {
    return (target, key, descriptor)=>{
        (0, _typegraphql.Extensions)({
            policy: spec
        })(target, key, descriptor);
        (0, _typegraphql.UseMiddleware)(_idguard.idGuard)(target, key, descriptor);
        if ('permissions' in spec) (0, _typegraphql.Authorized)(...spec.permissions)(target, key, descriptor);
        else if ('signedIn' in spec) (0, _typegraphql.Authorized)(SIGNED_IN)(target, key, descriptor);
    };
}

//# sourceMappingURL=policy.js.map
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
    get Done () {
        return Done;
    },
    get PageInfo () {
        return PageInfo;
    },
    get UserError () {
        return UserError;
    }
});
const _typegraphql = require("type-graphql");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
let PageInfo = class PageInfo {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
PageInfo = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'Relay page information.',
        simpleResolvers: true
    })
], PageInfo);
let UserError = class UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UserError.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UserError.prototype, "message", void 0);
UserError = _ts_decorate([
    (0, _typegraphql.InterfaceType)({
        description: 'An expected failure: a stable machine-readable code and a message for people.'
    })
], UserError);
let Done = class Done {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], Done.prototype, "ok", void 0);
Done = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'The operation succeeded and has nothing more to say.'
    })
], Done);

//# sourceMappingURL=common.types.js.map
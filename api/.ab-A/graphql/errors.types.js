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
    get NotFoundError () {
        return NotFoundError;
    },
    get RateLimitedError () {
        return RateLimitedError;
    },
    get ValidationError () {
        return ValidationError;
    },
    get defineUserError () {
        return defineUserError;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("./common.types");
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
function defineUserError(name, code, description) {
    let ErrorType = class ErrorType extends _commontypes.UserError {
        static{
            this.code = code;
        }
        static of(message) {
            const e = new ErrorType();
            e.code = code;
            e.message = message;
            return e;
        }
    };
    ErrorType = _ts_decorate([
        (0, _typegraphql.ObjectType)(name, {
            implements: _commontypes.UserError,
            description
        })
    ], ErrorType);
    return ErrorType;
}
const NotFoundError = defineUserError('NotFoundError', 'NOT_FOUND', 'The thing named does not exist or is not yours to see.');
const ValidationError = defineUserError('ValidationError', 'VALIDATION', 'The input was understood but is not acceptable.');
let RateLimitedError = class RateLimitedError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>Number),
    _ts_metadata("design:type", Number)
], RateLimitedError.prototype, "retryAfterSeconds", void 0);
RateLimitedError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'Too many attempts; try again later.'
    })
], RateLimitedError);

//# sourceMappingURL=errors.types.js.map
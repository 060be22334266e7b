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
    get KontorError () {
        return KontorError;
    },
    get badInput () {
        return badInput;
    },
    get forbidden () {
        return forbidden;
    },
    get notFound () {
        return notFound;
    },
    get unauthenticated () {
        return unauthenticated;
    }
});
const _graphql = require("graphql");
let KontorError = class KontorError extends _graphql.GraphQLError {
    constructor(code, message, extra = {}){
        super(message, {
            extensions: {
                code,
                ...extra
            }
        });
    }
};
const unauthenticated = (message = 'Sign in to do this.')=>new KontorError('UNAUTHENTICATED', message);
const forbidden = (message = 'You are not allowed to do this.')=>new KontorError('FORBIDDEN', message);
const notFound = (what)=>new KontorError('NOT_FOUND', `${what} was not found.`);
const badInput = (message)=>new KontorError('BAD_USER_INPUT', message);

//# sourceMappingURL=errors.js.map
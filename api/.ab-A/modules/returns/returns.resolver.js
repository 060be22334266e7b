"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ReturnsResolver", {
    enumerable: true,
    get: function() {
        return ReturnsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _policy = require("../../graphql/policy");
const _orderserrors = require("../orders/orders.errors");
const _returnstypes = require("./returns.types");
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
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let ReturnsResolver = class ReturnsResolver {
    constructor(returns){
        this.returns = returns;
    }
    async returnRequests(args, ctx) {
        return (0, _connection.toConnection)(await this.returns.list(ctx, args), _returnstypes.toReturnType);
    }
    async returnRequest(id, ctx) {
        const r = await this.returns.get(ctx, id);
        return r && (0, _returnstypes.toReturnType)(r);
    }
    async createReturnRequest(input, ctx) {
        const o = await this.returns.create(ctx, {
            ...input,
            kind: input.kind.toLowerCase()
        });
        return o.kind === 'ok' ? (0, _returnstypes.toReturnType)(o.value) : (0, _orderserrors.failureType)(o);
    }
    async setReturnStatus(input, ctx) {
        const o = await this.returns.setStatus(ctx, input.returnId, input.status.toLowerCase(), input.resolution ?? null);
        return o.kind === 'ok' ? (0, _returnstypes.toReturnType)(o.value) : (0, _orderserrors.failureType)(o);
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_returnstypes.ReturnRequestConnection, {
        description: 'Returns and complaints, newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Args)(()=>_returnstypes.ReturnRequestsArgs)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _returnstypes.ReturnRequestsArgs === "undefined" ? Object : _returnstypes.ReturnRequestsArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ReturnsResolver.prototype, "returnRequests", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'orders.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_returnstypes.ReturnRequestType, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ReturnsResolver.prototype, "returnRequest", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'returns.create'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_returnstypes.ReturnResult, {
        description: 'A return or complaint with lines, reason, description and photos.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_returnstypes.CreateReturnRequestInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _returnstypes.CreateReturnRequestInput === "undefined" ? Object : _returnstypes.CreateReturnRequestInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ReturnsResolver.prototype, "createReturnRequest", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'returns.create'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_returnstypes.ReturnResult, {
        description: 'Staff accept, reject or resolve; the customer may withdraw while submitted.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_returnstypes.SetReturnStatusInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _returnstypes.SetReturnStatusInput === "undefined" ? Object : _returnstypes.SetReturnStatusInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ReturnsResolver.prototype, "setReturnStatus", null);
ReturnsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof ReturnsService === "undefined" ? Object : ReturnsService
    ])
], ReturnsResolver);

//# sourceMappingURL=returns.resolver.js.map
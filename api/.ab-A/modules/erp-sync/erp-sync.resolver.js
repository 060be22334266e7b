"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ErpSyncResolver", {
    enumerable: true,
    get: function() {
        return ErpSyncResolver;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _errorstypes = require("../../graphql/errors.types");
const _policy = require("../../graphql/policy");
const _erpsynctypes = require("./erp-sync.types");
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
const asType = (cls, v)=>Object.assign(new cls(), v);
let ErpSyncResolver = class ErpSyncResolver {
    constructor(admin){
        this.admin = admin;
    }
    erpSyncHealth(ctx) {
        return this.admin.health(ctx);
    }
    async erpDeadLetters(args, ctx) {
        return (0, _connection.toConnection)(await this.admin.deadLetters(ctx, args), (r)=>r);
    }
    async erpQuarantine(args, ctx) {
        return (0, _connection.toConnection)(await this.admin.quarantine(ctx, args), (r)=>r);
    }
    async replayErpDeadLetter(input, ctx) {
        return deadLetterResult(await this.admin.replayDeadLetter(ctx, input.id));
    }
    async resolveErpDeadLetter(input, ctx) {
        return deadLetterResult(await this.admin.resolveDeadLetter(ctx, input.id, input.resolution));
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>_erpsynctypes.ErpSyncHealthType, {
        description: 'ERP sync health: per-entity lag and cursors, outbox age, dead letters (staff).'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", void 0)
], ErpSyncResolver.prototype, "erpSyncHealth", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>_erpsynctypes.ErpDeadLetterConnection, {
        description: 'Messages to the ERP that failed for good, newest first (staff).'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _erpsynctypes.ErpDeadLettersArgs === "undefined" ? Object : _erpsynctypes.ErpDeadLettersArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ErpSyncResolver.prototype, "erpDeadLetters", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Query)(()=>_erpsynctypes.ErpQuarantineConnection, {
        description: 'Inputs from the ERP refused as malformed, newest first (staff).'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _erpsynctypes.ErpQuarantineArgs === "undefined" ? Object : _erpsynctypes.ErpQuarantineArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ErpSyncResolver.prototype, "erpQuarantine", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_erpsynctypes.ReplayErpDeadLetterResult, {
        description: 'Puts a dead letter back on the outbox; the relay sends it again (staff).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_erpsynctypes.ReplayErpDeadLetterInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _erpsynctypes.ReplayErpDeadLetterInput === "undefined" ? Object : _erpsynctypes.ReplayErpDeadLetterInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ErpSyncResolver.prototype, "replayErpDeadLetter", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'staff.erp.manage'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_erpsynctypes.ReplayErpDeadLetterResult, {
        description: 'Marks a dead letter as done by hand in the ERP (e.g. an EDI++ cancellation or change): its message counts as delivered, so the order’s later messages go on (staff).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_erpsynctypes.ResolveErpDeadLetterInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _erpsynctypes.ResolveErpDeadLetterInput === "undefined" ? Object : _erpsynctypes.ResolveErpDeadLetterInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ErpSyncResolver.prototype, "resolveErpDeadLetter", null);
ErpSyncResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof ErpAdminService === "undefined" ? Object : ErpAdminService
    ])
], ErpSyncResolver);
function deadLetterResult(out) {
    switch(out.kind){
        case 'ok':
            return asType(_erpsynctypes.ErpDeadLetterType, out.deadLetter);
        case 'notFound':
            return _errorstypes.NotFoundError.of('This dead letter does not exist.');
        case 'invalid':
            return _errorstypes.ValidationError.of(out.message);
    }
}

//# sourceMappingURL=erp-sync.resolver.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SettlementsResolver", {
    enumerable: true,
    get: function() {
        return SettlementsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _money = require("../../graphql/money");
const _policy = require("../../graphql/policy");
const _settlementstypes = require("./settlements.types");
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
let SettlementsResolver = class SettlementsResolver {
    constructor(service){
        this.service = service;
    }
    async settlements(companyId, ctx) {
        const s = await this.service.summary(ctx, companyId);
        return {
            companyId: s.companyId,
            balance: (0, _money.toMoney)(s.balanceMinor, s.currency),
            overdue: (0, _money.toMoney)(s.overdueMinor, s.currency),
            overdueInvoices: s.overdueInvoices,
            openInvoices: s.openInvoices,
            creditLimit: s.creditLimitMinor === null ? null : (0, _money.toMoney)(s.creditLimitMinor, s.currency),
            creditUsed: (0, _money.toMoney)(s.creditUsedMinor, s.currency),
            creditAvailable: s.creditAvailableMinor === null ? null : (0, _money.toMoney)(s.creditAvailableMinor, s.currency),
            asOf: s.asOf
        };
    }
    async payments(args, ctx) {
        return (0, _connection.toConnection)(await this.service.payments(ctx, args), (p)=>({
                id: p.id,
                erpId: p.erpId,
                amount: (0, _money.toMoney)(p.amountMinor, p.currency),
                paidAt: p.paidAt,
                method: p.method,
                invoiceNumber: p.invoiceNumber
            }));
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'settlements.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_settlementstypes.SettlementsType, {
        description: 'Balance, overdue and credit-limit use of the company (staff: of a customer they serve).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], SettlementsResolver.prototype, "settlements", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'settlements.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_settlementstypes.PaymentConnection, {
        description: 'Payments of the company, newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _settlementstypes.PaymentsArgs === "undefined" ? Object : _settlementstypes.PaymentsArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], SettlementsResolver.prototype, "payments", null);
SettlementsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof SettlementsService === "undefined" ? Object : SettlementsService
    ])
], SettlementsResolver);

//# sourceMappingURL=settlements.resolver.js.map
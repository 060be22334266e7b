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
    get InvoicesResolver () {
        return InvoicesResolver;
    },
    get toInvoice () {
        return toInvoice;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _money = require("../../graphql/money");
const _policy = require("../../graphql/policy");
const _invoicestypes = require("./invoices.types");
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
const toInvoice = (r)=>({
        id: r.id,
        erpId: r.erpId,
        number: r.number,
        companyId: r.companyId,
        orderReference: r.kontorReference,
        issuedAt: r.issuedAt,
        dueAt: r.dueAt,
        net: (0, _money.toMoney)(r.netMinor, r.currency),
        gross: (0, _money.toMoney)(r.grossMinor, r.currency),
        paid: (0, _money.toMoney)(r.paidMinor, r.currency),
        outstanding: (0, _money.toMoney)(Math.max(0, r.grossMinor - r.paidMinor), r.currency),
        status: r.status,
        pdfAvailable: r.pdfReady
    });
let InvoicesResolver = class InvoicesResolver {
    constructor(service){
        this.service = service;
    }
    async invoices(args, ctx) {
        return (0, _connection.toConnection)(await this.service.list(ctx, args), toInvoice);
    }
    async invoice(id, ctx) {
        const r = await this.service.get(ctx, id);
        return r ? toInvoice(r) : null;
    }
    async invoicePdf(id, ctx) {
        return this.service.pdf(ctx, id);
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'invoices.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_invoicestypes.InvoiceConnection, {
        description: 'Invoices of the company (staff: of a customer they serve), newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _invoicestypes.InvoicesArgs === "undefined" ? Object : _invoicestypes.InvoicesArgs,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], InvoicesResolver.prototype, "invoices", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'invoices.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_invoicestypes.InvoiceType, {
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
], InvoicesResolver.prototype, "invoice", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'invoices.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_invoicestypes.InvoicePdfType, {
        nullable: true,
        description: 'The invoice’s PDF; null when unknown, not yours, or not fetched from the ERP yet.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], InvoicesResolver.prototype, "invoicePdf", null);
InvoicesResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof InvoicesService === "undefined" ? Object : InvoicesService
    ])
], InvoicesResolver);

//# sourceMappingURL=invoices.resolver.js.map
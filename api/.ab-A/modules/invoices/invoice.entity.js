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
    get Invoice () {
        return Invoice;
    },
    get InvoicePdf () {
        return InvoicePdf;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("../accounts/company.entity");
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
let Invoice = class Invoice {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        /** The Kontor order the invoice is for, when the ERP knows it. */ this.kontorReference = null;
        /** Sum of the payments the ERP allocated to it. */ this.paidMinor = 0;
        this.hasPdf = false;
        this.deletedAt = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Invoice.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Invoice.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Invoice.prototype, "number", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], Invoice.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Invoice.prototype, "kontorReference", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Invoice.prototype, "issuedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Invoice.prototype, "dueAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Invoice.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], Invoice.prototype, "netMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], Invoice.prototype, "grossMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], Invoice.prototype, "paidMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], Invoice.prototype, "hasPdf", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Invoice.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Invoice.prototype, "erpModifiedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Invoice.prototype, "deletedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Invoice.prototype, "updatedAt", void 0);
Invoice = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'invoice'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Index)({
        properties: [
            'company',
            'issuedAt',
            'id'
        ]
    })
], Invoice);
let InvoicePdf = class InvoicePdf {
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], InvoicePdf.prototype, "invoiceId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'blob',
        lazy: true
    }),
    _ts_metadata("design:type", typeof Buffer === "undefined" ? Object : Buffer)
], InvoicePdf.prototype, "content", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], InvoicePdf.prototype, "sha256", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], InvoicePdf.prototype, "size", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], InvoicePdf.prototype, "fetchedAt", void 0);
InvoicePdf = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'invoice_pdf'
    })
], InvoicePdf);

//# sourceMappingURL=invoice.entity.js.map
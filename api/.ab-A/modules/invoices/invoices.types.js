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
    get InvoiceConnection () {
        return InvoiceConnection;
    },
    get InvoicePdfType () {
        return InvoicePdfType;
    },
    get InvoiceStatusEnum () {
        return InvoiceStatusEnum;
    },
    get InvoiceType () {
        return InvoiceType;
    },
    get InvoicesArgs () {
        return InvoicesArgs;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _money = require("../../graphql/money");
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
var InvoiceStatusEnum = /*#__PURE__*/ function(InvoiceStatusEnum) {
    InvoiceStatusEnum["OPEN"] = "open";
    InvoiceStatusEnum["OVERDUE"] = "overdue";
    InvoiceStatusEnum["PAID"] = "paid";
    return InvoiceStatusEnum;
}({});
(0, _typegraphql.registerEnumType)(InvoiceStatusEnum, {
    name: 'InvoiceStatus',
    description: 'open: unpaid, not yet due; overdue: unpaid past due; paid.'
});
let InvoiceType = class InvoiceType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], InvoiceType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The ERP’s id of the invoice.'
    }),
    _ts_metadata("design:type", String)
], InvoiceType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], InvoiceType.prototype, "number", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], InvoiceType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The Kontor order it is for, when the ERP says so.'
    }),
    _ts_metadata("design:type", Object)
], InvoiceType.prototype, "orderReference", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], InvoiceType.prototype, "issuedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], InvoiceType.prototype, "dueAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], InvoiceType.prototype, "net", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], InvoiceType.prototype, "gross", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], InvoiceType.prototype, "paid", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], InvoiceType.prototype, "outstanding", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>InvoiceStatusEnum),
    _ts_metadata("design:type", String)
], InvoiceType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        description: 'The PDF is available (query invoicePdf).'
    }),
    _ts_metadata("design:type", Boolean)
], InvoiceType.prototype, "pdfAvailable", void 0);
InvoiceType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Invoice', {
        description: 'An invoice the ERP issued.',
        simpleResolvers: true
    })
], InvoiceType);
let InvoicePdfType = class InvoicePdfType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], InvoicePdfType.prototype, "invoiceId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], InvoicePdfType.prototype, "filename", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], InvoicePdfType.prototype, "contentType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], InvoicePdfType.prototype, "size", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'SHA-256 of the file, hex.'
    }),
    _ts_metadata("design:type", String)
], InvoicePdfType.prototype, "sha256", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The file, base64.'
    }),
    _ts_metadata("design:type", String)
], InvoicePdfType.prototype, "base64", void 0);
InvoicePdfType = _ts_decorate([
    (0, _typegraphql.ObjectType)('InvoicePdf', {
        description: 'An invoice’s PDF, base64-encoded.'
    })
], InvoicePdfType);
const InvoiceConnection = (0, _connection.connectionType)('Invoice', InvoiceType);
let InvoicesArgs = class InvoicesArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], InvoicesArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], InvoicesArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: the customer. Customers: omit (always their own).'
    }),
    _ts_metadata("design:type", Object)
], InvoicesArgs.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>InvoiceStatusEnum, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], InvoicesArgs.prototype, "status", void 0);
InvoicesArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], InvoicesArgs);

//# sourceMappingURL=invoices.types.js.map
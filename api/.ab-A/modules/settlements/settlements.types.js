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
    get PaymentConnection () {
        return PaymentConnection;
    },
    get PaymentType () {
        return PaymentType;
    },
    get PaymentsArgs () {
        return PaymentsArgs;
    },
    get SettlementsType () {
        return SettlementsType;
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
let SettlementsType = class SettlementsType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SettlementsType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'Positive: the company owes.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], SettlementsType.prototype, "balance", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], SettlementsType.prototype, "overdue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], SettlementsType.prototype, "overdueInvoices", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], SettlementsType.prototype, "openInvoices", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SettlementsType.prototype, "creditLimit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], SettlementsType.prototype, "creditUsed", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SettlementsType.prototype, "creditAvailable", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'When the ERP stated the balance.'
    }),
    _ts_metadata("design:type", Object)
], SettlementsType.prototype, "asOf", void 0);
SettlementsType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Settlements', {
        description: 'A company’s balance with the wholesaler, overdue amounts and credit-limit use (from the ERP).'
    })
], SettlementsType);
let PaymentType = class PaymentType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], PaymentType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], PaymentType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], PaymentType.prototype, "amount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PaymentType.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], PaymentType.prototype, "method", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PaymentType.prototype, "invoiceNumber", void 0);
PaymentType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Payment', {
        description: 'A payment the ERP registered.',
        simpleResolvers: true
    })
], PaymentType);
const PaymentConnection = (0, _connection.connectionType)('Payment', PaymentType);
let PaymentsArgs = class PaymentsArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PaymentsArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PaymentsArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: the customer. Customers: omit (always their own).'
    }),
    _ts_metadata("design:type", Object)
], PaymentsArgs.prototype, "companyId", void 0);
PaymentsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], PaymentsArgs);

//# sourceMappingURL=settlements.types.js.map
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
    get CustomerBalance () {
        return CustomerBalance;
    },
    get Payment () {
        return Payment;
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
let Payment = class Payment {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.invoiceErpId = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Payment.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Payment.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], Payment.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Payment.prototype, "invoiceErpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], Payment.prototype, "amountMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Payment.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Payment.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Payment.prototype, "method", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Payment.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Payment.prototype, "updatedAt", void 0);
Payment = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'payment'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Index)({
        properties: [
            'company',
            'paidAt',
            'id'
        ]
    })
], Payment);
let CustomerBalance = class CustomerBalance {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.creditLimitMinor = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], CustomerBalance.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], CustomerBalance.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    (0, _core.Unique)(),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], CustomerBalance.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], CustomerBalance.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], CustomerBalance.prototype, "balanceMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], CustomerBalance.prototype, "overdueMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CustomerBalance.prototype, "creditLimitMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], CustomerBalance.prototype, "asOf", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], CustomerBalance.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], CustomerBalance.prototype, "updatedAt", void 0);
CustomerBalance = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'customer_balance'
    }),
    (0, _tenantfilter.TenantFiltered)()
], CustomerBalance);

//# sourceMappingURL=settlement.entities.js.map
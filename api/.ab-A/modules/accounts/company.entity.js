"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Company", {
    enumerable: true,
    get: function() {
        return Company;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
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
let Company = class Company {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        /** The customer's id in the ERP (ERP masters customers, DESIGN.md §3). */ this.erpId = null;
        this.taxId = null;
        /** IANA time zone used for the company's users' access-time windows. */ this.timeZone = 'Europe/Warsaw';
        this.blocked = false;
        this.blockedReason = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Company.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Company.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", String)
], Company.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Company.prototype, "taxId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Company.prototype, "timeZone", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], Company.prototype, "blocked", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Company.prototype, "blockedReason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Company.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Company.prototype, "updatedAt", void 0);
Company = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'company'
    })
], Company);

//# sourceMappingURL=company.entity.js.map
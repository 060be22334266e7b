"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "User", {
    enumerable: true,
    get: function() {
        return User;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _accesslevelentity = require("./access-level.entity");
const _companyentity = require("./company.entity");
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
let User = class User {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.locale = 'pl';
        this.company = null;
        this.accessLevel = null;
        /** A customer user who manages the company's users and API keys. */ this.companyAdmin = false;
        this.staffRole = null;
        /** Companies a sales rep serves. */ this.assignedCompanies = new _core.Collection(this);
        this.blocked = false;
        /** When the user may sign in, in the company's time zone; null means any time. */ this.accessWindows = null;
        /** Bumped whenever a password changes; older sessions are then refused. */ this.passwordChangedAt = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], User.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], User.prototype, "email", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], User.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], User.prototype, "locale", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        hidden: true,
        lazy: true
    }),
    _ts_metadata("design:type", String)
], User.prototype, "passwordHash", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        nullable: true
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], User.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_accesslevelentity.AccessLevel, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], User.prototype, "accessLevel", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], User.prototype, "companyAdmin", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], User.prototype, "staffRole", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_companyentity.Company,
        pivotTable: 'rep_assignment',
        joinColumn: 'rep_id',
        inverseJoinColumn: 'company_id'
    })
], User.prototype, "assignedCompanies", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], User.prototype, "blocked", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], User.prototype, "accessWindows", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], User.prototype, "passwordChangedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], User.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], User.prototype, "updatedAt", void 0);
User = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'app_user'
    }),
    (0, _tenantfilter.TenantFiltered)()
], User);

//# sourceMappingURL=user.entity.js.map
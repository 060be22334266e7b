"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ApiKey", {
    enumerable: true,
    get: function() {
        return ApiKey;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("./company.entity");
const _userentity = require("./user.entity");
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
let ApiKey = class ApiKey {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.createdBy = null;
        this.scopes = [];
        this.createdAt = new Date();
        this.lastUsedAt = null;
        this.revokedAt = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ApiKey.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], ApiKey.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ApiKey.prototype, "createdBy", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ApiKey.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], ApiKey.prototype, "prefix", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        hidden: true
    }),
    _ts_metadata("design:type", String)
], ApiKey.prototype, "secretHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text[]'
    }),
    _ts_metadata("design:type", Array)
], ApiKey.prototype, "scopes", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ApiKey.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ApiKey.prototype, "lastUsedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ApiKey.prototype, "revokedAt", void 0);
ApiKey = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'api_key'
    }),
    (0, _tenantfilter.TenantFiltered)()
], ApiKey);

//# sourceMappingURL=api-key.entity.js.map
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
    get RETURN_ENTITIES () {
        return RETURN_ENTITIES;
    },
    get ReturnPhoto () {
        return ReturnPhoto;
    },
    get ReturnRequest () {
        return ReturnRequest;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _tenantfilter = require("../../common/tenant-filter");
const _companyentity = require("../accounts/company.entity");
const _userentity = require("../accounts/user.entity");
const _orderentities = require("../orders/order.entities");
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
let ReturnRequest = class ReturnRequest {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.order = null;
        this.resolution = null;
        this.requestedBy = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], ReturnRequest.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_orderentities.SalesOrder, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], ReturnRequest.prototype, "order", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "reason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "description", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Array === "undefined" ? Object : Array)
], ReturnRequest.prototype, "lines", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ReturnRequest.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequest.prototype, "resolution", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        deleteRule: 'set null'
    }),
    _ts_metadata("design:type", Object)
], ReturnRequest.prototype, "requestedBy", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ReturnRequest.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ReturnRequest.prototype, "updatedAt", void 0);
ReturnRequest = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'return_request'
    }),
    (0, _tenantfilter.TenantFiltered)(),
    (0, _core.Unique)({
        properties: [
            'company',
            'idempotencyKey'
        ]
    }),
    (0, _core.Index)({
        properties: [
            'company',
            'createdAt',
            'id'
        ]
    })
], ReturnRequest);
let ReturnPhoto = class ReturnPhoto {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.url = null;
        this.content = null;
        this.contentType = null;
        this.size = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ReturnPhoto.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>ReturnRequest, {
        deleteRule: 'cascade'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof ReturnRequest === "undefined" ? Object : ReturnRequest)
], ReturnPhoto.prototype, "returnRequest", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhoto.prototype, "url", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'blob',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhoto.prototype, "content", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhoto.prototype, "contentType", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhoto.prototype, "size", void 0);
ReturnPhoto = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'return_photo'
    })
], ReturnPhoto);
const RETURN_ENTITIES = [
    ReturnRequest,
    ReturnPhoto
];

//# sourceMappingURL=return.entities.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AuditEntry", {
    enumerable: true,
    get: function() {
        return AuditEntry;
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
let AuditEntry = class AuditEntry {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.at = new Date();
        this.actorUserId = null;
        this.actorApiKeyId = null;
        this.companyId = null;
        this.targetType = null;
        this.targetId = null;
        this.ip = null;
        this.details = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], AuditEntry.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AuditEntry.prototype, "at", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof AuditAction === "undefined" ? Object : AuditAction)
], AuditEntry.prototype, "action", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "actorUserId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "actorApiKeyId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "companyId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "targetType", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "targetId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "ip", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "details", void 0);
AuditEntry = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'audit_entry'
    }),
    (0, _core.Index)({
        properties: [
            'at',
            'id'
        ]
    })
], AuditEntry);

//# sourceMappingURL=audit-entry.entity.js.map
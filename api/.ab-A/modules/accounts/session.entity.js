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
    get PasswordReset () {
        return PasswordReset;
    },
    get RefreshToken () {
        return RefreshToken;
    },
    get Session () {
        return Session;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
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
let Session = class Session {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.createdAt = new Date();
        this.lastUsedAt = new Date();
        this.revokedAt = null;
        this.revokedReason = null;
        this.ip = null;
        this.userAgent = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Session.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof _userentity.User === "undefined" ? Object : _userentity.User)
], Session.prototype, "user", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Session.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Session.prototype, "lastUsedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Session.prototype, "revokedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Session.prototype, "revokedReason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Session.prototype, "ip", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Session.prototype, "userAgent", void 0);
Session = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'auth_session'
    })
], Session);
let RefreshToken = class RefreshToken {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.usedAt = null;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], RefreshToken.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Session),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof Session === "undefined" ? Object : Session)
], RefreshToken.prototype, "session", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], RefreshToken.prototype, "tokenHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], RefreshToken.prototype, "expiresAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RefreshToken.prototype, "usedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], RefreshToken.prototype, "createdAt", void 0);
RefreshToken = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'refresh_token'
    })
], RefreshToken);
let PasswordReset = class PasswordReset {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.usedAt = null;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], PasswordReset.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User),
    _ts_metadata("design:type", typeof _userentity.User === "undefined" ? Object : _userentity.User)
], PasswordReset.prototype, "user", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], PasswordReset.prototype, "tokenHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PasswordReset.prototype, "expiresAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PasswordReset.prototype, "usedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PasswordReset.prototype, "createdAt", void 0);
PasswordReset = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'password_reset'
    })
], PasswordReset);

//# sourceMappingURL=session.entity.js.map
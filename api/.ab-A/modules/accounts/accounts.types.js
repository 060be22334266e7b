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
    get AccessLevelResult () {
        return AccessLevelResult;
    },
    get AccessLevelType () {
        return AccessLevelType;
    },
    get AccessWindowInput () {
        return AccessWindowInput;
    },
    get AccessWindowType () {
        return AccessWindowType;
    },
    get AccountBlockedError () {
        return AccountBlockedError;
    },
    get ApiKeyCreateResult () {
        return ApiKeyCreateResult;
    },
    get ApiKeyCreated () {
        return ApiKeyCreated;
    },
    get ApiKeyResult () {
        return ApiKeyResult;
    },
    get ApiKeyType () {
        return ApiKeyType;
    },
    get AssignRepCustomersInput () {
        return AssignRepCustomersInput;
    },
    get AuditEntryConnection () {
        return AuditEntryConnection;
    },
    get AuditEntryType () {
        return AuditEntryType;
    },
    get AuthTokens () {
        return AuthTokens;
    },
    get ChangePasswordInput () {
        return ChangePasswordInput;
    },
    get ChangePasswordResult () {
        return ChangePasswordResult;
    },
    get CompanyConnection () {
        return CompanyConnection;
    },
    get CompanyResult () {
        return CompanyResult;
    },
    get CompanyType () {
        return CompanyType;
    },
    get CreateApiKeyInput () {
        return CreateApiKeyInput;
    },
    get CreateUserInput () {
        return CreateUserInput;
    },
    get InvalidCredentialsError () {
        return InvalidCredentialsError;
    },
    get InvalidTokenError () {
        return InvalidTokenError;
    },
    get LoginInput () {
        return LoginInput;
    },
    get LoginResult () {
        return LoginResult;
    },
    get LogoutInput () {
        return LogoutInput;
    },
    get OutsideAccessWindowError () {
        return OutsideAccessWindowError;
    },
    get PageArgsType () {
        return PageArgsType;
    },
    get RefreshResult () {
        return RefreshResult;
    },
    get RefreshTokenInput () {
        return RefreshTokenInput;
    },
    get RequestPasswordResetInput () {
        return RequestPasswordResetInput;
    },
    get ResetPasswordInput () {
        return ResetPasswordInput;
    },
    get ResetPasswordResult () {
        return ResetPasswordResult;
    },
    get RevokeApiKeyInput () {
        return RevokeApiKeyInput;
    },
    get SetCompanyBlockedInput () {
        return SetCompanyBlockedInput;
    },
    get SetUserAccessLevelInput () {
        return SetUserAccessLevelInput;
    },
    get SetUserAccessWindowsInput () {
        return SetUserAccessWindowsInput;
    },
    get SetUserBlockedInput () {
        return SetUserBlockedInput;
    },
    get UpsertAccessLevelInput () {
        return UpsertAccessLevelInput;
    },
    get UserConnection () {
        return UserConnection;
    },
    get UserError () {
        return _commontypes.UserError;
    },
    get UserResult () {
        return UserResult;
    },
    get UserType () {
        return UserType;
    },
    get ViewerEventType () {
        return ViewerEventType;
    },
    get ViewerType () {
        return ViewerType;
    },
    get WeakPasswordError () {
        return WeakPasswordError;
    }
});
const _graphqlscalars = require("graphql-scalars");
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _connection = require("../../graphql/connection");
const _errorstypes = require("../../graphql/errors.types");
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
let AccessWindowType = class AccessWindowType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.Int
        ]),
    _ts_metadata("design:type", Array)
], AccessWindowType.prototype, "days", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'HH:MM, inclusive'
    }),
    _ts_metadata("design:type", String)
], AccessWindowType.prototype, "from", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'HH:MM, exclusive; earlier than `from` for a window across midnight'
    }),
    _ts_metadata("design:type", String)
], AccessWindowType.prototype, "to", void 0);
AccessWindowType = _ts_decorate([
    (0, _typegraphql.ObjectType)('AccessWindow', {
        description: 'Days (1 = Monday … 7 = Sunday) and hours when an account may be used, in its company time zone.'
    })
], AccessWindowType);
let AccessWindowInput = class AccessWindowInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.Int
        ]),
    _ts_metadata("design:type", Array)
], AccessWindowInput.prototype, "days", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AccessWindowInput.prototype, "from", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AccessWindowInput.prototype, "to", void 0);
AccessWindowInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], AccessWindowInput);
let AccessLevelType = class AccessLevelType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AccessLevelType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AccessLevelType.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AccessLevelType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], AccessLevelType.prototype, "permissions", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], AccessLevelType.prototype, "builtIn", void 0);
AccessLevelType = _ts_decorate([
    (0, _typegraphql.ObjectType)('AccessLevel', {
        description: 'A named set of customer permissions.'
    })
], AccessLevelType);
let CompanyType = class CompanyType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CompanyType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The customer id in the ERP.'
    }),
    _ts_metadata("design:type", Object)
], CompanyType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CompanyType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CompanyType.prototype, "taxId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CompanyType.prototype, "timeZone", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], CompanyType.prototype, "blocked", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CompanyType.prototype, "blockedReason", void 0);
CompanyType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Company', {
        description: 'A customer of the wholesaler.'
    })
], CompanyType);
let UserType = class UserType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], UserType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UserType.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UserType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UserType.prototype, "locale", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>AccessLevelType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserType.prototype, "accessLevel", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], UserType.prototype, "companyAdmin", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'sales_rep or admin for wholesaler staff.'
    }),
    _ts_metadata("design:type", Object)
], UserType.prototype, "staffRole", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], UserType.prototype, "blocked", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            AccessWindowType
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserType.prototype, "accessWindows", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], UserType.prototype, "createdAt", void 0);
UserType = _ts_decorate([
    (0, _typegraphql.ObjectType)('User')
], UserType);
let ViewerType = class ViewerType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'customer, staff or apiKey'
    }),
    _ts_metadata("design:type", String)
], ViewerType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>UserType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ViewerType.prototype, "user", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>CompanyType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ViewerType.prototype, "company", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], ViewerType.prototype, "permissions", void 0);
ViewerType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Viewer', {
        description: 'Who is asking: a user, or an API key bound to a company.'
    })
], ViewerType);
let ApiKeyType = class ApiKeyType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ApiKeyType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ApiKeyType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The public part of the key.'
    }),
    _ts_metadata("design:type", String)
], ApiKeyType.prototype, "prefix", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], ApiKeyType.prototype, "scopes", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ApiKeyType.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ApiKeyType.prototype, "lastUsedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ApiKeyType.prototype, "revokedAt", void 0);
ApiKeyType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ApiKey')
], ApiKeyType);
let ApiKeyCreated = class ApiKeyCreated {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>ApiKeyType),
    _ts_metadata("design:type", typeof ApiKeyType === "undefined" ? Object : ApiKeyType)
], ApiKeyCreated.prototype, "apiKey", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The whole key. Shown this once; only a hash is kept.'
    }),
    _ts_metadata("design:type", String)
], ApiKeyCreated.prototype, "secret", void 0);
ApiKeyCreated = _ts_decorate([
    (0, _typegraphql.ObjectType)('ApiKeyCreated')
], ApiKeyCreated);
let AuditEntryType = class AuditEntryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AuditEntryType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AuditEntryType.prototype, "at", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AuditEntryType.prototype, "action", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "actorUserId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "actorApiKeyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "targetType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "targetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "ip", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_graphqlscalars.JSONObjectResolver, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditEntryType.prototype, "details", void 0);
AuditEntryType = _ts_decorate([
    (0, _typegraphql.ObjectType)('AuditEntry')
], AuditEntryType);
let ViewerEventType = class ViewerEventType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ViewerEventType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ViewerEventType.prototype, "at", void 0);
ViewerEventType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ViewerEvent', {
        description: 'Something about the signed-in account changed.'
    })
], ViewerEventType);
const CompanyConnection = (0, _connection.connectionType)('Company', CompanyType);
const UserConnection = (0, _connection.connectionType)('User', UserType);
const AuditEntryConnection = (0, _connection.connectionType)('AuditEntry', AuditEntryType);
let AuthTokens = class AuthTokens {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], AuthTokens.prototype, "accessToken", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AuthTokens.prototype, "accessTokenExpiresAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'Use once: each refresh returns a new one; using one twice ends the session.'
    }),
    _ts_metadata("design:type", String)
], AuthTokens.prototype, "refreshToken", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AuthTokens.prototype, "refreshTokenExpiresAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AuthTokens.prototype, "userId", void 0);
AuthTokens = _ts_decorate([
    (0, _typegraphql.ObjectType)('AuthTokens')
], AuthTokens);
const InvalidCredentialsError = (0, _errorstypes.defineUserError)('InvalidCredentialsError', 'INVALID_CREDENTIALS', 'The e-mail or password is wrong.');
const AccountBlockedError = (0, _errorstypes.defineUserError)('AccountBlockedError', 'ACCOUNT_BLOCKED', 'The account or its company is blocked.');
const OutsideAccessWindowError = (0, _errorstypes.defineUserError)('OutsideAccessWindowError', 'OUTSIDE_ACCESS_WINDOW', 'The account may not be used at this time.');
const InvalidTokenError = (0, _errorstypes.defineUserError)('InvalidTokenError', 'INVALID_TOKEN', 'The token is unknown, used or expired.');
const WeakPasswordError = (0, _errorstypes.defineUserError)('WeakPasswordError', 'WEAK_PASSWORD', 'The new password does not meet the rules.');
const LoginResult = (0, _typegraphql.createUnionType)({
    name: 'LoginResult',
    types: ()=>[
            AuthTokens,
            InvalidCredentialsError,
            AccountBlockedError,
            OutsideAccessWindowError,
            _errorstypes.RateLimitedError
        ]
});
const RefreshResult = (0, _typegraphql.createUnionType)({
    name: 'RefreshResult',
    types: ()=>[
            AuthTokens,
            InvalidTokenError,
            AccountBlockedError,
            OutsideAccessWindowError
        ]
});
const ChangePasswordResult = (0, _typegraphql.createUnionType)({
    name: 'ChangePasswordResult',
    types: ()=>[
            _commontypes.Done,
            InvalidCredentialsError,
            WeakPasswordError
        ]
});
const ResetPasswordResult = (0, _typegraphql.createUnionType)({
    name: 'ResetPasswordResult',
    types: ()=>[
            _commontypes.Done,
            InvalidTokenError,
            WeakPasswordError
        ]
});
const UserResult = (0, _typegraphql.createUnionType)({
    name: 'UserResult',
    types: ()=>[
            UserType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const CompanyResult = (0, _typegraphql.createUnionType)({
    name: 'CompanyResult',
    types: ()=>[
            CompanyType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const AccessLevelResult = (0, _typegraphql.createUnionType)({
    name: 'AccessLevelResult',
    types: ()=>[
            AccessLevelType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const ApiKeyCreateResult = (0, _typegraphql.createUnionType)({
    name: 'ApiKeyCreateResult',
    types: ()=>[
            ApiKeyCreated,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const ApiKeyResult = (0, _typegraphql.createUnionType)({
    name: 'ApiKeyResult',
    types: ()=>[
            ApiKeyType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
let LoginInput = class LoginInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], LoginInput.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], LoginInput.prototype, "password", void 0);
LoginInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], LoginInput);
let RefreshTokenInput = class RefreshTokenInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], RefreshTokenInput.prototype, "refreshToken", void 0);
RefreshTokenInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], RefreshTokenInput);
let LogoutInput = class LogoutInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Ends this token’s session when no access token is sent.'
    }),
    _ts_metadata("design:type", Object)
], LogoutInput.prototype, "refreshToken", void 0);
LogoutInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], LogoutInput);
let ChangePasswordInput = class ChangePasswordInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ChangePasswordInput.prototype, "currentPassword", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ChangePasswordInput.prototype, "newPassword", void 0);
ChangePasswordInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ChangePasswordInput);
let RequestPasswordResetInput = class RequestPasswordResetInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], RequestPasswordResetInput.prototype, "email", void 0);
RequestPasswordResetInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], RequestPasswordResetInput);
let ResetPasswordInput = class ResetPasswordInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ResetPasswordInput.prototype, "token", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ResetPasswordInput.prototype, "newPassword", void 0);
ResetPasswordInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ResetPasswordInput);
let CreateUserInput = class CreateUserInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "password", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "accessLevelId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "locale", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "companyAdmin", void 0);
CreateUserInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateUserInput);
let SetUserBlockedInput = class SetUserBlockedInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetUserBlockedInput.prototype, "userId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], SetUserBlockedInput.prototype, "blocked", void 0);
SetUserBlockedInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetUserBlockedInput);
let SetCompanyBlockedInput = class SetCompanyBlockedInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetCompanyBlockedInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], SetCompanyBlockedInput.prototype, "blocked", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SetCompanyBlockedInput.prototype, "reason", void 0);
SetCompanyBlockedInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetCompanyBlockedInput);
let SetUserAccessLevelInput = class SetUserAccessLevelInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetUserAccessLevelInput.prototype, "userId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetUserAccessLevelInput.prototype, "accessLevelId", void 0);
SetUserAccessLevelInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetUserAccessLevelInput);
let SetUserAccessWindowsInput = class SetUserAccessWindowsInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetUserAccessWindowsInput.prototype, "userId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            AccessWindowInput
        ], {
        description: 'An empty list removes every restriction.'
    }),
    _ts_metadata("design:type", Array)
], SetUserAccessWindowsInput.prototype, "windows", void 0);
SetUserAccessWindowsInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetUserAccessWindowsInput);
let UpsertAccessLevelInput = class UpsertAccessLevelInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Omit to create a new level.'
    }),
    _ts_metadata("design:type", Object)
], UpsertAccessLevelInput.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UpsertAccessLevelInput.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], UpsertAccessLevelInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], UpsertAccessLevelInput.prototype, "permissions", void 0);
UpsertAccessLevelInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpsertAccessLevelInput);
let AssignRepCustomersInput = class AssignRepCustomersInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AssignRepCustomersInput.prototype, "repId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ]),
    _ts_metadata("design:type", Array)
], AssignRepCustomersInput.prototype, "companyIds", void 0);
AssignRepCustomersInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], AssignRepCustomersInput);
let CreateApiKeyInput = class CreateApiKeyInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CreateApiKeyInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateApiKeyInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], CreateApiKeyInput.prototype, "scopes", void 0);
CreateApiKeyInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateApiKeyInput);
let RevokeApiKeyInput = class RevokeApiKeyInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], RevokeApiKeyInput.prototype, "id", void 0);
RevokeApiKeyInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], RevokeApiKeyInput);
let PageArgsType = class PageArgsType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PageArgsType.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PageArgsType.prototype, "after", void 0);
PageArgsType = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], PageArgsType);

//# sourceMappingURL=accounts.types.js.map
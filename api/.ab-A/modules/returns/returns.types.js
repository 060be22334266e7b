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
    get CreateReturnRequestInput () {
        return CreateReturnRequestInput;
    },
    get ReturnKindEnum () {
        return ReturnKindEnum;
    },
    get ReturnLineInput () {
        return ReturnLineInput;
    },
    get ReturnLineType () {
        return ReturnLineType;
    },
    get ReturnPhotoInput () {
        return ReturnPhotoInput;
    },
    get ReturnPhotoType () {
        return ReturnPhotoType;
    },
    get ReturnRequestConnection () {
        return ReturnRequestConnection;
    },
    get ReturnRequestType () {
        return ReturnRequestType;
    },
    get ReturnRequestsArgs () {
        return ReturnRequestsArgs;
    },
    get ReturnResult () {
        return ReturnResult;
    },
    get ReturnStatusEnum () {
        return ReturnStatusEnum;
    },
    get SetReturnStatusInput () {
        return SetReturnStatusInput;
    },
    get toReturnType () {
        return toReturnType;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _errorstypes = require("../../graphql/errors.types");
const _orderserrors = require("../orders/orders.errors");
const _returnsservice = require("./returns.service");
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
var ReturnKindEnum = /*#__PURE__*/ function(ReturnKindEnum) {
    ReturnKindEnum["RETURN"] = "RETURN";
    ReturnKindEnum["COMPLAINT"] = "COMPLAINT";
    return ReturnKindEnum;
}({});
(0, _typegraphql.registerEnumType)(ReturnKindEnum, {
    name: 'ReturnKind'
});
var ReturnStatusEnum = /*#__PURE__*/ function(ReturnStatusEnum) {
    ReturnStatusEnum["SUBMITTED"] = "SUBMITTED";
    ReturnStatusEnum["ACCEPTED"] = "ACCEPTED";
    ReturnStatusEnum["REJECTED"] = "REJECTED";
    ReturnStatusEnum["RESOLVED"] = "RESOLVED";
    ReturnStatusEnum["WITHDRAWN"] = "WITHDRAWN";
    return ReturnStatusEnum;
}({});
(0, _typegraphql.registerEnumType)(ReturnStatusEnum, {
    name: 'ReturnStatus',
    description: 'submitted → accepted | rejected (staff) → resolved (staff); the customer may withdraw while submitted.'
});
let ReturnLineType = class ReturnLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReturnLineType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ReturnLineType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ReturnLineType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnLineType.prototype, "orderLineId", void 0);
ReturnLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ReturnLine', {
        simpleResolvers: true
    })
], ReturnLineType);
let ReturnPhotoType = class ReturnPhotoType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReturnPhotoType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The https link given, or null for an uploaded photo.'
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoType.prototype, "url", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoType.prototype, "contentType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoType.prototype, "size", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'For an uploaded photo: where its bytes are downloaded, a path on the API’s host (GET with the same credentials as GraphQL); null for a linked photo.'
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoType.prototype, "downloadUrl", void 0);
ReturnPhotoType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ReturnPhoto', {
        simpleResolvers: true
    })
], ReturnPhotoType);
let ReturnRequestType = class ReturnRequestType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequestType.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReturnKindEnum),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "reason", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ReturnLineType
        ]),
    _ts_metadata("design:type", Array)
], ReturnRequestType.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReturnStatusEnum),
    _ts_metadata("design:type", String)
], ReturnRequestType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequestType.prototype, "resolution", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ReturnPhotoType
        ]),
    _ts_metadata("design:type", Array)
], ReturnRequestType.prototype, "photos", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ReturnRequestType.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ReturnRequestType.prototype, "updatedAt", void 0);
ReturnRequestType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ReturnRequest', {
        description: 'A return or a complaint.'
    })
], ReturnRequestType);
const ReturnRequestConnection = (0, _connection.connectionType)('ReturnRequest', ReturnRequestType);
let ReturnLineInput = class ReturnLineInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReturnLineInput.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ReturnLineInput.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnLineInput.prototype, "orderLineId", void 0);
ReturnLineInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ReturnLineInput);
let ReturnPhotoInput = class ReturnPhotoInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoInput.prototype, "url", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnPhotoInput.prototype, "dataBase64", void 0);
ReturnPhotoInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'A photo: an https URL, or the image as base64 (JPEG, PNG or WebP, at most 2 MB).'
    })
], ReturnPhotoInput);
let CreateReturnRequestInput = class CreateReturnRequestInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateReturnRequestInput.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateReturnRequestInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReturnKindEnum),
    _ts_metadata("design:type", String)
], CreateReturnRequestInput.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateReturnRequestInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateReturnRequestInput.prototype, "reason", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CreateReturnRequestInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ReturnLineInput
        ]),
    _ts_metadata("design:type", Array)
], CreateReturnRequestInput.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ReturnPhotoInput
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateReturnRequestInput.prototype, "photos", void 0);
CreateReturnRequestInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateReturnRequestInput);
let SetReturnStatusInput = class SetReturnStatusInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetReturnStatusInput.prototype, "returnId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReturnStatusEnum),
    _ts_metadata("design:type", String)
], SetReturnStatusInput.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SetReturnStatusInput.prototype, "resolution", void 0);
SetReturnStatusInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetReturnStatusInput);
let ReturnRequestsArgs = class ReturnRequestsArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequestsArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequestsArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ReturnRequestsArgs.prototype, "companyId", void 0);
ReturnRequestsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], ReturnRequestsArgs);
const ReturnResult = (0, _typegraphql.createUnionType)({
    name: 'ReturnResult',
    types: ()=>[
            ReturnRequestType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError,
            _orderserrors.InvalidTransitionError
        ]
});
const toReturnType = (r)=>Object.assign(new ReturnRequestType(), {
        ...r,
        kind: r.kind.toUpperCase(),
        status: r.status.toUpperCase(),
        lines: r.lines.map((l)=>Object.assign(new ReturnLineType(), l)),
        photos: r.photos.map((p)=>Object.assign(new ReturnPhotoType(), {
                ...p,
                downloadUrl: p.url ? null : (0, _returnsservice.photoDownloadPath)(p.id)
            }))
    });

//# sourceMappingURL=returns.types.js.map
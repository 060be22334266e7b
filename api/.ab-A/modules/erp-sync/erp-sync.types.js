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
    get ErpDeadLetterConnection () {
        return ErpDeadLetterConnection;
    },
    get ErpDeadLetterType () {
        return ErpDeadLetterType;
    },
    get ErpDeadLettersArgs () {
        return ErpDeadLettersArgs;
    },
    get ErpEntitySyncStateType () {
        return ErpEntitySyncStateType;
    },
    get ErpQuarantineArgs () {
        return ErpQuarantineArgs;
    },
    get ErpQuarantineConnection () {
        return ErpQuarantineConnection;
    },
    get ErpQuarantinedInputType () {
        return ErpQuarantinedInputType;
    },
    get ErpSyncHealthType () {
        return ErpSyncHealthType;
    },
    get ReplayErpDeadLetterInput () {
        return ReplayErpDeadLetterInput;
    },
    get ReplayErpDeadLetterResult () {
        return ReplayErpDeadLetterResult;
    },
    get ResolveErpDeadLetterInput () {
        return ResolveErpDeadLetterInput;
    }
});
const _typegraphql = require("type-graphql");
const _graphqlscalars = require("graphql-scalars");
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
let ErpEntitySyncStateType = class ErpEntitySyncStateType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpEntitySyncStateType.prototype, "entity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'The cursor: modification time of the last record applied.'
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "cursorModifiedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "cursorErpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "lastSuccessAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "lastAttemptAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "lastFullSyncAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "lastError", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'Seconds since the last successful sync.'
    }),
    _ts_metadata("design:type", Object)
], ErpEntitySyncStateType.prototype, "lagSeconds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        description: 'No successful sync within three intervals.'
    }),
    _ts_metadata("design:type", Boolean)
], ErpEntitySyncStateType.prototype, "stale", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ErpEntitySyncStateType.prototype, "intervalSeconds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Number),
    _ts_metadata("design:type", Number)
], ErpEntitySyncStateType.prototype, "applied", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Number),
    _ts_metadata("design:type", Number)
], ErpEntitySyncStateType.prototype, "unchanged", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Number),
    _ts_metadata("design:type", Number)
], ErpEntitySyncStateType.prototype, "quarantined", void 0);
ErpEntitySyncStateType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ErpEntitySyncState', {
        description: 'Where the sync of one ERP entity stands.',
        simpleResolvers: true
    })
], ErpEntitySyncStateType);
let ErpSyncHealthType = class ErpSyncHealthType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The connector in use ("bridge", "edi++"), null when none is configured.'
    }),
    _ts_metadata("design:type", Object)
], ErpSyncHealthType.prototype, "connector", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ErpEntitySyncStateType
        ]),
    _ts_metadata("design:type", Array)
], ErpSyncHealthType.prototype, "entities", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ErpSyncHealthType.prototype, "outboxPending", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncHealthType.prototype, "outboxOldestPendingAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncHealthType.prototype, "outboxOldestAgeSeconds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ErpSyncHealthType.prototype, "deadLetters", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ErpSyncHealthType.prototype, "quarantined", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpSyncHealthType.prototype, "checkedAt", void 0);
ErpSyncHealthType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ErpSyncHealth', {
        description: 'The ERP connector at a glance: lag, cursors, outbox age, dead letters.'
    })
], ErpSyncHealthType);
let ErpDeadLetterType = class ErpDeadLetterType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ErpDeadLetterType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpDeadLetterType.prototype, "aggregateType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpDeadLetterType.prototype, "aggregateId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpDeadLetterType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_graphqlscalars.GraphQLJSONObject),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], ErpDeadLetterType.prototype, "payload", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpDeadLetterType.prototype, "reason", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ErpDeadLetterType.prototype, "attempts", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpDeadLetterType.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetterType.prototype, "replayedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'When staff marked it done by hand in the ERP.'
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetterType.prototype, "resolvedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'What staff did by hand.'
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetterType.prototype, "resolution", void 0);
ErpDeadLetterType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ErpDeadLetter', {
        description: 'A message to the ERP that failed for good, with its raw payload.',
        simpleResolvers: true
    })
], ErpDeadLetterType);
let ErpQuarantinedInputType = class ErpQuarantinedInputType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ErpQuarantinedInputType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpQuarantinedInputType.prototype, "entity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpQuarantinedInputType.prototype, "source", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The raw input (first 4,000 characters).'
    }),
    _ts_metadata("design:type", String)
], ErpQuarantinedInputType.prototype, "raw", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ErpQuarantinedInputType.prototype, "reason", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpQuarantinedInputType.prototype, "createdAt", void 0);
ErpQuarantinedInputType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ErpQuarantinedInput', {
        description: 'An input from the ERP that was refused, with the reason.',
        simpleResolvers: true
    })
], ErpQuarantinedInputType);
const ErpDeadLetterConnection = (0, _connection.connectionType)('ErpDeadLetter', ErpDeadLetterType);
const ErpQuarantineConnection = (0, _connection.connectionType)('ErpQuarantinedInput', ErpQuarantinedInputType);
let ErpDeadLettersArgs = class ErpDeadLettersArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLettersArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLettersArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Also list the ones already replayed.'
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLettersArgs.prototype, "includeReplayed", void 0);
ErpDeadLettersArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], ErpDeadLettersArgs);
let ErpQuarantineArgs = class ErpQuarantineArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpQuarantineArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpQuarantineArgs.prototype, "after", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpQuarantineArgs.prototype, "entity", void 0);
ErpQuarantineArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], ErpQuarantineArgs);
let ReplayErpDeadLetterInput = class ReplayErpDeadLetterInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReplayErpDeadLetterInput.prototype, "id", void 0);
ReplayErpDeadLetterInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ReplayErpDeadLetterInput);
let ResolveErpDeadLetterInput = class ResolveErpDeadLetterInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ResolveErpDeadLetterInput.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'What was done by hand in the ERP (kept with the dead letter).'
    }),
    _ts_metadata("design:type", String)
], ResolveErpDeadLetterInput.prototype, "resolution", void 0);
ResolveErpDeadLetterInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ResolveErpDeadLetterInput);
const ReplayErpDeadLetterResult = (0, _typegraphql.createUnionType)({
    name: 'ReplayErpDeadLetterResult',
    types: ()=>[
            ErpDeadLetterType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});

//# sourceMappingURL=erp-sync.types.js.map
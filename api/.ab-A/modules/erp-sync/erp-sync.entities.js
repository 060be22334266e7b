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
    get ERP_SYNC_ENTITIES () {
        return ERP_SYNC_ENTITIES;
    },
    get ErpDeadLetter () {
        return ErpDeadLetter;
    },
    get ErpDocument () {
        return ErpDocument;
    },
    get ErpInboxMessage () {
        return ErpInboxMessage;
    },
    get ErpPaymentRoute () {
        return ErpPaymentRoute;
    },
    get ErpQuarantine () {
        return ErpQuarantine;
    },
    get ErpSyncState () {
        return ErpSyncState;
    },
    get OutboxMessage () {
        return OutboxMessage;
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
let ErpSyncState = class ErpSyncState {
    constructor(){
        this.cursorModifiedAt = null;
        this.cursorErpId = null;
        this.lastSuccessAt = null;
        this.lastAttemptAt = null;
        this.lastError = null;
        this.lastFullSyncAt = null;
        /** Counters since the state row was created. */ this.applied = 0;
        this.unchanged = 0;
        this.quarantined = 0;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpSyncState.prototype, "entity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "cursorModifiedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "cursorErpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "lastSuccessAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "lastAttemptAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "lastError", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpSyncState.prototype, "lastFullSyncAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], ErpSyncState.prototype, "applied", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], ErpSyncState.prototype, "unchanged", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], ErpSyncState.prototype, "quarantined", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpSyncState.prototype, "updatedAt", void 0);
ErpSyncState = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_sync_state'
    })
], ErpSyncState);
let ErpInboxMessage = class ErpInboxMessage {
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpInboxMessage.prototype, "messageKey", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpInboxMessage.prototype, "entity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpInboxMessage.prototype, "receivedAt", void 0);
ErpInboxMessage = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_inbox'
    }),
    (0, _core.Index)({
        properties: [
            'receivedAt'
        ]
    })
], ErpInboxMessage);
let ErpQuarantine = class ErpQuarantine {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.source = null;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ErpQuarantine.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpQuarantine.prototype, "entity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpQuarantine.prototype, "source", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpQuarantine.prototype, "raw", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpQuarantine.prototype, "reason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpQuarantine.prototype, "createdAt", void 0);
ErpQuarantine = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_quarantine'
    }),
    (0, _core.Index)({
        properties: [
            'createdAt',
            'id'
        ]
    })
], ErpQuarantine);
let OutboxMessage = class OutboxMessage {
    constructor(){
        this.createdAt = new Date();
        this.sentAt = null;
        this.attempts = 0;
        this.nextAttemptAt = new Date();
        this.lastError = null;
        /** Set when the message went to the dead letters; the relay skips it (and its aggregate's later messages). */ this.deadAt = null;
        this.erpId = null;
        this.erpNumber = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: new _core.BigIntType('number'),
        autoincrement: true
    }),
    _ts_metadata("design:type", Number)
], OutboxMessage.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OutboxMessage.prototype, "aggregateType", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OutboxMessage.prototype, "aggregateId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], OutboxMessage.prototype, "seq", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], OutboxMessage.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], OutboxMessage.prototype, "payload", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OutboxMessage.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OutboxMessage.prototype, "sentAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], OutboxMessage.prototype, "attempts", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OutboxMessage.prototype, "nextAttemptAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OutboxMessage.prototype, "lastError", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OutboxMessage.prototype, "deadAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OutboxMessage.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OutboxMessage.prototype, "erpNumber", void 0);
OutboxMessage = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'outbox'
    }),
    (0, _core.Unique)({
        properties: [
            'aggregateType',
            'aggregateId',
            'seq'
        ]
    }),
    (0, _core.Index)({
        properties: [
            'sentAt',
            'deadAt',
            'nextAttemptAt'
        ]
    }),
    (0, _core.Index)({
        name: 'outbox_pending_index',
        expression: 'create index "outbox_pending_index" on "outbox" ("id") where "sent_at" is null and "dead_at" is null'
    })
], OutboxMessage);
let ErpDeadLetter = class ErpDeadLetter {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.outboxId = null;
        this.createdAt = new Date();
        this.replayedAt = null;
        this.replayedBy = null;
        /** Staff did by hand in the ERP what the message asked (e.g. EDI++, which has no cancellation or change document). */ this.resolvedAt = null;
        this.resolvedBy = null;
        this.resolution = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], ErpDeadLetter.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        nullable: true
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "outboxId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDeadLetter.prototype, "aggregateType", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDeadLetter.prototype, "aggregateId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDeadLetter.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], ErpDeadLetter.prototype, "payload", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDeadLetter.prototype, "reason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], ErpDeadLetter.prototype, "attempts", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpDeadLetter.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "replayedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "replayedBy", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "resolvedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "resolvedBy", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDeadLetter.prototype, "resolution", void 0);
ErpDeadLetter = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_dead_letter'
    }),
    (0, _core.Index)({
        properties: [
            'createdAt',
            'id'
        ]
    })
], ErpDeadLetter);
let ErpDocument = class ErpDocument {
    constructor(){
        this.erpId = null;
        this.erpNumber = null;
        this.reason = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDocument.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDocument.prototype, "kontorReference", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDocument.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDocument.prototype, "erpNumber", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpDocument.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpDocument.prototype, "reason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpDocument.prototype, "changedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpDocument.prototype, "updatedAt", void 0);
ErpDocument = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_document'
    })
], ErpDocument);
let ErpPaymentRoute = class ErpPaymentRoute {
    constructor(){
        this.kontorReference = null;
        this.orderErpId = null;
        this.orderId = null;
        this.reason = null;
        this.attempts = 0;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpPaymentRoute.prototype, "paymentErpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpPaymentRoute.prototype, "kontorReference", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpPaymentRoute.prototype, "orderErpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpPaymentRoute.prototype, "orderId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], ErpPaymentRoute.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ErpPaymentRoute.prototype, "reason", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 0
    }),
    _ts_metadata("design:type", Number)
], ErpPaymentRoute.prototype, "attempts", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpPaymentRoute.prototype, "nextAttemptAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpPaymentRoute.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ErpPaymentRoute.prototype, "updatedAt", void 0);
ErpPaymentRoute = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'erp_payment_route'
    }),
    (0, _core.Index)({
        properties: [
            'status',
            'nextAttemptAt'
        ]
    })
], ErpPaymentRoute);
const ERP_SYNC_ENTITIES = [
    ErpSyncState,
    ErpInboxMessage,
    ErpQuarantine,
    OutboxMessage,
    ErpDeadLetter,
    ErpDocument,
    ErpPaymentRoute
];

//# sourceMappingURL=erp-sync.entities.js.map
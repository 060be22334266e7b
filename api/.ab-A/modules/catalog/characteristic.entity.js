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
    get Characteristic () {
        return Characteristic;
    },
    get CharacteristicOption () {
        return CharacteristicOption;
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
let Characteristic = class Characteristic {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.unit = null;
        this.position = 0;
        this.filterable = true;
        /** The ERP sync's hash of the characteristic with its options: an unchanged one rewrites nothing. */ this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Characteristic.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Characteristic.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Characteristic.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", typeof CharacteristicKind === "undefined" ? Object : CharacteristicKind)
], Characteristic.prototype, "kind", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Characteristic.prototype, "unit", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Translations === "undefined" ? Object : Translations)
], Characteristic.prototype, "names", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], Characteristic.prototype, "position", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], Characteristic.prototype, "filterable", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Characteristic.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Characteristic.prototype, "updatedAt", void 0);
Characteristic = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'characteristic'
    })
], Characteristic);
let CharacteristicOption = class CharacteristicOption {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.position = 0;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], CharacteristicOption.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], CharacteristicOption.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Characteristic, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Characteristic === "undefined" ? Object : Characteristic)
], CharacteristicOption.prototype, "characteristic", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], CharacteristicOption.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Translations === "undefined" ? Object : Translations)
], CharacteristicOption.prototype, "names", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], CharacteristicOption.prototype, "position", void 0);
CharacteristicOption = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'characteristic_option'
    }),
    (0, _core.Unique)({
        properties: [
            'characteristic',
            'code'
        ]
    })
], CharacteristicOption);

//# sourceMappingURL=characteristic.entity.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Category", {
    enumerable: true,
    get: function() {
        return Category;
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
let Category = class Category {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.parent = null;
        this.position = 0;
        /** Root-first ancestry including this category; maintained by trigger from `parent_id`. */ this.path = [];
        /** 1 for a root; maintained by trigger. */ this.depth = 1;
        this.active = true;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Category.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Category.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Category, {
        nullable: true,
        deleteRule: 'restrict'
    }),
    _ts_metadata("design:type", Object)
], Category.prototype, "parent", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], Category.prototype, "position", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Translations === "undefined" ? Object : Translations)
], Category.prototype, "names", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Category.prototype, "path", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 1
    }),
    _ts_metadata("design:type", Number)
], Category.prototype, "depth", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean'
    }),
    _ts_metadata("design:type", Boolean)
], Category.prototype, "active", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Category.prototype, "updatedAt", void 0);
Category = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'category'
    }),
    (0, _core.Index)({
        properties: [
            'parent',
            'position'
        ]
    })
], Category);

//# sourceMappingURL=category.entity.js.map
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
    get Product () {
        return Product;
    },
    get ProductAssociation () {
        return ProductAssociation;
    },
    get SearchWord () {
        return SearchWord;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _categoryentity = require("./category.entity");
const _manufacturerentity = require("./manufacturer.entity");
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
const nameIdx = (locale)=>({
        name: `product_name_${locale}_index`,
        expression: `create index "product_name_${locale}_index" on "product" (kontor_name("names", '${locale}'), "id")`
    });
const depthNameIdx = (depth, locale)=>({
        name: `product_d${depth}_name_${locale}_index`,
        expression: `create index "product_d${depth}_name_${locale}_index" on "product" (("category_path"[${depth}]), kontor_name("names", '${locale}'), "id")`
    });
const depthSkuIdx = (depth)=>({
        name: `product_d${depth}_sku_index`,
        expression: `create index "product_d${depth}_sku_index" on "product" (("category_path"[${depth}]), "sku")`
    });
const searchIdx = (locale)=>({
        name: `product_search_${locale}_index`,
        expression: `create index "product_search_${locale}_index" on "product" using gin ("search_${locale}")`
    });
let Product = class Product {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        /** EAN / GTIN. */ this.ean = null;
        this.model = null;
        this.manufacturer = null;
        this.category = null;
        /** The category's ancestry, root first, this category last; maintained by trigger. */ this.categoryPath = [];
        this.descriptions = {};
        this.unit = 'szt';
        this.packSize = '1';
        this.minQuantity = '1';
        this.stepQuantity = '1';
        this.vatRateBp = 2300;
        /** Image URLs, the first is the main one. */ this.images = [];
        this.attributes = {};
        /** False once the ERP withdraws the product (soft delete); hidden everywhere. */ this.active = true;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Product.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Product.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Product.prototype, "sku", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "ean", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "model", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_manufacturerentity.Manufacturer, {
        nullable: true,
        deleteRule: 'set null'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], Product.prototype, "manufacturer", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_categoryentity.Category, {
        nullable: true,
        deleteRule: 'set null'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], Product.prototype, "category", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Product.prototype, "categoryPath", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb'
    }),
    _ts_metadata("design:type", typeof Translations === "undefined" ? Object : Translations)
], Product.prototype, "names", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        default: '{}'
    }),
    _ts_metadata("design:type", typeof Translations === "undefined" ? Object : Translations)
], Product.prototype, "descriptions", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        default: 'szt'
    }),
    _ts_metadata("design:type", String)
], Product.prototype, "unit", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 1
    }),
    _ts_metadata("design:type", String)
], Product.prototype, "packSize", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 1
    }),
    _ts_metadata("design:type", String)
], Product.prototype, "minQuantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 1
    }),
    _ts_metadata("design:type", String)
], Product.prototype, "stepQuantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 2300
    }),
    _ts_metadata("design:type", Number)
], Product.prototype, "vatRateBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'text[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Product.prototype, "images", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'jsonb',
        default: '{}'
    }),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], Product.prototype, "attributes", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], Product.prototype, "active", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Product.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Product.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'tsvector',
        nullable: true,
        lazy: true,
        hidden: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "searchPl", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'tsvector',
        nullable: true,
        lazy: true,
        hidden: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "searchEn", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'tsvector',
        nullable: true,
        lazy: true,
        hidden: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "searchDe", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'tsvector',
        nullable: true,
        lazy: true,
        hidden: true
    }),
    _ts_metadata("design:type", Object)
], Product.prototype, "searchRu", void 0);
Product = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'product'
    }),
    (0, _core.Index)(nameIdx('pl')),
    (0, _core.Index)(nameIdx('en')),
    (0, _core.Index)(nameIdx('de')),
    (0, _core.Index)(nameIdx('ru')),
    (0, _core.Index)(depthNameIdx(1, 'pl')),
    (0, _core.Index)(depthNameIdx(2, 'pl')),
    (0, _core.Index)(depthNameIdx(3, 'pl')),
    (0, _core.Index)(depthNameIdx(1, 'en')),
    (0, _core.Index)(depthNameIdx(2, 'en')),
    (0, _core.Index)(depthNameIdx(3, 'en')),
    (0, _core.Index)(depthSkuIdx(1)),
    (0, _core.Index)(depthSkuIdx(2)),
    (0, _core.Index)(depthSkuIdx(3)),
    (0, _core.Index)(searchIdx('pl')),
    (0, _core.Index)(searchIdx('en')),
    (0, _core.Index)(searchIdx('de')),
    (0, _core.Index)(searchIdx('ru')),
    (0, _core.Index)({
        name: 'product_sku_prefix_index',
        expression: 'create index "product_sku_prefix_index" on "product" (upper("sku") text_pattern_ops)'
    }),
    (0, _core.Index)({
        name: 'product_ean_prefix_index',
        expression: 'create index "product_ean_prefix_index" on "product" ("ean" text_pattern_ops)'
    }),
    (0, _core.Index)({
        name: 'product_model_prefix_index',
        expression: 'create index "product_model_prefix_index" on "product" (upper("model") text_pattern_ops)'
    }),
    (0, _core.Index)({
        name: 'product_category_path_index',
        expression: 'create index "product_category_path_index" on "product" using gin ("category_path")'
    }),
    (0, _core.Index)({
        name: 'product_attributes_index',
        expression: 'create index "product_attributes_index" on "product" using gin ("attributes" jsonb_path_ops)'
    })
], Product);
let ProductAssociation = class ProductAssociation {
    constructor(){
        this.position = 0;
    }
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>Product, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Product === "undefined" ? Object : Product)
], ProductAssociation.prototype, "product", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Product, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Product === "undefined" ? Object : Product)
], ProductAssociation.prototype, "associated", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        default: 0
    }),
    _ts_metadata("design:type", Number)
], ProductAssociation.prototype, "position", void 0);
ProductAssociation = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'product_association'
    })
], ProductAssociation);
let SearchWord = class SearchWord {
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], SearchWord.prototype, "word", void 0);
SearchWord = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'search_word'
    }),
    (0, _core.Index)({
        name: 'search_word_trgm_index',
        expression: 'create index "search_word_trgm_index" on "search_word" using gin ("word" gin_trgm_ops)'
    }),
    (0, _core.Index)({
        name: 'search_word_prefix_index',
        expression: 'create index "search_word_prefix_index" on "search_word" ("word" text_pattern_ops)'
    })
], SearchWord);

//# sourceMappingURL=product.entity.js.map
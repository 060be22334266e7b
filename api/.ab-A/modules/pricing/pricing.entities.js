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
    get CompanyTradeTerms () {
        return CompanyTradeTerms;
    },
    get DiscountRule () {
        return DiscountRule;
    },
    get IndividualPrice () {
        return IndividualPrice;
    },
    get PRICING_ENTITIES () {
        return PRICING_ENTITIES;
    },
    get PriceList () {
        return PriceList;
    },
    get PriceListEntry () {
        return PriceListEntry;
    },
    get Promotion () {
        return Promotion;
    },
    get VolumeTier () {
        return VolumeTier;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _companyentity = require("../accounts/company.entity");
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
let PriceList = class PriceList {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        /** The entries are gross amounts (VAT included); the engine derives the net (price-engine.ts). */ this.pricesAreGross = false;
        /** The list for companies without trade terms, and for staff pricing without a company. */ this.isDefault = false;
        this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], PriceList.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], PriceList.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], PriceList.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], PriceList.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], PriceList.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], PriceList.prototype, "pricesAreGross", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], PriceList.prototype, "isDefault", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PriceList.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PriceList.prototype, "updatedAt", void 0);
PriceList = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'price_list'
    }),
    (0, _core.Index)({
        name: 'price_list_single_default',
        expression: 'create unique index "price_list_single_default" on "price_list" ("is_default") where "is_default"'
    })
], PriceList);
let PriceListEntry = class PriceListEntry {
    constructor(){
        this.erpId = null;
        this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>PriceList, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof PriceList === "undefined" ? Object : PriceList)
], PriceListEntry.prototype, "priceList", void 0);
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], PriceListEntry.prototype, "productId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], PriceListEntry.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], PriceListEntry.prototype, "amountMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PriceListEntry.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PriceListEntry.prototype, "updatedAt", void 0);
PriceListEntry = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'price_list_entry'
    }),
    (0, _core.Check)({
        name: 'price_list_entry_amount_check',
        expression: '"amount_minor" >= 0'
    })
], PriceListEntry);
let CompanyTradeTerms = class CompanyTradeTerms {
    constructor(){
        this.erpId = null;
        /** Null: the default price list. */ this.priceList = null;
        /** The most a sales rep may take off manually, in basis points of the customer's price; null: the service default. */ this.manualDiscountCapBp = null;
        this.paymentTermDays = null;
        this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], CompanyTradeTerms.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], CompanyTradeTerms.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>PriceList, {
        nullable: true,
        deleteRule: 'set null'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", Object)
], CompanyTradeTerms.prototype, "priceList", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CompanyTradeTerms.prototype, "manualDiscountCapBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CompanyTradeTerms.prototype, "paymentTermDays", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CompanyTradeTerms.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], CompanyTradeTerms.prototype, "updatedAt", void 0);
CompanyTradeTerms = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'company_trade_terms'
    })
], CompanyTradeTerms);
let DiscountRule = class DiscountRule {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        /** Product, category or manufacturer id (catalog's, no foreign key); null for scope 'all'. */ this.scopeId = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], DiscountRule.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], DiscountRule.prototype, "company", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", typeof DiscountRuleScope === "undefined" ? Object : DiscountRuleScope)
], DiscountRule.prototype, "scope", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DiscountRule.prototype, "scopeId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer'
    }),
    _ts_metadata("design:type", Number)
], DiscountRule.prototype, "percentBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], DiscountRule.prototype, "updatedAt", void 0);
DiscountRule = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'discount_rule'
    }),
    (0, _core.Unique)({
        properties: [
            'company',
            'scope',
            'scopeId'
        ]
    }),
    (0, _core.Check)({
        name: 'discount_rule_percent_check',
        expression: '"percent_bp" >= 0 and "percent_bp" <= 10000'
    }),
    (0, _core.Check)({
        name: 'discount_rule_scope_check',
        expression: `("scope" = 'all' and "scope_id" is null) or ("scope" = any (array['product', 'category', 'manufacturer']) and "scope_id" is not null)`
    })
], DiscountRule);
let IndividualPrice = class IndividualPrice {
    constructor(){
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        primary: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _companyentity.Company === "undefined" ? Object : _companyentity.Company)
], IndividualPrice.prototype, "company", void 0);
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], IndividualPrice.prototype, "productId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number')
    }),
    _ts_metadata("design:type", Number)
], IndividualPrice.prototype, "netMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], IndividualPrice.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], IndividualPrice.prototype, "updatedAt", void 0);
IndividualPrice = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'individual_price'
    }),
    (0, _core.Check)({
        name: 'individual_price_net_check',
        expression: '"net_minor" >= 0'
    })
], IndividualPrice);
let VolumeTier = class VolumeTier {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.company = null;
        this.priceList = null;
        this.netMinor = null;
        this.percentBp = null;
        /** Currency of `netMinor`; null: the price list's. */ this.currency = null;
        this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], VolumeTier.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_companyentity.Company, {
        nullable: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "company", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>PriceList, {
        nullable: true,
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "priceList", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], VolumeTier.prototype, "productId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3
    }),
    _ts_metadata("design:type", String)
], VolumeTier.prototype, "minQuantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "netMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "percentBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], VolumeTier.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], VolumeTier.prototype, "updatedAt", void 0);
VolumeTier = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'volume_tier'
    }),
    (0, _core.Index)({
        properties: [
            'productId',
            'company'
        ]
    }),
    (0, _core.Check)({
        name: 'volume_tier_min_quantity_check',
        expression: '"min_quantity" > 0'
    }),
    (0, _core.Check)({
        name: 'volume_tier_price_check',
        expression: '("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000'
    })
], VolumeTier);
let Promotion = class Promotion {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.validFrom = null;
        this.validTo = null;
        /** The companies it is for; null: every company (and pricing without a company). */ this.companyIds = null;
        this.productIds = [];
        this.categoryIds = [];
        this.manufacturerIds = [];
        this.percentBp = null;
        this.netMinor = null;
        /** Currency of `netMinor`; null: the price list's. */ this.currency = null;
        /** May beat a company's individual price (when lower). */ this.beatsIndividual = false;
        this.active = true;
        this.contentHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Promotion.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Promotion.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Promotion.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "validFrom", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "validTo", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "companyIds", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Promotion.prototype, "productIds", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Promotion.prototype, "categoryIds", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: _core.ArrayType,
        columnType: 'uuid[]',
        default: '{}'
    }),
    _ts_metadata("design:type", Array)
], Promotion.prototype, "manufacturerIds", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "percentBp", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: new _core.BigIntType('number'),
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "netMinor", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "currency", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Promotion.prototype, "beatsIndividual", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'boolean',
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], Promotion.prototype, "active", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Promotion.prototype, "contentHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Promotion.prototype, "updatedAt", void 0);
Promotion = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'promotion'
    }),
    (0, _core.Index)({
        properties: [
            'active',
            'validTo'
        ]
    }),
    (0, _core.Check)({
        name: 'promotion_price_check',
        expression: '("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000'
    })
], Promotion);
const PRICING_ENTITIES = [
    PriceList,
    PriceListEntry,
    CompanyTradeTerms,
    DiscountRule,
    IndividualPrice,
    VolumeTier,
    Promotion
];

//# sourceMappingURL=pricing.entities.js.map
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
    get CategoryType () {
        return CategoryType;
    },
    get CharacteristicFacetType () {
        return CharacteristicFacetType;
    },
    get CharacteristicFilterInput () {
        return CharacteristicFilterInput;
    },
    get CharacteristicKindEnum () {
        return CharacteristicKindEnum;
    },
    get FacetValueType () {
        return FacetValueType;
    },
    get PlannedDeliveryType () {
        return PlannedDeliveryType;
    },
    get PriceRangeType () {
        return PriceRangeType;
    },
    get ProductCharacteristicType () {
        return ProductCharacteristicType;
    },
    get ProductConnection () {
        return ProductConnection;
    },
    get ProductDetailType () {
        return ProductDetailType;
    },
    get ProductEdgeType () {
        return ProductEdgeType;
    },
    get ProductFacetsType () {
        return ProductFacetsType;
    },
    get ProductFilterInput () {
        return ProductFilterInput;
    },
    get ProductSortEnum () {
        return ProductSortEnum;
    },
    get ProductSummaryType () {
        return ProductSummaryType;
    },
    get WarehouseStockType () {
        return WarehouseStockType;
    },
    get WarehouseType () {
        return WarehouseType;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _fieldguard = require("../../graphql/field-guard");
const _money = require("../../graphql/money");
const _pricingtypes = require("../pricing/pricing.types");
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
var ProductSortEnum = /*#__PURE__*/ function(ProductSortEnum) {
    ProductSortEnum["NAME"] = "NAME";
    ProductSortEnum["SKU"] = "SKU";
    ProductSortEnum["PRICE_ASC"] = "PRICE_ASC";
    ProductSortEnum["PRICE_DESC"] = "PRICE_DESC";
    return ProductSortEnum;
}({});
(0, _typegraphql.registerEnumType)(ProductSortEnum, {
    name: 'ProductSort',
    description: 'Order of a product list. By name in the reader’s language (default), by SKU, or by the customer’s net price (needs prices.view).'
});
var CharacteristicKindEnum = /*#__PURE__*/ function(CharacteristicKindEnum) {
    CharacteristicKindEnum["TEXT"] = "text";
    CharacteristicKindEnum["NUMBER"] = "number";
    CharacteristicKindEnum["BOOLEAN"] = "boolean";
    CharacteristicKindEnum["ONE_OF"] = "enum";
    return CharacteristicKindEnum;
}({});
(0, _typegraphql.registerEnumType)(CharacteristicKindEnum, {
    name: 'CharacteristicKind',
    description: 'Free text, a number in a unit, yes/no, or one of fixed options.'
});
let CategoryType = class CategoryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CategoryType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The ERP’s id.'
    }),
    _ts_metadata("design:type", Object)
], CategoryType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryType.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CategoryType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], CategoryType.prototype, "position", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '1 for a root category.'
    }),
    _ts_metadata("design:type", Number)
], CategoryType.prototype, "depth", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        description: 'Ids from the root down to this category, itself included.'
    }),
    _ts_metadata("design:type", Array)
], CategoryType.prototype, "path", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            CategoryType
        ]),
    _ts_metadata("design:type", Array)
], CategoryType.prototype, "children", void 0);
CategoryType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Category', {
        simpleResolvers: true,
        description: 'A node of the category tree, name in the reader’s language (fallback: Polish, English).'
    })
], CategoryType);
let WarehouseType = class WarehouseType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], WarehouseType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WarehouseType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], WarehouseType.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], WarehouseType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WarehouseType.prototype, "street", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WarehouseType.prototype, "postalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WarehouseType.prototype, "city", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], WarehouseType.prototype, "country", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], WarehouseType.prototype, "pickup", void 0);
WarehouseType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Warehouse', {
        simpleResolvers: true,
        description: 'A warehouse, its address and whether orders may be collected there.'
    })
], WarehouseType);
let PlannedDeliveryType = class PlannedDeliveryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], PlannedDeliveryType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'ISO date (YYYY-MM-DD).'
    }),
    _ts_metadata("design:type", String)
], PlannedDeliveryType.prototype, "expectedOn", void 0);
PlannedDeliveryType = _ts_decorate([
    (0, _typegraphql.ObjectType)('PlannedDelivery', {
        simpleResolvers: true,
        description: 'A delivery the ERP expects.'
    })
], PlannedDeliveryType);
let WarehouseStockType = class WarehouseStockType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], WarehouseStockType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], WarehouseStockType.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], WarehouseStockType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WarehouseStockType.prototype, "city", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean),
    _ts_metadata("design:type", Boolean)
], WarehouseStockType.prototype, "pickup", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], WarehouseStockType.prototype, "onHand", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], WarehouseStockType.prototype, "erpReserved", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Reserved in Kontor and not yet acknowledged by the ERP.'
    }),
    _ts_metadata("design:type", Number)
], WarehouseStockType.prototype, "kontorHeld", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], WarehouseStockType.prototype, "available", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WarehouseStockType.prototype, "asOf", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            PlannedDeliveryType
        ]),
    _ts_metadata("design:type", Array)
], WarehouseStockType.prototype, "planned", void 0);
WarehouseStockType = _ts_decorate([
    (0, _typegraphql.ObjectType)('WarehouseStock', {
        simpleResolvers: true,
        description: 'Stock of a product in one warehouse. available = onHand − erpReserved − kontorHeld; asOf: when the ERP’s figures were taken.'
    })
], WarehouseStockType);
let ProductCharacteristicType = class ProductCharacteristicType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductCharacteristicType.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductCharacteristicType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>CharacteristicKindEnum),
    _ts_metadata("design:type", String)
], ProductCharacteristicType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductCharacteristicType.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The raw value: text, a number, "true"/"false" or an option code.'
    }),
    _ts_metadata("design:type", String)
], ProductCharacteristicType.prototype, "value", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The value for people, in the reader’s language.'
    }),
    _ts_metadata("design:type", String)
], ProductCharacteristicType.prototype, "label", void 0);
ProductCharacteristicType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductCharacteristic', {
        simpleResolvers: true,
        description: 'A characteristic’s value on a product.'
    })
], ProductCharacteristicType);
let CharacteristicFilterInput = class CharacteristicFilterInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CharacteristicFilterInput.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFilterInput.prototype, "values", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFilterInput.prototype, "min", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFilterInput.prototype, "max", void 0);
CharacteristicFilterInput = _ts_decorate([
    (0, _typegraphql.InputType)('CharacteristicFilter', {
        description: 'Products whose characteristic `code` has any of `values`, or lies in [min, max] (numbers).'
    })
], CharacteristicFilterInput);
let ProductFilterInput = class ProductFilterInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'This category and every category below it.'
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "manufacturerIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            CharacteristicFilterInput
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "characteristics", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Only products with something available in some warehouse.'
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "inStockOnly", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Lowest customer net unit price, decimal (needs prices.view).'
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "priceMin", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Highest customer net unit price, decimal (needs prices.view).'
    }),
    _ts_metadata("design:type", Object)
], ProductFilterInput.prototype, "priceMax", void 0);
ProductFilterInput = _ts_decorate([
    (0, _typegraphql.InputType)('ProductFilter')
], ProductFilterInput);
let FacetValueType = class FacetValueType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'What to put in the filter: an id, an option code, "true"/"false", a text or a number.'
    }),
    _ts_metadata("design:type", String)
], FacetValueType.prototype, "value", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], FacetValueType.prototype, "label", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], FacetValueType.prototype, "count", void 0);
FacetValueType = _ts_decorate([
    (0, _typegraphql.ObjectType)('FacetValue', {
        simpleResolvers: true
    })
], FacetValueType);
let CharacteristicFacetType = class CharacteristicFacetType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CharacteristicFacetType.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], CharacteristicFacetType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>CharacteristicKindEnum),
    _ts_metadata("design:type", String)
], CharacteristicFacetType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFacetType.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            FacetValueType
        ], {
        description: 'Values with their product counts (the 100 most relevant).'
    }),
    _ts_metadata("design:type", Array)
], CharacteristicFacetType.prototype, "values", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: 'For numbers: the smallest value.'
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFacetType.prototype, "min", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: 'For numbers: the largest value.'
    }),
    _ts_metadata("design:type", Object)
], CharacteristicFacetType.prototype, "max", void 0);
CharacteristicFacetType = _ts_decorate([
    (0, _typegraphql.ObjectType)('CharacteristicFacet', {
        simpleResolvers: true
    })
], CharacteristicFacetType);
let ProductSummaryType = class ProductSummaryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ProductSummaryType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductSummaryType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'In the reader’s language (fallback: Polish, English).'
    }),
    _ts_metadata("design:type", String)
], ProductSummaryType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "model", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'EAN / GTIN.'
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "ean", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductSummaryType.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ProductSummaryType.prototype, "packSize", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ProductSummaryType.prototype, "minQuantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], ProductSummaryType.prototype, "stepQuantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'VAT rate in basis points (2300 = 23 %).'
    }),
    _ts_metadata("design:type", Number)
], ProductSummaryType.prototype, "vatRateBp", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The main image URL.'
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "image", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "manufacturerId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "manufacturerName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: 'Available in all warehouses together (needs stock.view); null while the ERP’s stock figures are stale.'
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "available", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'When the ERP’s stock figures were taken (the oldest of the warehouses).'
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "stockAsOf", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        description: 'True when the ERP’s stock has not synced within the staleness limit: stock numbers are hidden (available and per warehouse) until it does; stockAsOf says how old they are.'
    }),
    _ts_metadata("design:type", Boolean)
], ProductSummaryType.prototype, "stockStale", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_pricingtypes.CustomerPriceType, {
        nullable: true,
        description: 'The customer’s unit price (needs prices.view); null when the product has no price on the company’s list.'
    }),
    _ts_metadata("design:type", Object)
], ProductSummaryType.prototype, "price", void 0);
ProductSummaryType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductSummary', {
        simpleResolvers: true,
        description: 'A product in a list or search result, flat.'
    })
], ProductSummaryType);
let ProductDetailType = class ProductDetailType extends ProductSummaryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ProductDetailType.prototype, "erpId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductDetailType.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ]),
    _ts_metadata("design:type", Array)
], ProductDetailType.prototype, "images", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ProductCharacteristicType
        ]),
    _ts_metadata("design:type", Array)
], ProductDetailType.prototype, "characteristics", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            WarehouseStockType
        ], {
        nullable: true,
        description: 'Per warehouse (needs stock.view); null while the ERP’s stock figures are stale.'
    }),
    _ts_metadata("design:type", Object)
], ProductDetailType.prototype, "stock", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ProductSummaryType
        ], {
        description: '“Also offer”: products to show beside this one.'
    }),
    _ts_metadata("design:type", Array)
], ProductDetailType.prototype, "associated", void 0);
ProductDetailType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductDetail', {
        simpleResolvers: true,
        description: 'One product with its texts, characteristics, stock per warehouse and associated products.'
    })
], ProductDetailType);
let ProductEdgeType = class ProductEdgeType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ProductEdgeType.prototype, "cursor", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ProductSummaryType),
    _ts_metadata("design:type", typeof ProductSummaryType === "undefined" ? Object : ProductSummaryType)
], ProductEdgeType.prototype, "node", void 0);
ProductEdgeType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductEdge', {
        simpleResolvers: true
    })
], ProductEdgeType);
let ProductConnection = class ProductConnection {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ProductEdgeType
        ]),
    _ts_metadata("design:type", Array)
], ProductConnection.prototype, "edges", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_commontypes.PageInfo),
    _ts_metadata("design:type", typeof _commontypes.PageInfo === "undefined" ? Object : _commontypes.PageInfo)
], ProductConnection.prototype, "pageInfo", void 0);
ProductConnection = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductConnection', {
        simpleResolvers: true
    })
], ProductConnection);
let PriceRangeType = class PriceRangeType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], PriceRangeType.prototype, "min", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], PriceRangeType.prototype, "max", void 0);
PriceRangeType = _ts_decorate([
    (0, _typegraphql.ObjectType)('PriceRange', {
        simpleResolvers: true,
        description: 'Lowest and highest customer net unit price among products (needs prices.view).'
    })
], PriceRangeType);
let ProductFacetsType = class ProductFacetsType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], ProductFacetsType.prototype, "totalCount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            FacetValueType
        ], {
        description: 'value = manufacturer id.'
    }),
    _ts_metadata("design:type", Array)
], ProductFacetsType.prototype, "manufacturers", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            FacetValueType
        ], {
        description: 'The next level of categories below the filtered one (roots without one); value = category id.'
    }),
    _ts_metadata("design:type", Array)
], ProductFacetsType.prototype, "categories", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            CharacteristicFacetType
        ]),
    _ts_metadata("design:type", Array)
], ProductFacetsType.prototype, "characteristics", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>PriceRangeType, {
        nullable: true,
        description: `Customer net unit prices over the filtered products (needs prices.view); null over ${5000} products or without prices.`
    }),
    _ts_metadata("design:type", Object)
], ProductFacetsType.prototype, "priceRange", void 0);
ProductFacetsType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ProductFacets', {
        simpleResolvers: true,
        description: 'Counts for the current filter.'
    })
], ProductFacetsType);

//# sourceMappingURL=catalog.types.js.map
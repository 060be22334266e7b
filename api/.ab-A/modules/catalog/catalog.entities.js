"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "CATALOG_ENTITIES", {
    enumerable: true,
    get: function() {
        return CATALOG_ENTITIES;
    }
});
const _assortmententity = require("./assortment.entity");
const _categoryentity = require("./category.entity");
const _characteristicentity = require("./characteristic.entity");
const _manufacturerentity = require("./manufacturer.entity");
const _productentity = require("./product.entity");
const _stockentity = require("../stock/stock.entity");
const _warehouseentity = require("../stock/warehouse.entity");
const CATALOG_ENTITIES = [
    _manufacturerentity.Manufacturer,
    _categoryentity.Category,
    _characteristicentity.Characteristic,
    _characteristicentity.CharacteristicOption,
    _productentity.Product,
    _productentity.ProductAssociation,
    _productentity.SearchWord,
    _assortmententity.Assortment,
    _warehouseentity.Warehouse,
    _stockentity.StockLevel,
    _stockentity.PlannedDelivery
];

//# sourceMappingURL=catalog.entities.js.map
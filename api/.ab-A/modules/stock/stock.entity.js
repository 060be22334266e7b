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
    get PlannedDelivery () {
        return PlannedDelivery;
    },
    get StockLevel () {
        return StockLevel;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _productentity = require("../catalog/product.entity");
const _warehouseentity = require("./warehouse.entity");
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
let StockLevel = class StockLevel {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.onHand = '0';
        this.erpReserved = '0';
        this.kontorHeld = '0';
        /** The ERP sync's hash of this row's planned deliveries (`stock_delivery`); null when none are planned. */ this.plannedHash = null;
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], StockLevel.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], StockLevel.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_productentity.Product, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _productentity.Product === "undefined" ? Object : _productentity.Product)
], StockLevel.prototype, "product", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        deleteRule: 'cascade'
    }),
    (0, _core.Index)(),
    _ts_metadata("design:type", typeof _warehouseentity.Warehouse === "undefined" ? Object : _warehouseentity.Warehouse)
], StockLevel.prototype, "warehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 0
    }),
    _ts_metadata("design:type", String)
], StockLevel.prototype, "onHand", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 0
    }),
    _ts_metadata("design:type", String)
], StockLevel.prototype, "erpReserved", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3,
        default: 0
    }),
    _ts_metadata("design:type", String)
], StockLevel.prototype, "kontorHeld", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], StockLevel.prototype, "plannedHash", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], StockLevel.prototype, "asOf", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], StockLevel.prototype, "updatedAt", void 0);
StockLevel = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'stock'
    }),
    (0, _core.Unique)({
        properties: [
            'product',
            'warehouse'
        ]
    })
], StockLevel);
let PlannedDelivery = class PlannedDelivery {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], PlannedDelivery.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], PlannedDelivery.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_productentity.Product, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _productentity.Product === "undefined" ? Object : _productentity.Product)
], PlannedDelivery.prototype, "product", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_warehouseentity.Warehouse, {
        deleteRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof _warehouseentity.Warehouse === "undefined" ? Object : _warehouseentity.Warehouse)
], PlannedDelivery.prototype, "warehouse", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 3
    }),
    _ts_metadata("design:type", String)
], PlannedDelivery.prototype, "quantity", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'date'
    }),
    _ts_metadata("design:type", String)
], PlannedDelivery.prototype, "expectedOn", void 0);
PlannedDelivery = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'stock_delivery'
    }),
    (0, _core.Index)({
        properties: [
            'product',
            'expectedOn'
        ]
    })
], PlannedDelivery);

//# sourceMappingURL=stock.entity.js.map
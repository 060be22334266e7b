"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Assortment", {
    enumerable: true,
    get: function() {
        return Assortment;
    }
});
const _nodecrypto = require("node:crypto");
const _core = require("@mikro-orm/core");
const _companyentity = require("../accounts/company.entity");
const _productentity = require("./product.entity");
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
let Assortment = class Assortment {
    constructor(){
        this.id = (0, _nodecrypto.randomUUID)();
        this.erpId = null;
        this.products = new _core.Collection(this);
        this.companies = new _core.Collection(this);
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        type: 'uuid'
    }),
    _ts_metadata("design:type", String)
], Assortment.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", Object)
], Assortment.prototype, "erpId", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    (0, _core.Unique)(),
    _ts_metadata("design:type", String)
], Assortment.prototype, "code", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Assortment.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_productentity.Product,
        pivotTable: 'assortment_product',
        joinColumn: 'assortment_id',
        inverseJoinColumn: 'product_id'
    })
], Assortment.prototype, "products", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_companyentity.Company,
        pivotTable: 'company_assortment',
        joinColumn: 'assortment_id',
        inverseJoinColumn: 'company_id'
    })
], Assortment.prototype, "companies", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'timestamptz',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Assortment.prototype, "updatedAt", void 0);
Assortment = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'assortment'
    })
], Assortment);

//# sourceMappingURL=assortment.entity.js.map
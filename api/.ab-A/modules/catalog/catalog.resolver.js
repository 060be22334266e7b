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
    get CatalogResolver () {
        return CatalogResolver;
    },
    get selects () {
        return selects;
    }
});
const _graphql = require("graphql");
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _money = require("../../graphql/money");
const _pricingtypes = require("../pricing/pricing.types");
const _policy = require("../../graphql/policy");
const _catalogtypes = require("./catalog.types");
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
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
function selects(info, name) {
    const seen = new Set();
    const walk = (set)=>{
        if (!set) return false;
        for (const s of set.selections){
            if (s.kind === _graphql.Kind.FIELD) {
                if (s.name.value === name || walk(s.selectionSet)) return true;
            } else if (s.kind === _graphql.Kind.INLINE_FRAGMENT) {
                if (walk(s.selectionSet)) return true;
            } else if (!seen.has(s.name.value)) {
                seen.add(s.name.value);
                if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
            }
        }
        return false;
    };
    return info.fieldNodes.some((f)=>walk(f.selectionSet));
}
/** A list row as GraphQL reads it: the price in its wire shape. */ function toSummary(row) {
    const price = row.price;
    return Object.assign(row, {
        price: price ? (0, _pricingtypes.toCustomerPriceType)(price) : null
    });
}
function toFacets(f) {
    const r = f.priceRange;
    return {
        ...f,
        priceRange: r ? {
            min: (0, _money.toMoney)(r.min, r.currency),
            max: (0, _money.toMoney)(r.max, r.currency)
        } : null
    };
}
let CatalogResolver = class CatalogResolver {
    constructor(catalog, productsService, searcher, stock){
        this.catalog = catalog;
        this.productsService = productsService;
        this.searcher = searcher;
        this.stock = stock;
    }
    categories(flat, ctx) {
        return this.catalog.categories(ctx, {
            flat: !!flat
        });
    }
    warehouses(ctx) {
        return this.stock.warehouses(ctx);
    }
    async products(filter, sort, first, after, companyId, ctx, info) {
        const page = await this.productsService.list(ctx, {
            filter,
            sort,
            first,
            after,
            companyId,
            wantPrices: selects(info, 'price')
        });
        return (0, _connection.toConnection)(page, toSummary);
    }
    async productFacets(filter, companyId, ctx, info) {
        return toFacets(await this.productsService.facets(ctx, {
            filter,
            companyId,
            wantPriceRange: selects(info, 'priceRange')
        }));
    }
    async product(id, companyId, ctx, info) {
        const p = await this.productsService.product(ctx, id, {
            companyId,
            wantPrices: selects(info, 'price')
        });
        return p ? Object.assign(toSummary(p), {
            associated: p.associated.map(toSummary)
        }) : null;
    }
    async searchProducts(term, first, companyId, ctx, info) {
        return (await this.searcher.search(ctx, {
            term,
            first,
            companyId,
            wantPrices: selects(info, 'price')
        })).map(toSummary);
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _catalogtypes.CategoryType
        ], {
        description: 'The category tree: root categories with their children, in order. With flat: true, every category in depth-first order with empty children (read parentId, depth, path) — for trees deeper than a query may nest.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('flat', ()=>Boolean, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CatalogResolver.prototype, "categories", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _catalogtypes.WarehouseType
        ], {
        description: 'Active warehouses, with addresses and whether goods may be collected there.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CatalogResolver.prototype, "warehouses", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_catalogtypes.ProductConnection, {
        description: 'Products the company may see, keyset-paginated. Staff may pass companyId (a company they serve) to see its assortment and prices. Sorting or filtering by price needs prices.view.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('filter', ()=>_catalogtypes.ProductFilterInput, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Arg)('sort', ()=>_catalogtypes.ProductSortEnum, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('first', ()=>_typegraphql.Int, {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Arg)('after', ()=>String, {
        nullable: true
    })),
    _ts_param(4, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(5, (0, _typegraphql.Ctx)()),
    _ts_param(6, (0, _typegraphql.Info)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Object,
        Object,
        Object,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx,
        typeof GraphQLResolveInfo === "undefined" ? Object : GraphQLResolveInfo
    ]),
    _ts_metadata("design:returntype", Promise)
], CatalogResolver.prototype, "products", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_catalogtypes.ProductFacetsType, {
        description: 'Facet counts for a filter: manufacturers, subcategories, characteristics.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('filter', ()=>_catalogtypes.ProductFilterInput, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_param(3, (0, _typegraphql.Info)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx,
        typeof GraphQLResolveInfo === "undefined" ? Object : GraphQLResolveInfo
    ]),
    _ts_metadata("design:returntype", Promise)
], CatalogResolver.prototype, "productFacets", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>_catalogtypes.ProductDetailType, {
        nullable: true,
        description: 'One product; null when it does not exist or is outside the company’s assortment.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_param(3, (0, _typegraphql.Info)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx,
        typeof GraphQLResolveInfo === "undefined" ? Object : GraphQLResolveInfo
    ]),
    _ts_metadata("design:returntype", Promise)
], CatalogResolver.prototype, "product", null);
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'catalog.view'
        ]
    }),
    (0, _typegraphql.Query)(()=>[
            _catalogtypes.ProductSummaryType
        ], {
        description: 'Quick search as you type over name, SKU, model and EAN in the reader’s language: prefixes, accents and typos forgiven.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('term', ()=>String)),
    _ts_param(1, (0, _typegraphql.Arg)('first', ()=>_typegraphql.Int, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('companyId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_param(4, (0, _typegraphql.Info)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Object,
        Object,
        typeof Ctx === "undefined" ? Object : Ctx,
        typeof GraphQLResolveInfo === "undefined" ? Object : GraphQLResolveInfo
    ]),
    _ts_metadata("design:returntype", Promise)
], CatalogResolver.prototype, "searchProducts", null);
CatalogResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof CatalogService === "undefined" ? Object : CatalogService,
        typeof ProductsService === "undefined" ? Object : ProductsService,
        typeof SearchService === "undefined" ? Object : SearchService,
        typeof StockService === "undefined" ? Object : StockService
    ])
], CatalogResolver);

//# sourceMappingURL=catalog.resolver.js.map
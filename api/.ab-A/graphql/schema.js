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
    get authChecker () {
        return authChecker;
    },
    get buildKontorSchema () {
        return buildKontorSchema;
    },
    get resolverFactories () {
        return resolverFactories;
    }
});
const _graphqlscalars = require("graphql-scalars");
const _typegraphql = require("type-graphql");
const _accountsresolver = require("../modules/accounts/accounts.resolver");
const _pricingresolver = require("../modules/pricing/pricing.resolver");
const _catalogresolver = require("../modules/catalog/catalog.resolver");
const _liveresolver = require("../modules/live/live.resolver");
const _fieldguard = require("./field-guard");
const _erpsyncresolver = require("../modules/erp-sync/erp-sync.resolver");
const _invoicesresolver = require("../modules/invoices/invoices.resolver");
const _settlementsresolver = require("../modules/settlements/settlements.resolver");
const _basketsresolver = require("../modules/baskets/baskets.resolver");
const _ordersresolver = require("../modules/orders/orders.resolver");
const _returnsresolver = require("../modules/returns/returns.resolver");
const _shipmentsresolver = require("../modules/shipments/shipments.resolver");
function resolverFactories(core) {
    const s = core.services;
    return new Map([
        [
            _accountsresolver.AuthResolver,
            ()=>new _accountsresolver.AuthResolver(s.auth)
        ],
        [
            _accountsresolver.AccountsResolver,
            ()=>new _accountsresolver.AccountsResolver(s.accounts, s.apiKeys)
        ],
        [
            _erpsyncresolver.ErpSyncResolver,
            ()=>new _erpsyncresolver.ErpSyncResolver(s.erpAdmin)
        ],
        [
            _invoicesresolver.InvoicesResolver,
            ()=>new _invoicesresolver.InvoicesResolver(s.invoices)
        ],
        [
            _settlementsresolver.SettlementsResolver,
            ()=>new _settlementsresolver.SettlementsResolver(s.settlements)
        ],
        [
            _pricingresolver.PricingResolver,
            ()=>new _pricingresolver.PricingResolver(s.pricing)
        ],
        [
            _catalogresolver.CatalogResolver,
            ()=>new _catalogresolver.CatalogResolver(s.catalog, s.products, s.search, s.stock)
        ],
        [
            _liveresolver.LiveResolver,
            ()=>new _liveresolver.LiveResolver()
        ],
        [
            _liveresolver.OrderStatusChangeFieldsResolver,
            ()=>new _liveresolver.OrderStatusChangeFieldsResolver(s.orderQueries)
        ],
        [
            _basketsresolver.BasketsResolver,
            ()=>new _basketsresolver.BasketsResolver(s.baskets)
        ],
        [
            _ordersresolver.OrdersResolver,
            ()=>new _ordersresolver.OrdersResolver(s.orderPlacement, s.orders, s.orderQueries, s.orderEditing)
        ],
        [
            _ordersresolver.OrderFieldsResolver,
            ()=>new _ordersresolver.OrderFieldsResolver(s.orderQueries, s.reservations, s.shipments)
        ],
        [
            _shipmentsresolver.ShipmentsResolver,
            ()=>new _shipmentsresolver.ShipmentsResolver(s.shipments)
        ],
        [
            _returnsresolver.ReturnsResolver,
            ()=>new _returnsresolver.ReturnsResolver(s.returns)
        ]
    ]);
}
const authChecker = ({ context }, required)=>{
    (0, _fieldguard.assertPermissions)(context.actor, required);
    return true;
};
async function buildKontorSchema(core) {
    const factories = resolverFactories(core);
    const instances = new Map();
    const resolvers = [
        ...factories.keys()
    ];
    const schema = await (0, _typegraphql.buildSchema)({
        resolvers,
        container: {
            get (cls) {
                let inst = instances.get(cls);
                if (!inst) {
                    const make = factories.get(cls);
                    if (!make) throw new Error(`No factory for resolver ${cls.name}`);
                    inst = make();
                    instances.set(cls, inst);
                }
                return inst;
            }
        },
        authChecker,
        pubSub: core.bus,
        scalarsMap: [
            {
                type: Date,
                scalar: _graphqlscalars.DateTimeResolver
            }
        ],
        validate: false,
        emitSchemaFile: false
    });
    return (0, _fieldguard.guardFields)(schema);
}

//# sourceMappingURL=schema.js.map
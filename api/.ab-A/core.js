"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "createCore", {
    enumerable: true,
    get: function() {
        return createCore;
    }
});
require("reflect-metadata");
const _postgresql = require("@mikro-orm/postgresql");
const _nodecrypto = require("node:crypto");
const _pino = /*#__PURE__*/ _interop_require_default(require("pino"));
const _actor = require("./common/actor");
const _clock = require("./common/clock");
const _eventbus = require("./common/event-bus");
const _redis = require("./common/redis");
const _orm = require("./config/orm");
const _accountsservice = require("./modules/accounts/accounts.service");
const _apikeysservice = require("./modules/accounts/api-keys.service");
const _auditservice = require("./modules/accounts/audit.service");
const _authservice = require("./modules/accounts/auth.service");
const _authenticationservice = require("./modules/accounts/authentication.service");
const _ratelimiter = require("./modules/accounts/rate-limiter");
const _tokens = require("./modules/accounts/tokens");
const _pricingservice = require("./modules/pricing/pricing.service");
const _catalogservice = require("./modules/catalog/catalog.service");
const _productsservice = require("./modules/catalog/products.service");
const _searchservice = require("./modules/catalog/search.service");
const _stockservice = require("./modules/stock/stock.service");
const _ordersmodule = require("./modules/orders/orders.module");
const _erpsyncmodule = require("./modules/erp-sync/erp-sync.module");
const _preparedquery = require("./common/prepared-query");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
async function createCore(config, options = {}) {
    const log = options.logger ?? (0, _pino.default)({
        level: config.logLevel,
        base: {
            app: 'kontor'
        }
    });
    const clock = options.clock ?? _clock.systemClock;
    const orm = await _postgresql.MikroORM.init((0, _orm.ormOptions)(config.databaseUrl)).catch((err)=>{
        throw new Error(`PostgreSQL at ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')} could not be reached: ${err.message}`);
    });
    const redis = (0, _redis.connectRedis)(config.redisUrl, 'cmd');
    const sub = (0, _redis.connectRedis)(config.redisUrl, 'sub', {
        enableOfflineQueue: true,
        maxRetriesPerRequest: null
    });
    try {
        await Promise.all([
            (0, _redis.waitForRedis)(redis, config.redisUrl),
            (0, _redis.waitForRedis)(sub, config.redisUrl)
        ]);
    } catch (err) {
        redis.disconnect();
        sub.disconnect();
        await orm.close(true);
        throw err;
    }
    redis.on('error', (err)=>log.warn({
            err: err.message
        }, 'redis'));
    sub.on('error', (err)=>log.warn({
            err: err.message
        }, 'redis subscriber'));
    const bus = new _eventbus.EventBus(redis, sub, config.redisPrefix, log);
    const signer = new _tokens.TokenSigner(config.tokenSecret);
    const audit = new _auditservice.AuditService();
    const limiter = new _ratelimiter.LoginRateLimiter(redis, config.redisPrefix, config.login);
    const passwordResetNotifier = options.passwordResetNotifier ?? {
        async sendPasswordReset (user, token) {
            log.info({
                userId: user.id,
                link: `${config.publicUrl}/reset-password?token=${token}`
            }, 'password reset link (no mailer configured)');
        }
    };
    const catalog = new _catalogservice.CatalogService();
    const pricing = new _pricingservice.PricingService(catalog);
    const ordering = (0, _ordersmodule.wireOrders)({
        config,
        pricing,
        bus,
        log
    });
    // the catalog hides stock numbers past the ERP's staleness limit; the guard is wired with the ERP sync below
    let stockFreshnessOf = async ()=>({
            hidden: false
        });
    const stockFreshness = (now)=>stockFreshnessOf(now);
    const services = {
        audit,
        authentication: new _authenticationservice.AuthenticationService(signer, config.principalCacheMs),
        auth: new _authservice.AuthService(signer, limiter, audit, passwordResetNotifier, config, bus),
        accounts: new _accountsservice.AccountsService(audit, bus, config.maxPageSize),
        apiKeys: new _apikeysservice.ApiKeysService(audit, bus),
        pricing,
        catalog,
        stock: new _stockservice.StockService(),
        products: new _productsservice.ProductsService(catalog, pricing, config.maxPageSize, stockFreshness),
        search: new _searchservice.SearchService(pricing, stockFreshness),
        ...(0, _erpsyncmodule.wireErpSync)(orm, bus, config.maxPageSize, {
            clock,
            payments: ordering.services.orders,
            ...options.erp
        }),
        ...ordering.services
    };
    // every instance drops cached principals the moment access changes anywhere
    for (const topic of [
        _accountsservice.ACCESS_REVOKED,
        _accountsservice.ACCESS_CHANGED
    ])await bus.on(topic, undefined, (e)=>services.authentication.invalidate(e));
    // stale customer/blocking data from the ERP fails closed for customers and API keys (DESIGN.md §7)
    services.authentication.addCustomerGuard((now)=>services.erpFreshness.assertCustomerDataFresh(now));
    stockFreshnessOf = (now)=>services.erpFreshness.stockFreshness(now);
    /** A fresh unit of work for one operation, confined to the actor's company where it has one. */ const connection = orm.em.getConnection();
    function context(init = {}) {
        return new OperationContext(orm, log, connection, clock, init);
    }
    let closed = false;
    async function close() {
        if (closed) return;
        closed = true;
        await ordering.close();
        await Promise.allSettled([
            redis.quit(),
            sub.quit()
        ]);
        await (0, _preparedquery.closeGenericPool)(orm.em.getConnection());
        await orm.close(true);
    }
    return {
        config,
        log,
        clock,
        orm,
        redis,
        bus,
        signer,
        services,
        context,
        close
    };
}
/**
 * One operation's context. The unit of work and the child logger are made on first use: a read served from
 * prepared statements and caches needs neither, and the tenant filter follows the actor known at that moment.
 * They are getters of the class, not own properties, so a shallow copy of the context (Apollo Server copies
 * every request's context with Object.assign) does not make them.
 */ let OperationContext = class OperationContext {
    constructor(orm, baseLog, connection, clock, init){
        this.orm = orm;
        this.baseLog = baseLog;
        this.connection = connection;
        this.clock = clock;
        this.actor = init.actor ?? _actor.anonymous;
        this.locale = init.locale ?? 'pl';
        this.requestId = init.requestId ?? (0, _nodecrypto.randomUUID)();
        this.ip = init.ip ?? null;
        this.userAgent = init.userAgent ?? null;
    }
    get em() {
        if (!this.unitOfWork) {
            this.unitOfWork = this.orm.em.fork();
            const companyId = (0, _actor.ownCompanyId)(this.actor);
            if (companyId) this.unitOfWork.setFilterParams('tenant', {
                companyId
            });
        }
        return this.unitOfWork;
    }
    get log() {
        return this.opLog ??= this.baseLog.child({
            requestId: this.requestId
        });
    }
};

//# sourceMappingURL=core.js.map
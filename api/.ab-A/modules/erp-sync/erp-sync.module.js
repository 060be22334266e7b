"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "wireErpSync", {
    enumerable: true,
    get: function() {
        return wireErpSync;
    }
});
const _invoicesservice = require("../invoices/invoices.service");
const _settlementsservice = require("../settlements/settlements.service");
const _clock = require("../../common/clock");
const _bridgehttpconnector = require("./bridge/bridge-http.connector");
const _ediconfig = require("./edi/edi-config");
const _catalogsinks = require("./catalog-sinks");
const _pricingsinks = require("./pricing-sinks");
const _stocksinks = require("./stock-sinks");
const _erpadminservice = require("./erp-admin.service");
const _erpconfig = require("./erp-config");
const _outboxrelay = require("./outbox-relay");
const _paymentrouting = require("./payment-routing");
const _sinks = require("./sinks");
const _syncengine = require("./sync-engine");
function wireErpSync(orm, bus, maxPageSize, options = {}) {
    const erpConfig = {
        ...(0, _erpconfig.loadErpConfig)(options.env ?? process.env),
        ...options.config
    };
    const env = options.env ?? process.env;
    // the bridge protocol when KONTOR_ERP_URL is set, else EDI++ folders when KONTOR_EDI_ROOT is, else none
    const connector = options.connector !== undefined ? options.connector : erpConfig.bridgeUrl ? new _bridgehttpconnector.BridgeHttpConnector(erpConfig.bridgeUrl, {
        token: erpConfig.bridgeToken,
        timeoutMs: erpConfig.timeoutMs
    }) : (0, _ediconfig.ediConnectorFromEnv)(env, options.clock ?? _clock.systemClock);
    const erpFreshness = new _erpadminservice.ErpFreshnessGuard(erpConfig, connector !== null, async (entity)=>{
        const rows = await orm.em.fork().getConnection().execute('select last_success_at from erp_sync_state where entity = ?', [
            entity
        ]);
        const v = rows[0]?.last_success_at ?? null;
        return v === null ? null : new Date(v);
    });
    return {
        erpConfig,
        erpConnector: connector,
        erpSync: new _syncengine.ErpSyncService(connector, erpConfig, bus, [
            ..._sinks.CORE_SINKS,
            ..._catalogsinks.CATALOG_SINKS,
            ..._pricingsinks.PRICING_SINKS,
            ..._stocksinks.STOCK_SINKS
        ], new _paymentrouting.PaymentRouting(options.payments ?? null, {
            baseMs: erpConfig.backoffBaseMs,
            maxMs: erpConfig.backoffMaxMs
        })),
        outboxRelay: new _outboxrelay.OutboxRelay(connector, erpConfig, bus),
        erpAdmin: new _erpadminservice.ErpAdminService(erpConfig, connector?.name ?? null, maxPageSize),
        erpFreshness,
        invoices: new _invoicesservice.InvoicesService(maxPageSize),
        settlements: new _settlementsservice.SettlementsService(maxPageSize)
    };
}

//# sourceMappingURL=erp-sync.module.js.map
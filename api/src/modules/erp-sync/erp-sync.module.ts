import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../../common/event-bus';
import { InvoicesService } from '../invoices/invoices.service';
import { SettlementsService } from '../settlements/settlements.service';
import { systemClock, type Clock } from '../../common/clock';
import { BridgeHttpConnector } from './bridge/bridge-http.connector';
import { ediConnectorFromEnv } from './edi/edi-config';
import { CATALOG_SINKS } from './catalog-sinks';
import { PRICING_SINKS } from './pricing-sinks';
import { STOCK_SINKS } from './stock-sinks';
import { ErpAdminService, ErpFreshnessGuard } from './erp-admin.service';
import { loadErpConfig, type ErpConfig } from './erp-config';
import type { ErpConnector } from './erp-connector';
import { OutboxRelay } from './outbox-relay';
import { PaymentRouting, type PaymentTarget } from './payment-routing';
import { CORE_SINKS } from './sinks';
import { ErpSyncService } from './sync-engine';

export interface ErpWiringOptions {
  /** Overrides of the environment's ERP settings. */
  config?: Partial<ErpConfig>;
  /** A connector instead of the one the configuration names (tests, other adapters); null: none. */
  connector?: ErpConnector | null;
  env?: Record<string, string | undefined>;
  /** The clock EDI++ file journals are stamped with. */
  clock?: Clock;
  /** Where payments from the ERP that name a Kontor order are registered (the orders module's lifecycle service). */
  payments?: PaymentTarget | null;
}

/** Builds the ERP sync, invoices and settlements services for the composition root (core.ts). */
export function wireErpSync(orm: MikroORM, bus: EventBus, maxPageSize: number, options: ErpWiringOptions = {}) {
  const erpConfig: ErpConfig = { ...loadErpConfig(options.env ?? process.env), ...options.config };

  const env = options.env ?? process.env;
  // the bridge protocol when KONTOR_ERP_URL is set, else EDI++ folders when KONTOR_EDI_ROOT is, else none
  const connector: ErpConnector | null =
    options.connector !== undefined
      ? options.connector
      : erpConfig.bridgeUrl
        ? new BridgeHttpConnector(erpConfig.bridgeUrl, { token: erpConfig.bridgeToken, timeoutMs: erpConfig.timeoutMs })
        : ediConnectorFromEnv(env, options.clock ?? systemClock);
  const erpFreshness = new ErpFreshnessGuard(erpConfig, connector !== null, async (entity) => {
    const rows: Array<{ last_success_at: Date | string | null }> = await orm.em
      .fork()
      .getConnection()
      .execute('select last_success_at from erp_sync_state where entity = ?', [entity]);
    const v = rows[0]?.last_success_at ?? null;
    return v === null ? null : new Date(v);
  });
  return {
    erpConfig,
    erpConnector: connector,
    erpSync: new ErpSyncService(
      connector,
      erpConfig,
      bus,
      [...CORE_SINKS, ...CATALOG_SINKS, ...PRICING_SINKS, ...STOCK_SINKS],
      new PaymentRouting(options.payments ?? null, { baseMs: erpConfig.backoffBaseMs, maxMs: erpConfig.backoffMaxMs }),
    ),
    outboxRelay: new OutboxRelay(connector, erpConfig, bus),
    erpAdmin: new ErpAdminService(erpConfig, connector?.name ?? null, maxPageSize),
    erpFreshness,
    invoices: new InvoicesService(maxPageSize),
    settlements: new SettlementsService(maxPageSize),
  };
}

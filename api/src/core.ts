import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { anonymous, ownCompanyId, type Actor } from './common/actor';
import { systemClock, type Clock } from './common/clock';
import type { Ctx } from './common/context';
import { EventBus } from './common/event-bus';
import { connectRedis, waitForRedis } from './common/redis';
import type { Config } from './config/config';
import { ormOptions } from './config/orm';
import { AccountsService } from './modules/accounts/accounts.service';
import { ApiKeysService } from './modules/accounts/api-keys.service';
import { AuditService } from './modules/accounts/audit.service';
import { AuthService, type PasswordResetNotifier } from './modules/accounts/auth.service';
import { AuthenticationService, type Revocation } from './modules/accounts/authentication.service';
import { ACCESS_CHANGED, ACCESS_REVOKED } from './modules/accounts/accounts.service';
import { LoginRateLimiter } from './modules/accounts/rate-limiter';
import { TokenSigner } from './modules/accounts/tokens';
import { PricingService } from './modules/pricing/pricing.service';
import { CatalogService } from './modules/catalog/catalog.service';
import { ProductsService } from './modules/catalog/products.service';
import { SearchService } from './modules/catalog/search.service';
import type { StockFreshness } from './modules/catalog/audience';
import { StockService } from './modules/stock/stock.service';
import { wireOrders } from './modules/orders/orders.module';
import { wireErpSync, type ErpWiringOptions } from './modules/erp-sync/erp-sync.module';
import { closeGenericPool } from './common/prepared-query';

export interface CoreOptions {
  clock?: Clock;
  logger?: Logger;
  passwordResetNotifier?: PasswordResetNotifier;
  /** ERP sync wiring: connector and settings (tests pass their own). */
  erp?: ErpWiringOptions;
}

/** The composition root: every service, wired once, with no GraphQL in sight. */
export async function createCore(config: Config, options: CoreOptions = {}) {
  const log = options.logger ?? pino({ level: config.logLevel, base: { app: 'kontor' } });
  const clock = options.clock ?? systemClock;

  const orm = await MikroORM.init(ormOptions(config.databaseUrl)).catch((err: Error) => {
    throw new Error(`PostgreSQL at ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')} could not be reached: ${err.message}`);
  });
  const redis = connectRedis(config.redisUrl, 'cmd');
  const sub = connectRedis(config.redisUrl, 'sub', { enableOfflineQueue: true, maxRetriesPerRequest: null });
  try {
    await Promise.all([waitForRedis(redis, config.redisUrl), waitForRedis(sub, config.redisUrl)]);
  } catch (err) {
    redis.disconnect();
    sub.disconnect();
    await orm.close(true);
    throw err;
  }
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis'));
  sub.on('error', (err) => log.warn({ err: err.message }, 'redis subscriber'));

  const bus = new EventBus(redis, sub, config.redisPrefix, log);
  const signer = new TokenSigner(config.tokenSecret);
  const audit = new AuditService();
  const limiter = new LoginRateLimiter(redis, config.redisPrefix, config.login);
  const passwordResetNotifier: PasswordResetNotifier = options.passwordResetNotifier ?? {
    async sendPasswordReset(user, token) {
      log.info(
        { userId: user.id, link: `${config.publicUrl}/reset-password?token=${token}` },
        'password reset link (no mailer configured)',
      );
    },
  };

  const catalog = new CatalogService();
  const pricing = new PricingService(catalog);
  const ordering = wireOrders({ config, pricing, bus, log });
  // the catalog hides stock numbers past the ERP's staleness limit; the guard is wired with the ERP sync below
  let stockFreshnessOf: StockFreshness = async () => ({ hidden: false });
  const stockFreshness: StockFreshness = (now) => stockFreshnessOf(now);
  const services = {
    audit,
    authentication: new AuthenticationService(signer, config.principalCacheMs),
    auth: new AuthService(signer, limiter, audit, passwordResetNotifier, config, bus),
    accounts: new AccountsService(audit, bus, config.maxPageSize),
    apiKeys: new ApiKeysService(audit, bus),
    pricing,
    catalog,
    stock: new StockService(),
    products: new ProductsService(catalog, pricing, config.maxPageSize, stockFreshness),
    search: new SearchService(pricing, stockFreshness),
    ...wireErpSync(orm, bus, config.maxPageSize, { clock, payments: ordering.services.orders, ...options.erp }),
    ...ordering.services,
  };
  // every instance drops cached principals the moment access changes anywhere
  for (const topic of [ACCESS_REVOKED, ACCESS_CHANGED])
    await bus.on(topic, undefined, (e) => services.authentication.invalidate(e as Revocation));
  // stale customer/blocking data from the ERP fails closed for customers and API keys (DESIGN.md §7)
  services.authentication.addCustomerGuard((now) => services.erpFreshness.assertCustomerDataFresh(now));
  stockFreshnessOf = (now) => services.erpFreshness.stockFreshness(now);

  /** A fresh unit of work for one operation, confined to the actor's company where it has one. */
  const connection = orm.em.getConnection();
  function context(init: { actor?: Actor; requestId?: string; ip?: string | null; userAgent?: string | null; locale?: string } = {}): Ctx {
    return new OperationContext(orm, log, connection, clock, init);
  }

  let closed = false;
  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await ordering.close();
    await Promise.allSettled([redis.quit(), sub.quit()]);
    await closeGenericPool(orm.em.getConnection());
    await orm.close(true);
  }

  return { config, log, clock, orm, redis, bus, signer, services, context, close };
}

export type Core = Awaited<ReturnType<typeof createCore>>;

/**
 * One operation's context. The unit of work and the child logger are made on first use: a read served from
 * prepared statements and caches needs neither, and the tenant filter follows the actor known at that moment.
 * They are getters of the class, not own properties, so a shallow copy of the context (Apollo Server copies
 * every request's context with Object.assign) does not make them.
 */
class OperationContext implements Ctx {
  actor: Actor;
  locale: string;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  private unitOfWork: EntityManager | undefined;
  private opLog: Logger | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly baseLog: Logger,
    readonly connection: Ctx['connection'],
    readonly clock: Clock,
    init: { actor?: Actor; requestId?: string; ip?: string | null; userAgent?: string | null; locale?: string },
  ) {
    this.actor = init.actor ?? anonymous;
    this.locale = init.locale ?? 'pl';
    this.requestId = init.requestId ?? randomUUID();
    this.ip = init.ip ?? null;
    this.userAgent = init.userAgent ?? null;
  }

  get em(): EntityManager {
    if (!this.unitOfWork) {
      this.unitOfWork = this.orm.em.fork();
      const companyId = ownCompanyId(this.actor);
      if (companyId) this.unitOfWork.setFilterParams('tenant', { companyId });
    }
    return this.unitOfWork;
  }

  get log(): Logger {
    return (this.opLog ??= this.baseLog.child({ requestId: this.requestId }));
  }
}

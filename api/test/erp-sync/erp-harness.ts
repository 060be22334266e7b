import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Pool } from 'pg';
import { ManualClock } from '../../src/common/clock';
import { dropKeys } from '../../src/common/redis';
import { loadConfig } from '../../src/config/config';
import { createCore, type Core } from '../../src/core';
import { startApiServer, type ApiServer } from '../../src/graphql/server';
import { BridgeHttpConnector } from '../../src/modules/erp-sync/bridge/bridge-http.connector';
import type { ErpConfig } from '../../src/modules/erp-sync/erp-config';
import type { ErpConnector } from '../../src/modules/erp-sync/erp-connector';
import { withPgClient } from '../../src/modules/erp-sync/pg';
import { seedWorld, type World } from '../fixtures';
import { ADMIN_URL } from '../global-setup';
import { createTestDatabase, graphqlClient, mintAccessToken, type GqlResponse } from '../harness';

export interface DemoErp {
  url: string;
  pool: Pool;
  stats: { pulls: number; pushes: number; created: number; deduplicated: number; lookups: number };
  admin: Record<string, (body: Record<string, unknown>) => Promise<any>>;
  setFaults(f: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

interface DemoErpModule {
  startDemoErp(opts: {
    databaseUrl: string;
    port?: number;
    seed?: boolean;
    random?: () => number;
    catalogFrom?: string | null;
  }): Promise<DemoErp>;
}
interface SeedModule {
  putRecords(db: Pool, entity: string, docs: unknown[]): Promise<void>;
  issueInvoice(
    db: Pool,
    opts: { customerErpId: string; grossMinor: number; kontorReference?: string | null; issuedAt?: Date; dueAt?: Date },
  ): Promise<{ erpId: string; number: string }>;
  registerPayment(
    db: Pool,
    opts: {
      customerErpId: string;
      invoiceErpId?: string | null;
      amountMinor: number;
      kontorReference?: string | null;
      orderErpId?: string | null;
    },
  ): Promise<{ erpId: string }>;
  seedCatalog(
    db: Pool,
    opts: { products: number; prefix?: string; categories: string[]; priceLists: string[]; warehouses: string[] },
  ): Promise<void>;
}

const demoDir = path.resolve(__dirname, '../../../demo-erp/src');
export const loadDemoErp = () => import(path.join(demoDir, 'server.mjs')) as Promise<DemoErpModule>;
export const loadDemoSeed = async (): Promise<SeedModule> => ({
  ...((await import(path.join(demoDir, 'seed.mjs'))) as SeedModule),
  ...((await import(path.join(demoDir, 'db.mjs'))) as Pick<SeedModule, 'putRecords'>),
});

/** A demo ERP on a random port with its own fresh database (dropped on close). */
export async function startTestErp(
  opts: { seed?: boolean; random?: () => number; catalogFrom?: string } = {},
): Promise<DemoErp & { databaseUrl: string }> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/kontor_t_erp_${randomBytes(5).toString('hex')}`;
  const { startDemoErp } = await loadDemoErp();
  const erp = await startDemoErp({
    databaseUrl: url.toString(),
    port: 0,
    seed: opts.seed ?? true,
    random: opts.random,
    catalogFrom: opts.catalogFrom ?? null,
  });
  const close = erp.close.bind(erp);
  return Object.assign(erp, {
    databaseUrl: url.toString(),
    async close() {
      await close();
      const { Client } = await import('pg');
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${url.pathname.slice(1)} with (force)`);
      await c.end();
    },
  });
}

export interface ErpTestApp {
  core: Core;
  server: ApiServer;
  clock: ManualClock;
  world: World;
  ctx: () => ReturnType<Core['context']>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  tokenFor(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** Kontor (API core + server) on a fresh database, wired to `connector` (or to a bridge at `erpUrl`). */
export async function startErpApp(
  opts: { connector?: ErpConnector | null; erpUrl?: string; erp?: Partial<ErpConfig> } = {},
): Promise<ErpTestApp> {
  const db = await createTestDatabase();
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
    { redisPrefix: `kontor:test:${randomBytes(4).toString('hex')}:` },
  );
  const clock = new ManualClock(new Date());
  const connector =
    opts.connector !== undefined ? opts.connector : opts.erpUrl ? new BridgeHttpConnector(opts.erpUrl, { timeoutMs: 5000 }) : null;
  const core = await createCore(config, {
    clock,
    erp: { connector, env: {}, config: { backoffBaseMs: 1000, backoffMaxMs: 15 * 60_000, ...opts.erp } },
  });
  const world = await seedWorld(core.orm.em.fork());
  const server = await startApiServer(core, { port: 0, host: '127.0.0.1' });
  const gql = graphqlClient(server.url);
  const tokenFor = (userId: string) => mintAccessToken(core, clock, userId);
  return {
    core,
    server,
    clock,
    world,
    ctx: () => core.context(),
    gql,
    tokenFor,
    async close() {
      await server.close();
      await core.close();
      await db.drop();
      await dropKeys(config.redisUrl, config.redisPrefix);
    },
  };
}

/** Runs a query on Kontor's database ($1, $2 … placeholders) and returns the rows. */
export async function sql<T = Record<string, unknown>>(core: Core, text: string, params: unknown[] = []): Promise<T[]> {
  return withPgClient(core.orm.em.fork(), async (c) => (await c.query(text, params)).rows as T[]);
}

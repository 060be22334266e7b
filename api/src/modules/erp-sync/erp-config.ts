import { ERP_ENTITIES, type ErpEntity } from './erp-connector';

/** ERP sync settings, from the environment (KONTOR_ERP_*), validated with messages a person understands. */
export interface ErpConfig {
  /** Base URL of a bridge-protocol ERP (KONTOR_ERP_URL); null: no ERP wired (sync jobs idle, no staleness guard). */
  bridgeUrl: string | null;
  bridgeToken: string | null;
  /** Pull interval per entity, ms (KONTOR_ERP_INTERVAL_<ENTITY>_SECONDS, KONTOR_ERP_INTERVAL_SECONDS). */
  intervals: Record<ErpEntity, number>;
  /** How far back each pull re-reads before its cursor, ms (KONTOR_ERP_OVERLAP_SECONDS). */
  overlapMs: number;
  /** Records per pull request (KONTOR_ERP_BATCH). */
  batchSize: number;
  /** Pages per job run, so one run stays bounded (KONTOR_ERP_MAX_PAGES). */
  maxPagesPerRun: number;
  /** Customer/blocking data older than this refuses customer access (KONTOR_ERP_STALE_BLOCKING_SECONDS; 0 = off). */
  staleBlockingMs: number;
  /** Stock older than this is hidden (KONTOR_ERP_STALE_STOCK_SECONDS). */
  staleStockMs: number;
  /** Outbox: attempts before a message goes to the dead letters (KONTOR_ERP_MAX_ATTEMPTS; 300 at the 15-minute cap ≈ 3 days of outage). */
  maxAttempts: number;
  /** Backoff base and cap, ms. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long a relayed outbox message is leased to its job before the relay hands it out again (ms). */
  leaseMs: number;
  /** Reconciliation refuses to soft-delete more than this share of an entity at once (KONTOR_ERP_MAX_DELETE_SHARE). */
  maxDeleteShare: number;
  /** HTTP timeout for one ERP call, ms. */
  timeoutMs: number;
}

const DEFAULT_INTERVAL_MS = 5 * 60_000;
const FAST: ErpEntity[] = ['customers'];

export function loadErpConfig(env: Record<string, string | undefined> = process.env): ErpConfig {
  const problems: string[] = [];
  const num = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
      problems.push(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const bridgeUrl = env.KONTOR_ERP_URL?.trim() || null;
  if (bridgeUrl) {
    try {
      const u = new URL(bridgeUrl);
      if (!['http:', 'https:'].includes(u.protocol)) problems.push(`KONTOR_ERP_URL must start with http: or https:, got "${bridgeUrl}"`);
    } catch {
      problems.push(`KONTOR_ERP_URL is not a valid URL: "${bridgeUrl}"`);
    }
  }
  const baseInterval = num('KONTOR_ERP_INTERVAL_SECONDS', DEFAULT_INTERVAL_MS / 1000, 1, 86_400) * 1000;
  const intervals = {} as Record<ErpEntity, number>;
  for (const e of ERP_ENTITIES) {
    const key = `KONTOR_ERP_INTERVAL_${e.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_SECONDS`;
    intervals[e] = num(key, FAST.includes(e) ? 60 : baseInterval / 1000, 1, 86_400) * 1000;
  }
  const config: ErpConfig = {
    bridgeUrl,
    bridgeToken: env.KONTOR_ERP_TOKEN || null,
    intervals,
    overlapMs: num('KONTOR_ERP_OVERLAP_SECONDS', 120, 0, 86_400) * 1000,
    batchSize: num('KONTOR_ERP_BATCH', 5000, 1, 100_000),
    maxPagesPerRun: num('KONTOR_ERP_MAX_PAGES', 1000, 1, 1_000_000),
    staleBlockingMs: num('KONTOR_ERP_STALE_BLOCKING_SECONDS', 15 * 60, 0, 7 * 86_400) * 1000,
    staleStockMs: num('KONTOR_ERP_STALE_STOCK_SECONDS', 6 * 3600, 0, 30 * 86_400) * 1000,
    maxAttempts: num('KONTOR_ERP_MAX_ATTEMPTS', 300, 1, 100_000),
    backoffBaseMs: num('KONTOR_ERP_BACKOFF_BASE_MS', 1000, 1, 3_600_000),
    backoffMaxMs: num('KONTOR_ERP_BACKOFF_MAX_MS', 15 * 60_000, 1, 86_400_000),
    leaseMs: num('KONTOR_ERP_LEASE_SECONDS', 60, 1, 3600) * 1000,
    maxDeleteShare: num('KONTOR_ERP_MAX_DELETE_SHARE', 0.1, 0, 1),
    timeoutMs: num('KONTOR_ERP_TIMEOUT_SECONDS', 15, 1, 600) * 1000,
  };
  if (problems.length) throw new Error(`Kontor cannot start; fix its ERP configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return config;
}

/** Exponential backoff with full jitter: a random delay in [base·2^(n-1)/2, base·2^(n-1)], capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 40)));
  return Math.round(exp / 2 + (exp / 2) * random());
}

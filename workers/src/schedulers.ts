import type { JobName } from '@kontor/api/dist/jobs/jobs';
import type { ErpConfig } from '@kontor/api/dist/modules/erp-sync/erp-config';
import { ERP_ENTITIES } from '@kontor/api/dist/modules/erp-sync/erp-connector';

export interface Schedule {
  id: string;
  job: JobName;
  /** Every n ms, or a cron pattern. */
  everyMs?: number;
  pattern?: string;
  data?: Record<string, unknown>;
}

/** Repeating jobs, as BullMQ job schedulers (idempotent upserts at start). */
export const SCHEDULES: Schedule[] = [
  { id: 'purge-expired-tokens', job: 'accounts.purgeExpiredTokens', everyMs: 6 * 3600 * 1000 },
  // the safety net behind each reservation's own expiry job (lost with Redis, or a worker down at the time)
  { id: 'reservations-sweep', job: 'reservations.sweep', everyMs: 30_000 },
];

/**
 * The ERP sync's schedules (DESIGN.md §7): every entity on its own interval (default 5 minutes, customers and
 * blocking every minute; KONTOR_ERP_INTERVAL_<ENTITY>_SECONDS), the outbox relay every 2 seconds, invoice PDFs
 * every minute, a full reconciliation nightly at 02:30.
 */
export function erpSchedules(erp: ErpConfig): Schedule[] {
  return [
    ...ERP_ENTITIES.map((entity): Schedule => ({
      id: `erp-sync-${entity}`,
      job: 'erp.sync',
      everyMs: erp.intervals[entity],
      data: { entity },
    })),
    { id: 'erp-relay-outbox', job: 'erp.relayOutbox', everyMs: 2000 },
    { id: 'erp-invoice-pdfs', job: 'erp.fetchInvoicePdfs', everyMs: 60_000 },
    { id: 'erp-reconcile-nightly', job: 'erp.reconcile', pattern: '30 2 * * *' },
  ];
}

/** How often the schedules are checked for, and put back when Redis lost them (a restart without persistence). */
export const SCHEDULE_CHECK_MS = 5_000;

interface SchedulerQueue {
  getJobScheduler(id: string): Promise<unknown>;
  upsertJobScheduler(
    id: string,
    repeat: { every?: number; pattern?: string },
    template: { name: string; data: Record<string, unknown> },
  ): Promise<unknown>;
}

/**
 * Upserts every schedule now, then keeps them: BullMQ keeps job schedulers in Redis, so a Redis that restarts
 * empty would otherwise stop every repeating job (the outbox relay, the reservation sweep) until the workers
 * restart. Every `SCHEDULE_CHECK_MS` each schedule is looked up and put back if it is gone; failures while Redis
 * is away are logged and tried again. Returns a function that stops the checks.
 */
export async function keepSchedules(
  schedules: readonly Schedule[],
  queueOf: (s: Schedule) => SchedulerQueue,
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void },
): Promise<() => void> {
  const upsert = (s: Schedule) =>
    queueOf(s).upsertJobScheduler(s.id, s.pattern ? { pattern: s.pattern } : { every: s.everyMs }, { name: s.job, data: s.data ?? {} });
  for (const s of schedules) await upsert(s);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      for (const s of schedules) {
        if (await queueOf(s).getJobScheduler(s.id)) continue;
        await upsert(s);
        log.info({ schedule: s.id }, 'job schedule restored (Redis had lost it)');
      }
    })()
      .catch((err: Error) => log.warn({ err: err.message }, 'job schedules not checked; Redis unavailable?'))
      .finally(() => (running = false));
  }, SCHEDULE_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

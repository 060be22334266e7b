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

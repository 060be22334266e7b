/**
 * The job contract (DESIGN.md §11.4): every job name with its payload (JSON, ids only) and its queue.
 * workers/src/registry.ts must give exactly one handler per name; the compiler and a start-up check hold it.
 */
export interface JobPayloads {
  'accounts.purgeExpiredTokens': Record<string, never>;
  /** Pulls one ERP entity's changes by cursor (erp-sync). */
  'erp.sync': { entity: string };
  /** Full compare of one ERP entity, or of every wired one (nightly and after an outage). */
  'erp.reconcile': { entity?: string };
  /** Leases due outbox messages and enqueues their delivery (also re-enqueues what Redis lost). */
  'erp.relayOutbox': Record<string, never>;
  /** Sends leased outbox messages to the ERP. */
  'erp.deliverOutbox': { ids: number[] };
  /** Fetches invoice PDFs the ERP has and Kontor does not yet. */
  'erp.fetchInvoicePdfs': Record<string, never>;
  /** Releases one proforma's reservation at its expiry, unless paid (idempotent: released once). */
  'reservations.expire': { reservationId: string };
  /** Tells the customer (event `reservation.expiring`) that an unpaid reservation will soon be released. */
  'reservations.warn': { reservationId: string };
  /** Releases every reservation past its expiry (catches jobs lost with Redis). */
  'reservations.sweep': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUES = ['erp', 'reservations', 'notifications', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'accounts.purgeExpiredTokens': 'maintenance',
  'erp.sync': 'erp',
  'erp.reconcile': 'erp',
  'erp.relayOutbox': 'erp',
  'erp.deliverOutbox': 'erp',
  'erp.fetchInvoicePdfs': 'erp',
  'reservations.expire': 'reservations',
  'reservations.warn': 'reservations',
  'reservations.sweep': 'reservations',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

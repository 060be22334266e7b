import type { JobName } from '@kontor/api/dist/jobs/jobs';

/** Repeating jobs, as BullMQ job schedulers (idempotent upserts at start). */
export const SCHEDULES: Array<{ id: string; job: JobName; everyMs: number }> = [
  { id: 'purge-expired-tokens', job: 'accounts.purgeExpiredTokens', everyMs: 6 * 3600 * 1000 },
];

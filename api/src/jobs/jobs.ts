/**
 * The job contract (DESIGN.md §11.4): every job name with its payload (JSON, ids only) and its queue.
 * workers/src/registry.ts must give exactly one handler per name; the compiler and a start-up check hold it.
 */
export interface JobPayloads {
  'accounts.purgeExpiredTokens': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUES = ['erp', 'reservations', 'notifications', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'accounts.purgeExpiredTokens': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

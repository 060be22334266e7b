import { Queue, type JobsOptions } from 'bullmq';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from './jobs';

/**
 * Enqueues jobs from the API (after commit, DESIGN.md §11.5), onto the same queues and prefix the workers read
 * (`${redisPrefix}bull`). Queues open lazily. A failed enqueue is logged by the caller and never undoes the
 * committed change: periodic sweeps catch up (e.g. `reservations.sweep`).
 */
export class JobProducer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly redisUrl: string,
    private readonly redisPrefix: string,
  ) {}

  async add<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<void> {
    const queueName = JOB_QUEUE[name];
    let q = this.queues.get(queueName);
    if (!q) {
      q = new Queue(queueName, {
        connection: { url: this.redisUrl, maxRetriesPerRequest: 1, enableOfflineQueue: false },
        prefix: `${this.redisPrefix}bull`,
      });
      q.on('error', () => undefined);
      this.queues.set(queueName, q);
    }
    await q.add(name, payload, { removeOnComplete: 1000, removeOnFail: 5000, ...options });
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}

import 'reflect-metadata';
import { Queue, Worker } from 'bullmq';
import { loadConfig } from '@kontor/api/dist/config/config';
import { createCore } from '@kontor/api/dist/core';
import { JOB_QUEUE, QUEUES, type JobName } from '@kontor/api/dist/jobs/jobs';
import { checkRegistry, handlers } from './registry';
import { SCHEDULES } from './schedulers';

/** Runs every queue's jobs. One process; start more for more throughput. */
export async function startWorkers(env = process.env) {
  checkRegistry();
  const config = loadConfig(env);
  const core = await createCore(config);
  const connection = { url: config.redisUrl, maxRetriesPerRequest: null } as const;
  const prefix = `${config.redisPrefix}bull`;
  const queues = new Map(QUEUES.map((q) => [q, new Queue(q, { connection, prefix })]));
  for (const s of SCHEDULES) {
    await queues.get(JOB_QUEUE[s.job])!.upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.job, data: {} });
  }
  const workers = QUEUES.map(
    (q) =>
      new Worker(
        q,
        async (job) => {
          const handler = handlers[job.name as JobName] as (c: typeof core, p: unknown) => Promise<unknown>;
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          return handler(core, job.data);
        },
        { connection, prefix, concurrency: 8 },
      ),
  );
  for (const w of workers) w.on('failed', (job, err) => core.log.warn({ job: job?.name, id: job?.id, err: err.message }, 'job failed'));
  core.log.info({ queues: QUEUES }, 'Kontor workers running');
  return {
    core,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
      await core.close();
    },
  };
}

if (require.main === module) {
  startWorkers().then(
    (w) => {
      const stop = () => void w.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}

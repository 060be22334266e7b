import 'reflect-metadata';
import { Queue, Worker } from 'bullmq';
import { loadConfig } from '@kontor/api/dist/config/config';
import { createCore } from '@kontor/api/dist/core';
import { JOB_QUEUE, QUEUES, type JobName } from '@kontor/api/dist/jobs/jobs';
import { ERP_ENTITIES } from '@kontor/api/dist/modules/erp-sync/erp-connector';
import type { Enqueue } from './enqueue';
import { checkRegistry, handlers } from './registry';
import { erpSchedules, keepSchedules, SCHEDULES } from './schedulers';

/** Runs every queue's jobs. One process; start more for more throughput. */
export async function startWorkers(env = process.env) {
  checkRegistry();
  const config = loadConfig(env);
  const core = await createCore(config);
  const connection = { url: config.redisUrl, maxRetriesPerRequest: null } as const;
  const prefix = `${config.redisPrefix}bull`;
  const queues = new Map(QUEUES.map((q) => [q, new Queue(q, { connection, prefix })]));
  const enqueue: Enqueue = async (name, payload, options = {}) => {
    await queues.get(JOB_QUEUE[name])!.add(name, payload, { removeOnComplete: 1000, removeOnFail: 5000, ...options });
  };
  // the ERP's schedules only when an ERP is wired (KONTOR_ERP_URL or another connector)
  const schedules = [...SCHEDULES, ...(core.services.erpConnector ? erpSchedules(core.services.erpConfig) : [])];
  // kept, not just set: a Redis that restarts empty loses them
  const stopSchedules = await keepSchedules(schedules, (s) => queues.get(JOB_QUEUE[s.job])!, core.log);
  // a sync of everything right at start, parents first (dependents wait for them and retry shortly)
  if (core.services.erpConnector) for (const entity of ERP_ENTITIES) await enqueue('erp.sync', { entity });
  const workers = QUEUES.map(
    (q) =>
      new Worker(
        q,
        async (job) => {
          const handler = handlers[job.name as JobName] as (c: typeof core, p: unknown, e: Enqueue) => Promise<unknown>;
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          return handler(core, job.data, enqueue);
        },
        { connection, prefix, concurrency: 8 },
      ),
  );
  for (const w of workers) w.on('failed', (job, err) => core.log.warn({ job: job?.name, id: job?.id, err: err.message }, 'job failed'));
  core.log.info({ queues: QUEUES }, 'Kontor workers running');
  return {
    core,
    async close() {
      stopSchedules();
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

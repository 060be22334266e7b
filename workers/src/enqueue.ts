import type { JobsOptions } from 'bullmq';
import type { JobName, JobPayloads } from '@kontor/api/dist/jobs/jobs';

/** Adds a job from inside a handler (follow-ups); the workers' main wires it to the queues. */
export type Enqueue = <N extends JobName>(name: N, payload: JobPayloads[N], options?: JobsOptions) => Promise<void>;

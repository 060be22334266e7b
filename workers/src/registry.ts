import type { Core } from '@kontor/api/dist/core';
import { JOB_NAMES, type JobName, type JobPayloads } from '@kontor/api/dist/jobs/jobs';
import { purgeExpiredTokens } from '@kontor/api/dist/modules/accounts/auth.service';
import type { Enqueue } from './enqueue';
import { erpHandlers } from './erp-handlers';

export type Handler<N extends JobName> = (core: Core, payload: JobPayloads[N], enqueue: Enqueue) => Promise<unknown>;

/** Exactly one handler per job name: a missing or extra key fails to compile. Handlers are plumbing only. */
export const handlers: { [N in JobName]: Handler<N> } = {
  'accounts.purgeExpiredTokens': (core) => purgeExpiredTokens(core.context()),
  'reservations.expire': (core, p) => core.services.reservations.expire(core.context(), p.reservationId),
  'reservations.warn': (core, p) => core.services.reservations.warn(core.context(), p.reservationId),
  'reservations.sweep': (core) => core.services.reservations.sweep(core.context()),
  ...erpHandlers,
};

/** The start-up check: the same contract at run time, for compiled output that drifted. */
export function checkRegistry(): void {
  const missing = JOB_NAMES.filter((n) => typeof handlers[n] !== 'function');
  const extra = Object.keys(handlers).filter((n) => !JOB_NAMES.includes(n as JobName));
  if (missing.length || extra.length) {
    throw new Error(
      `Job registry out of step with the contract: missing ${missing.join(', ') || 'none'}; unknown ${extra.join(', ') || 'none'}.`,
    );
  }
}

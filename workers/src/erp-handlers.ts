import type { Core } from '@kontor/api/dist/core';
import type { JobPayloads } from '@kontor/api/dist/jobs/jobs';
import { ERP_ENTITIES, type ErpEntity } from '@kontor/api/dist/modules/erp-sync/erp-connector';
import type { Enqueue } from './enqueue';

const entityOf = (name: string | undefined): ErpEntity => {
  if (!name || !(ERP_ENTITIES as readonly string[]).includes(name))
    throw new Error(`Unknown ERP entity "${name}"; one of ${ERP_ENTITIES.join(', ')}`);
  return name as ErpEntity;
};

const RELAY_CLAIM = 10_000;
const RELAY_BATCH = 250;
const RELAY_ROUNDS = 5;

/** ERP sync jobs: plumbing only — each calls the erp-sync services and enqueues follow-ups. */
export const erpHandlers = {
  async 'erp.sync'(core: Core, p: JobPayloads['erp.sync'], jobs: Enqueue) {
    const r = await core.services.erpSync.syncEntity(core.context(), entityOf(p.entity));
    // waiting for the entities it refers to (first start): try again shortly rather than at the next interval (the
    // first loads of prices and stock may start as soon as the products' first load is under way)
    if (r.skipped?.startsWith('waiting')) await jobs('erp.sync', { entity: r.entity }, { delay: 1000 });
    // an outage just ended: compare everything once; a run cut short by its page limit continues at once
    if (r.recovered) await jobs('erp.reconcile', { entity: r.entity });
    if (r.hasMore) await jobs('erp.sync', { entity: r.entity });
    if (r.entity === 'customers' && r.changed) core.services.erpFreshness.reset();
    return r;
  },
  async 'erp.reconcile'(core: Core, p: JobPayloads['erp.reconcile']) {
    const entities = p.entity ? [entityOf(p.entity)] : await core.services.erpSync.wiredEntities(core.context());
    const out = [];
    for (const e of entities) out.push(await core.services.erpSync.reconcile(core.context(), e));
    return out;
  },
  async 'erp.relayOutbox'(core: Core, _p: JobPayloads['erp.relayOutbox'], jobs: Enqueue) {
    // a backlog (after an outage) drains in a few big claims per run rather than one small claim per interval
    let total = 0;
    for (let round = 0; round < RELAY_ROUNDS; round++) {
      const batches = await core.services.outboxRelay.claimDue(core.context(), RELAY_CLAIM, RELAY_BATCH);
      for (const ids of batches) await jobs('erp.deliverOutbox', { ids });
      total += batches.length;
      if (batches.flat().length < RELAY_CLAIM) break;
    }
    return { batches: total };
  },
  'erp.deliverOutbox': (core: Core, p: JobPayloads['erp.deliverOutbox']) => core.services.outboxRelay.deliver(core.context(), p.ids),
  async 'erp.fetchInvoicePdfs'(core: Core) {
    const connector = core.services.erpConnector;
    return connector ? core.services.invoices.fetchMissingPdfs(core.context(), connector) : { fetched: 0, failed: 0 };
  },
};

import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERP_EVENTS } from '../../src/modules/erp-sync/events';
import { ErpUnavailableError, type ErpConnector } from '../../src/modules/erp-sync/erp-connector';
import { enqueueOutbox } from '../../src/modules/erp-sync/outbox';
import { sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

const HOUR = 3600_000;

/** A deterministic random for the demo ERP's fault rates. */
function seeded(seed = 42) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const orderBody = (ref: string, customerErpId = 'K-0001') => ({
  kontorReference: ref,
  customerErpId,
  placedAt: new Date().toISOString(),
  currency: 'PLN',
  lines: [{ lineNo: 1, productErpId: 'P-000001', quantity: 2, unitNetMinor: 1000, vatRateBp: 2300 }],
});

describe('outbox relay against the demo ERP', () => {
  let erp: DemoErp;
  let app: ErpTestApp;

  const enqueue = (aggregateId: string, kind: 'order' | 'reservation' | 'shipmentRequest' = 'order', customer = 'K-0001') =>
    app.core.orm.em.fork().transactional((em) =>
      enqueueOutbox(em, {
        aggregateType: 'order',
        aggregateId,
        kind,
        payload: kind === 'order' ? orderBody(aggregateId, customer) : { note: kind },
      }),
    );
  const relayRound = async () => {
    const total = { sent: 0, retried: 0, dead: 0, skipped: 0 };
    const batches = await app.core.services.outboxRelay.claimDue(app.ctx());
    for (const ids of batches) {
      const r = await app.core.services.outboxRelay.deliver(app.ctx(), ids);
      for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += r[k];
    }
    return total;
  };
  const pending = async () =>
    (await sql<{ n: number }>(app.core, 'select count(*)::int n from outbox where sent_at is null and dead_at is null'))[0].n;

  beforeAll(async () => {
    erp = await startTestErp({ random: seeded() });
    app = await startErpApp({ erpUrl: erp.url });
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('survives a 24-hour ERP outage: orders keep being accepted, then each reaches the ERP exactly once, in order, and no dead letter appears', async () => {
    await erp.setFaults({ down: true });
    const refs: string[] = [];
    for (let i = 0; i < 20; i++) refs.push(randomUUID());
    for (const r of refs.slice(0, 10)) await enqueue(r);
    // one order with follow-up messages: the ERP must see them in this order
    const chain = refs[0];
    await enqueue(chain, 'reservation');
    await enqueue(chain, 'shipmentRequest');

    let attempts = 0;
    for (let t = 0; t < 24 * HOUR; t += 10 * 60_000) {
      app.clock.advance(10 * 60_000);
      if (t === 6 * HOUR) for (const r of refs.slice(10)) await enqueue(r); // still accepted mid-outage
      const r = await relayRound();
      expect(r.sent).toBe(0);
      expect(r.dead).toBe(0);
      attempts += r.retried;
    }
    expect(attempts).toBeGreaterThan(20 * 5);
    expect(await pending()).toBe(22);
    const health = await app.gql<{ erpSyncHealth: { outboxPending: number; outboxOldestAgeSeconds: number; deadLetters: number } }>(
      `{ erpSyncHealth { outboxPending outboxOldestAgeSeconds deadLetters } }`,
      {},
      await app.tokenFor(app.world.staffAdmin.id),
    );
    const h = health.data!.erpSyncHealth;
    expect(h).toMatchObject({ outboxPending: 22, deadLetters: 0 });
    expect(h.outboxOldestAgeSeconds).toBeGreaterThanOrEqual(24 * 3600 - 60);

    // recovery, with a third of the ERP's answers lost after it processed the order (ambiguous failures)
    await erp.setFaults({ down: false, lostReplyRate: 0.3 });
    for (let round = 0; round < 60 && (await pending()) > 0; round++) {
      app.clock.advance(16 * 60_000);
      await relayRound();
    }
    await erp.setFaults({ lostReplyRate: 0 });
    expect(await pending()).toBe(0);

    const docs = await erp.pool.query<{ kind: string; kontor_reference: string; n: number }>(
      `select kind, kontor_reference, count(*)::int n from erp_doc group by 1, 2`,
    );
    expect(
      docs.rows
        .filter((d) => d.kind === 'order')
        .map((d) => d.kontor_reference)
        .sort(),
    ).toEqual([...refs].sort());
    expect(docs.rows.every((d) => d.n === 1)).toBe(true);
    expect(erp.stats.created).toBe(22);
    expect(erp.stats.lookups).toBeGreaterThan(0);
    const chainDocs = await erp.pool.query<{ kind: string }>(`select kind from erp_doc where kontor_reference = $1 order by created_at`, [
      chain,
    ]);
    expect(chainDocs.rows.map((r) => r.kind)).toEqual(['order', 'reservation', 'shipmentRequest']);
    const [dl] = await sql<{ n: number }>(app.core, 'select count(*)::int n from erp_dead_letter');
    expect(dl.n).toBe(0);
    const [numbers] = await sql<{ n: number }>(
      app.core,
      `select count(*)::int n from erp_document where kind = 'order' and erp_number like 'ZK/%' and kontor_reference = any($1)`,
      [refs],
    );
    expect(numbers.n).toBe(20);

    // every status comes back through the sync
    const events: any[] = [];
    const off = await app.core.bus.on(ERP_EVENTS.statusChanged, chain, (p) => events.push(p));
    await erp.admin.status({ kontorReference: chain, status: 'accepted' });
    await app.core.services.erpSync.syncEntity(app.ctx(), 'orderStatuses');
    await new Promise((r) => setTimeout(r, 150));
    expect(events.map((e) => e.status)).toContain('accepted');
    await off();
    const st = await sql<{ status: string }>(app.core, `select status from erp_document where kind = 'order' and kontor_reference = $1`, [
      chain,
    ]);
    expect(st[0].status).toBe('accepted');
  });

  it('Redis losing the delivery jobs loses no message: the relay hands them out again once the lease runs out', async () => {
    const prefix = `kontor:test:${randomUUID().slice(0, 8)}:bull`;
    const connection = { url: 'redis://127.0.0.1:6379', maxRetriesPerRequest: null } as const;
    const queue = new Queue('erp', { connection, prefix });
    const refs = [randomUUID(), randomUUID(), randomUUID()];
    for (const r of refs) await enqueue(r);
    // the relay leases and enqueues …
    for (const ids of await app.core.services.outboxRelay.claimDue(app.ctx())) await queue.add('erp.deliverOutbox', { ids });
    expect(await queue.count()).toBe(1);
    // … and Redis loses everything (only this test's keys)
    await queue.obliterate({ force: true });
    expect(await queue.count()).toBe(0);
    expect(await app.core.services.outboxRelay.claimDue(app.ctx())).toEqual([]); // still leased
    app.clock.advance(2 * 60_000);
    const again = await app.core.services.outboxRelay.claimDue(app.ctx());
    expect(again.flat()).toHaveLength(3);
    for (const ids of again) await queue.add('erp.deliverOutbox', { ids });
    const worker = new Worker('erp', async (job) => app.core.services.outboxRelay.deliver(app.ctx(), job.data.ids as number[]), {
      connection,
      prefix,
    });
    await new Promise<void>((resolve) => worker.on('drained', () => resolve()));
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    const docs = await erp.pool.query(`select 1 from erp_doc where kind = 'order' and kontor_reference = any($1)`, [refs]);
    expect(docs.rowCount).toBe(3);
    expect(await pending()).toBe(0);
  });

  it('a document the ERP refuses goes to the dead letters with the raw payload; staff replay it, others may not', async () => {
    const ref = randomUUID();
    await enqueue(ref, 'order', 'K-NOBODY');
    const r = await relayRound();
    expect(r.dead).toBe(1);
    const dead = await sql<{ id: string; reason: string; attempts: number; payload: any }>(
      app.core,
      'select id, reason, attempts, payload from erp_dead_letter where aggregate_id = $1',
      [ref],
    );
    expect(dead).toHaveLength(1);
    expect(dead[0].reason).toMatch(/refused it \(422\).*unknown customer K-NOBODY/);
    expect(dead[0].payload.kontorReference).toBe(ref);
    // customers' blocking data must be fresh for customers to be let in at all (fails closed otherwise)
    await app.core.services.erpSync.syncEntity(app.ctx(), 'customers');
    app.core.services.erpFreshness.reset();
    const replay = `mutation($id: ID!) { replayErpDeadLetter(input: { id: $id }) { __typename ... on ErpDeadLetter { replayedAt } ... on UserError { code message } } }`;

    for (const user of [app.world.a.users.active_extended, app.world.rep]) {
      const denied = await app.gql(replay, { id: dead[0].id }, await app.tokenFor(user.id));
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(replay, { id: dead[0].id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const staff = await app.tokenFor(app.world.staffAdmin.id);
    const ok = await app.gql(replay, { id: dead[0].id }, staff);
    expect(ok.data?.replayErpDeadLetter.__typename).toBe('ErpDeadLetter');
    const twice = await app.gql(replay, { id: dead[0].id }, staff);
    expect(twice.data?.replayErpDeadLetter).toMatchObject({ __typename: 'ValidationError' });
    const missing = await app.gql(replay, { id: randomUUID() }, staff);
    expect(missing.data?.replayErpDeadLetter.__typename).toBe('NotFoundError');
    // replayed: the relay sends it again (the ERP still refuses, so it comes back as a new dead letter)
    const again = await relayRound();
    expect(again.dead).toBe(1);
  });
});

describe('outbox relay with an ERP that is down', () => {
  it('a batch stops calling the ERP after the first refused connection, and every message is retried later', async () => {
    let calls = 0;
    const downErp: ErpConnector = {
      name: 'down',
      async pullChanges() {
        return { records: [], quarantined: [], hasMore: false };
      },
      async pushDocument() {
        calls++;
        await new Promise((r) => setTimeout(r, 5));
        throw new ErpUnavailableError('connect ECONNREFUSED');
      },
      async findByReference() {
        calls++;
        throw new ErpUnavailableError('connect ECONNREFUSED');
      },
      async fetchInvoicePdf() {
        throw new ErpUnavailableError('down');
      },
    };
    const app = await startErpApp({ connector: downErp });
    try {
      for (let i = 0; i < 100; i++) {
        await app.core.orm.em
          .fork()
          .transactional((em) => enqueueOutbox(em, { aggregateType: 'order', aggregateId: randomUUID(), kind: 'order', payload: {} }));
      }
      // rows are due from the database's now(): on a loaded machine the 100 inserts take longer than a second
      app.clock.advance(60_000);
      const [ids] = await app.core.services.outboxRelay.claimDue(app.ctx(), 1000, 1000);
      expect(ids).toHaveLength(100);
      const r = await app.core.services.outboxRelay.deliver(app.ctx(), ids);
      expect(r).toEqual({ sent: 0, retried: 100, dead: 0, skipped: 0 });
      expect(calls).toBeLessThanOrEqual(16);
      const rows = await sql<{ attempts: number; last_error: string }>(app.core, 'select attempts, last_error from outbox');
      expect(rows.every((x) => x.attempts === 1 && /unavailable/.test(x.last_error))).toBe(true);
    } finally {
      await app.close();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox, type OutboxInput } from '../../src/modules/erp-sync/outbox';
import { sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

/** A deterministic random for the demo ERP's fault rates. */
function seeded(seed = 7) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('order cancellations, order changes and transfer requests through the bridge', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  let ids: { p1: string; p2: string; waw: string; krk: string };

  const enqueue = (input: Omit<OutboxInput, 'aggregateType'>) =>
    app.core.orm.em.fork().transactional((em) => enqueueOutbox(em, { aggregateType: 'order', ...input }));
  const relayUntilDone = async () => {
    for (let round = 0; round < 40; round++) {
      const batches = await app.core.services.outboxRelay.claimDue(app.ctx());
      for (const b of batches) await app.core.services.outboxRelay.deliver(app.ctx(), b);
      const [left] = await sql<{ n: number }>(app.core, 'select count(*)::int n from outbox where sent_at is null and dead_at is null');
      if (!left.n) return;
      app.clock.advance(16 * 60_000);
    }
  };
  const order = (ref: string) => ({
    kontorReference: ref,
    customerErpId: 'K-0001',
    placedAt: new Date().toISOString(),
    currency: 'PLN',
    lines: [{ lineNo: 1, productErpId: 'P-000001', quantity: 2, unitNetMinor: 1000, vatRateBp: 2300 }],
  });
  /** The payload exactly as the shipments module writes it (Kontor ids only). */
  const transfer = (orderId: string, from: string, lines: Array<{ productId: string; sku: string; quantity: number }>) => ({
    kontorReference: orderId,
    transferId: randomUUID(),
    shipmentId: randomUUID(),
    fromWarehouseId: from,
    toWarehouseErpId: 'W-KRK',
    toWarehouseId: ids.krk,
    lines,
  });

  /** The payload exactly as the orders module writes it when a new order's lines change. */
  const change = (
    ref: string,
    lines: Array<{ productErpId: string; quantity: number; unitNetMinor: number }>,
    reason: string | null = null,
  ) => {
    const netMinor = lines.reduce((s, l) => s + Math.round(l.quantity * l.unitNetMinor), 0);
    return {
      kontorReference: ref,
      number: 'K/2026/000042',
      documentType: 'order',
      customerErpId: 'K-0001',
      changedAt: new Date().toISOString(),
      currency: 'PLN',
      netMinor,
      grossMinor: Math.round(netMinor * 1.23),
      lines: lines.map((l, i) => ({ lineNo: i + 1, ...l, vatRateBp: 2300, warehouseId: ids.waw })),
      reason,
    };
  };
  const erpOrder = async (ref: string, kind = 'order') =>
    (
      await erp.pool.query<{ status: string; body: any }>(`select status, body from erp_doc where kind = $1 and kontor_reference = $2`, [
        kind,
        ref,
      ])
    ).rows[0];

  beforeAll(async () => {
    erp = await startTestErp({ random: seeded() });
    app = await startErpApp({ erpUrl: erp.url });
    for (const e of ['categories', 'characteristics', 'warehouses', 'products'] as const)
      await app.core.services.erpSync.syncEntity(app.ctx(), e);
    const rows = await sql<{ erp_id: string; id: string }>(
      app.core,
      `select erp_id, id::text from product where erp_id in ('P-000001', 'P-000002') union all select erp_id, id::text from warehouse where erp_id like 'W-%'`,
    );
    const by = new Map(rows.map((r) => [r.erp_id, r.id]));
    ids = { p1: by.get('P-000001')!, p2: by.get('P-000002')!, waw: by.get('W-WAW')!, krk: by.get('W-KRK')! };
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('a cancellation reaches the ERP once, after its order, and the ERP cancels the order', async () => {
    const ref = randomUUID();
    await enqueue({ aggregateId: ref, kind: 'order', payload: order(ref) });
    await enqueue({
      aggregateId: ref,
      kind: 'orderCancellation',
      payload: { kontorReference: ref, number: 'K/2026/000001', reason: 'Changed my mind', cancelledAt: new Date().toISOString() },
    });
    await erp.setFaults({ lostReplyRate: 0.5 });
    await relayUntilDone();
    await erp.setFaults({ lostReplyRate: 0 });
    const docs = await erp.pool.query<{ kind: string; status: string; erp_number: string; body: any }>(
      'select kind, status, erp_number, body from erp_doc where kontor_reference = $1 order by created_at',
      [ref],
    );
    expect(docs.rows.map((d) => [d.kind, d.status])).toEqual([
      ['order', 'cancelled'],
      ['orderCancellation', 'received'],
    ]);
    expect(docs.rows[1].erp_number).toMatch(/^ANUL\//);
    expect(docs.rows[1].body).toMatchObject({ kontorReference: ref, reason: 'Changed my mind' });
    const [doc] = await sql<{ status: string; erp_number: string }>(
      app.core,
      `select status, erp_number from erp_document where kind = 'orderCancellation' and kontor_reference = $1`,
      [ref],
    );
    expect(doc.erp_number).toMatch(/^ANUL\//);
    // the order's cancelled status comes back through the sync
    await app.core.services.erpSync.syncEntity(app.ctx(), 'orderStatuses');
    const [st] = await sql<{ status: string }>(app.core, `select status from erp_document where kind = 'order' and kontor_reference = $1`, [
      ref,
    ]);
    expect(st.status).toBe('cancelled');
    const state = await erp.admin.state({});
    expect(state.documents.some((d: any) => d.kind === 'orderCancellation' && d.kontor_reference === ref)).toBe(true);
  });

  it('each transfer request is its own document with ERP ids, created once even when replies are lost', async () => {
    const ref = randomUUID();
    await enqueue({ aggregateId: ref, kind: 'order', payload: order(ref) });
    const t1 = transfer(ref, ids.waw, [
      { productId: ids.p1, sku: 'SKU-000001', quantity: 2 },
      { productId: ids.p2, sku: 'SKU-000002', quantity: 1.5 },
    ]);
    // a second transfer for the same order (another source warehouse in real life): not taken for a duplicate
    const t2 = transfer(ref, ids.waw, [{ productId: ids.p2, sku: 'SKU-000002', quantity: 3 }]);
    await enqueue({ aggregateId: ref, kind: 'transferRequest', payload: t1 });
    await enqueue({ aggregateId: ref, kind: 'transferRequest', payload: t2 });
    await erp.setFaults({ lostReplyRate: 0.5 });
    await relayUntilDone();
    await erp.setFaults({ lostReplyRate: 0 });
    const docs = await erp.pool.query<{ kontor_reference: string; erp_number: string; body: any }>(
      `select kontor_reference, erp_number, body from erp_doc where kind = 'transferRequest' and body->>'orderKontorReference' = $1 order by created_at`,
      [ref],
    );
    expect(docs.rows.map((d) => d.kontor_reference)).toEqual([t1.transferId, t2.transferId]);
    expect(docs.rows[0].erp_number).toMatch(/^MM\//);
    expect(docs.rows[0].body).toEqual({
      kontorReference: t1.transferId,
      orderKontorReference: ref,
      shipmentId: t1.shipmentId,
      fromWarehouseErpId: 'W-WAW',
      toWarehouseErpId: 'W-KRK',
      lines: [
        { lineNo: 1, productErpId: 'P-000001', sku: 'SKU-000001', quantity: 2 },
        { lineNo: 2, productErpId: 'P-000002', sku: 'SKU-000002', quantity: 1.5 },
      ],
    });
    const [n] = await sql<{ n: number }>(
      app.core,
      `select count(*)::int n from erp_document where kind = 'transferRequest' and kontor_reference = any($1)`,
      [[t1.transferId, t2.transferId]],
    );
    expect(n.n).toBe(2);
  });

  it('a transfer the ERP cannot know (a product without an ERP id, an unknown warehouse) goes to the dead letters with the reason', async () => {
    const local = await sql<{ id: string }>(
      app.core,
      `insert into product (id, sku, names, created_at, updated_at) values (gen_random_uuid(), 'LOCAL-1', '{"pl":"Lokalny"}', now(), now()) returning id::text`,
    );
    const a = randomUUID();
    await enqueue({
      aggregateId: a,
      kind: 'transferRequest',
      payload: transfer(a, ids.waw, [{ productId: local[0].id, sku: 'LOCAL-1', quantity: 1 }]),
    });
    const b = randomUUID();
    await enqueue({
      aggregateId: b,
      kind: 'transferRequest',
      payload: {
        ...transfer(b, ids.waw, []),
        toWarehouseErpId: 'W-NOWHERE',
        lines: [{ productId: ids.p1, sku: 'SKU-000001', quantity: 1 }],
      },
    });
    await relayUntilDone();
    const dead = await sql<{ aggregate_id: string; reason: string; payload: any }>(
      app.core,
      'select aggregate_id, reason, payload from erp_dead_letter where aggregate_id = any($1) order by aggregate_id',
      [[a, b]],
    );
    const reasons = new Map(dead.map((d) => [d.aggregate_id, d.reason]));
    expect(reasons.get(a)).toMatch(/LOCAL-1\) has no ERP id/);
    expect(reasons.get(b)).toMatch(/unknown warehouse W-NOWHERE/);
    expect(dead.find((d) => d.aggregate_id === a)!.payload.lines[0].sku).toBe('LOCAL-1');
  });

  it('each change of an order reaches the ERP once, after the order and in order, and replaces its lines and totals', async () => {
    const ref = randomUUID();
    await enqueue({ aggregateId: ref, kind: 'order', payload: order(ref) });
    const c1 = change(ref, [
      { productErpId: 'P-000001', quantity: 5, unitNetMinor: 1000 },
      { productErpId: 'P-000002', quantity: 1.5, unitNetMinor: 2000 },
    ]);
    const c2 = change(ref, [{ productErpId: 'P-000002', quantity: 4, unitNetMinor: 1900 }], 'Only the second product after all');
    await enqueue({ aggregateId: ref, kind: 'orderChange', payload: c1 });
    await enqueue({ aggregateId: ref, kind: 'orderChange', payload: c2 });
    await erp.setFaults({ lostReplyRate: 0.5 });
    await relayUntilDone();
    await erp.setFaults({ lostReplyRate: 0 });

    const docs = await erp.pool.query<{ kontor_reference: string; erp_number: string; idempotency_key: string; body: any }>(
      `select kontor_reference, erp_number, idempotency_key, body from erp_doc where kind = 'orderChange' and body->>'orderKontorReference' = $1
        order by created_at`,
      [ref],
    );
    // one document per change, each under its own reference and key, the earlier first
    expect(docs.rows.map((d) => [d.kontor_reference, d.idempotency_key])).toEqual([
      [`${ref}:change:2`, `kontor:order:${ref}:2`],
      [`${ref}:change:3`, `kontor:order:${ref}:3`],
    ]);
    expect(docs.rows[0].erp_number).toMatch(/^ZMZ\//);
    expect(docs.rows[1].body).toEqual({ ...c2, kontorReference: `${ref}:change:3`, orderKontorReference: ref, sequence: 3 });
    // the ERP's order now has the last change's lines and totals
    const o = await erpOrder(ref);
    expect(o.status).toBe('received');
    expect(o.body.lines).toEqual(c2.lines);
    expect([o.body.netMinor, o.body.grossMinor, o.body.changedBy]).toEqual([7600, 9348, `${ref}:change:3`]);
    const [n] = await sql<{ n: number }>(
      app.core,
      `select count(*)::int n from erp_document where kind = 'orderChange' and kontor_reference like $1`,
      [`${ref}:change:%`],
    );
    expect(n.n).toBe(2);
    const state = await erp.admin.state({});
    expect(state.documents.find((d: any) => d.kind === 'order' && d.kontor_reference === ref).body).toMatchObject({
      lines: c2.lines,
      netMinor: 7600,
      changedBy: `${ref}:change:3`,
    });
  });

  it('a change that failed once is looked up as that change, not taken for delivered because the order or an earlier change exists', async () => {
    const ref = randomUUID();
    await enqueue({ aggregateId: ref, kind: 'order', payload: order(ref) });
    await enqueue({
      aggregateId: ref,
      kind: 'orderChange',
      payload: change(ref, [{ productErpId: 'P-000001', quantity: 3, unitNetMinor: 1000 }]),
    });
    await relayUntilDone();
    const c2 = change(ref, [{ productErpId: 'P-000001', quantity: 7, unitNetMinor: 1000 }]);
    await enqueue({ aggregateId: ref, kind: 'orderChange', payload: c2 });
    await erp.setFaults({ down: true });
    for (const b of await app.core.services.outboxRelay.claimDue(app.ctx())) await app.core.services.outboxRelay.deliver(app.ctx(), b);
    await erp.setFaults({ down: false });
    const [pending] = await sql<{ attempts: number; sent_at: Date | null }>(
      app.core,
      `select attempts, sent_at from outbox where aggregate_id = $1 and seq = 3`,
      [ref],
    );
    expect(pending).toMatchObject({ attempts: 1, sent_at: null });
    const lookups = erp.stats.lookups;
    app.clock.advance(16 * 60_000);
    await relayUntilDone();
    expect(erp.stats.lookups).toBeGreaterThan(lookups);
    expect((await erpOrder(ref)).body.lines).toEqual(c2.lines);
    const docs = await erp.pool.query(`select 1 from erp_doc where kind = 'orderChange' and body->>'orderKontorReference' = $1`, [ref]);
    expect(docs.rowCount).toBe(2);
  });

  it('a change of a proforma replaces the lines of the reservation it was sent as', async () => {
    const ref = randomUUID();
    await enqueue({ aggregateId: ref, kind: 'reservation', payload: { ...order(ref), documentType: 'proforma' } });
    const c = { ...change(ref, [{ productErpId: 'P-000002', quantity: 2, unitNetMinor: 1500 }]), documentType: 'proforma' };
    await enqueue({ aggregateId: ref, kind: 'orderChange', payload: c });
    await relayUntilDone();
    expect((await erpOrder(ref, 'reservation')).body.lines).toEqual(c.lines);
  });

  it('a change of an order the ERP does not know, or no longer open, goes to the dead letters with the reason', async () => {
    const unknown = randomUUID();
    await enqueue({
      aggregateId: unknown,
      kind: 'orderChange',
      payload: change(unknown, [{ productErpId: 'P-000001', quantity: 1, unitNetMinor: 1000 }]),
    });
    const cancelled = randomUUID();
    await enqueue({ aggregateId: cancelled, kind: 'order', payload: order(cancelled) });
    await enqueue({
      aggregateId: cancelled,
      kind: 'orderCancellation',
      payload: { kontorReference: cancelled, number: null, reason: null, cancelledAt: new Date().toISOString() },
    });
    await enqueue({
      aggregateId: cancelled,
      kind: 'orderChange',
      payload: change(cancelled, [{ productErpId: 'P-000001', quantity: 9, unitNetMinor: 1000 }]),
    });
    await relayUntilDone();
    const dead = await sql<{ aggregate_id: string; kind: string; reason: string; payload: any }>(
      app.core,
      'select aggregate_id, kind, reason, payload from erp_dead_letter where aggregate_id = any($1)',
      [[unknown, cancelled]],
    );
    const reasons = new Map(dead.map((d) => [d.aggregate_id, d.reason]));
    expect(dead.map((d) => d.kind)).toEqual(['orderChange', 'orderChange']);
    expect(reasons.get(unknown)).toMatch(
      new RegExp(`^rejected: .*refused it \\(422\\).*unknown order ${unknown}: there is nothing to change`),
    );
    expect(reasons.get(cancelled)).toMatch(new RegExp(`order ${cancelled} is cancelled; its lines can no longer be changed`));
    expect(dead.find((d) => d.aggregate_id === unknown)!.payload.lines[0].quantity).toBe(1);
    // nothing was created for them, and the cancelled order kept its lines
    const docs = await erp.pool.query(`select 1 from erp_doc where kind = 'orderChange' and body->>'orderKontorReference' = any($1)`, [
      [unknown, cancelled],
    ]);
    expect(docs.rowCount).toBe(0);
    expect((await erpOrder(cancelled)).body.lines).toEqual(order(cancelled).lines);
  });
});

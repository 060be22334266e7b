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

describe('order cancellations and transfer requests through the bridge', () => {
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
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROFORMA, seedOrdering, type OrderingWorld } from '../orders/order-fixtures';
import { sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from './erp-harness';

/** Payments the ERP registers for a Kontor proforma reach the order's lifecycle once each. */
describe('payments from the ERP routed to their orders', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  let w: OrderingWorld;
  let token: string;

  const syncPayments = () => app.core.services.erpSync.syncEntity(app.ctx(), 'payments');
  const proforma = async (key: string) => {
    const res = await app.gql<{ createProforma: { __typename: string; id: string } }>(
      PROFORMA,
      { input: { idempotencyKey: key, lines: [{ productId: w.p.drill, quantity: 1 }] } },
      token,
    );
    expect(res.data?.createProforma.__typename, JSON.stringify(res.errors ?? res.data)).toBe('Order');
    return res.data!.createProforma.id;
  };
  const reservation = async (orderId: string) =>
    (await sql<{ status: string }>(app.core, 'select status from reservation where order_id = $1', [orderId]))[0]?.status;
  const route = async (paymentErpId: string) =>
    (
      await sql<{ status: string; order_id: string | null; reason: string | null }>(
        app.core,
        'select status, order_id, reason from erp_payment_route where payment_erp_id = $1',
        [paymentErpId],
      )
    )[0];
  const pay = (opts: { kontorReference?: string; orderErpId?: string }) =>
    erp.admin.payment({ customerErpId: 'K-0001', amountMinor: 49900, ...opts }) as Promise<{ erpId: string }>;

  beforeAll(async () => {
    erp = await startTestErp();
    app = await startErpApp({ erpUrl: erp.url });
    w = await seedOrdering(app.core.orm.em.fork());
    // company A is the ERP's customer K-0001, who makes the payments below
    await sql(app.core, `update company set erp_id = 'K-0001' where id = $1`, [app.world.a.company.id]);
    for (const e of ['customers', 'invoices', 'payments'] as const) await app.core.services.erpSync.syncEntity(app.ctx(), e);
    token = await app.tokenFor(app.world.a.users.active.id);
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('a payment naming a proforma registers it once: the reservation is paid; replays and duplicates register nothing more', async () => {
    const spy = vi.spyOn(app.core.services.orders, 'registerPayment');
    try {
      const orderId = await proforma('erp-pay-1');
      expect(await reservation(orderId)).toBe('active');
      const p = await pay({ kontorReference: orderId });
      await syncPayments();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0].slice(1)).toEqual([orderId, p.erpId, { source: 'erp' }]);
      expect(await route(p.erpId)).toEqual({ status: 'registered', order_id: orderId, reason: null });
      expect(await reservation(orderId)).toBe('paid');
      const [o] = await sql<{ payment_ref: string }>(app.core, 'select payment_ref from sales_order where id = $1', [orderId]);
      expect(o.payment_ref).toBe(p.erpId);

      // the overlap window re-reads it, the ERP delivers it twice, a reconciliation reads everything again
      await erp.setFaults({ duplicates: true });
      await syncPayments();
      await app.core.services.erpSync.reconcile(app.ctx(), 'payments');
      await erp.setFaults({ duplicates: false });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("a payment naming the ERP's document of the reservation finds its proforma", async () => {
    const orderId = await proforma('erp-pay-2');
    // the reservation reaches the ERP, which answers with its own document id
    app.clock.advance(60_000);
    for (const ids of await app.core.services.outboxRelay.claimDue(app.ctx())) await app.core.services.outboxRelay.deliver(app.ctx(), ids);
    const [doc] = await sql<{ erp_id: string }>(
      app.core,
      `select erp_id from erp_document where kind = 'reservation' and kontor_reference = $1`,
      [orderId],
    );
    expect(doc.erp_id).toMatch(/^RES-/);
    const p = await pay({ orderErpId: doc.erp_id });
    await syncPayments();
    expect(await route(p.erpId)).toMatchObject({ status: 'registered', order_id: orderId });
    expect(await reservation(orderId)).toBe('paid');
  });

  it('a payment for an unknown order, or for a cancelled one, is kept with the reason and shown in the quarantine', async () => {
    const unknown = randomUUID();
    const a = await pay({ kontorReference: unknown });
    const b = await pay({ orderErpId: 'ZK-404' });
    const cancelled = await proforma('erp-pay-3');
    const cancel = await app.gql<{ cancelOrder: { __typename: string } }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename } }`,
      { input: { orderId: cancelled, reason: 'no longer needed' } },
      token,
    );
    expect(cancel.data?.cancelOrder.__typename).toBe('Order');
    const c = await pay({ kontorReference: cancelled });
    await syncPayments();
    expect(await route(a.erpId)).toMatchObject({ status: 'unmatched', order_id: null });
    expect((await route(a.erpId)).reason).toContain(unknown);
    expect(await route(b.erpId)).toMatchObject({ status: 'unmatched' });
    expect((await route(b.erpId)).reason).toContain('ERP document ZK-404');
    expect(await route(c.erpId)).toMatchObject({ status: 'refused', order_id: cancelled });
    expect((await route(c.erpId)).reason).toContain('The order is cancelled.');
    // the payments themselves are stored as settlements all the same
    const [n] = await sql<{ n: number }>(app.core, 'select count(*)::int n from payment where erp_id = any($1)', [
      [a.erpId, b.erpId, c.erpId],
    ]);
    expect(n.n).toBe(3);
    const q = await sql<{ reason: string }>(app.core, `select reason from erp_quarantine where entity = 'payments' order by created_at`);
    expect(q.map((r) => r.reason.split(':')[0]).sort()).toEqual([`payment ${a.erpId}`, `payment ${b.erpId}`, `payment ${c.erpId}`].sort());
    // staying unmatched is final: a rerun does not pile up quarantine entries
    await syncPayments();
    const [again] = await sql<{ n: number }>(app.core, `select count(*)::int n from erp_quarantine where entity = 'payments'`);
    expect(again.n).toBe(3);
  });

  it("a payment made by another customer than the order's is kept with the reason, not registered", async () => {
    const [other] = await sql<{ erp_id: string }>(
      app.core,
      `select erp_id from company where erp_id is not null and erp_id <> 'K-0001' and exists (select 1 from payment p where p.company_id = company.id)
        order by erp_id limit 1`,
    );
    const [anyOther] = other
      ? [other]
      : await sql<{ erp_id: string }>(
          app.core,
          `select erp_id from company where erp_id is not null and erp_id <> 'K-0001' order by erp_id limit 1`,
        );
    expect(anyOther?.erp_id).toBeTruthy();
    const orderId = await proforma('erp-pay-4');
    const spy = vi.spyOn(app.core.services.orders, 'registerPayment');
    try {
      const p = (await erp.admin.payment({ customerErpId: anyOther.erp_id, amountMinor: 49900, kontorReference: orderId })) as {
        erpId: string;
      };
      await syncPayments();
      expect(spy).not.toHaveBeenCalled();
      expect(await route(p.erpId)).toMatchObject({ status: 'refused', order_id: orderId });
      expect((await route(p.erpId)).reason).toContain(`made by customer ${anyOther.erp_id}`);
      expect(await reservation(orderId)).toBe('active');
    } finally {
      spy.mockRestore();
    }
  });
});

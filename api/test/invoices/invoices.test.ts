import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS } from '../fixtures';
import { loadDemoSeed, sql, startErpApp, startTestErp, type DemoErp, type ErpTestApp } from '../erp-sync/erp-harness';

const DAY = 86_400_000;
const INVOICES = `query($companyId: ID, $status: InvoiceStatus) { invoices(first: 10, companyId: $companyId, status: $status) {
  edges { node { id number companyId status pdfAvailable gross { amount currency } paid { amount } outstanding { amount } } } } }`;
const SETTLEMENTS = `query($companyId: ID) { settlements(companyId: $companyId) { companyId balance { amount currency } overdue { amount }
  overdueInvoices openInvoices creditLimit { amount } creditUsed { amount } creditAvailable { amount } asOf } }`;
const PAYMENTS = `query($companyId: ID) { payments(first: 10, companyId: $companyId) { edges { node { erpId amount { amount } invoiceNumber method } } } }`;
const PDF = `query($id: ID!) { invoicePdf(id: $id) { filename contentType size sha256 base64 } }`;
const HEALTH = `{ erpSyncHealth { connector outboxPending deadLetters entities { entity lagSeconds stale cursorErpId } } }`;
const DEAD = `{ erpDeadLetters(first: 5) { edges { node { id } } } }`;
const QUARANTINE = `{ erpQuarantine(first: 5) { edges { node { id reason } } } }`;

describe('invoices and settlements from the ERP', () => {
  let erp: DemoErp;
  let app: ErpTestApp;
  const tokens: Record<string, string> = {};
  let invoiceOfB: string;
  let overdueOfA: string;

  beforeAll(async () => {
    erp = await startTestErp({ seed: false });
    app = await startErpApp({ erpUrl: erp.url });
    const { putRecords, issueInvoice, registerPayment } = await loadDemoSeed();
    await putRecords(erp.pool, 'customers', [
      { erpId: 'ERP-A', name: 'Alpha Hurt', taxId: null, blocked: false, creditLimitMinor: 100000, currency: 'PLN' },
      { erpId: 'ERP-B', name: 'Beta Handel', taxId: null, blocked: false, creditLimitMinor: 50000, currency: 'PLN' },
    ]);
    const now = Date.now();
    await issueInvoice(erp.pool, {
      customerErpId: 'ERP-A',
      grossMinor: 12300,
      issuedAt: new Date(now - 40 * DAY),
      dueAt: new Date(now - 10 * DAY),
    });
    const open = await issueInvoice(erp.pool, {
      customerErpId: 'ERP-A',
      grossMinor: 24600,
      issuedAt: new Date(now - 2 * DAY),
      dueAt: new Date(now + 12 * DAY),
    });
    await issueInvoice(erp.pool, {
      customerErpId: 'ERP-B',
      grossMinor: 9900,
      issuedAt: new Date(now - 1 * DAY),
      dueAt: new Date(now + 13 * DAY),
    });
    await registerPayment(erp.pool, { customerErpId: 'ERP-A', invoiceErpId: open.erpId, amountMinor: 4600 });
    for (const e of ['customers', 'invoices', 'payments', 'balances'] as const) await app.core.services.erpSync.syncEntity(app.ctx(), e);
    const pdfs = await app.core.services.invoices.fetchMissingPdfs(app.ctx(), app.core.services.erpConnector!);
    expect(pdfs).toEqual({ fetched: 3, failed: 0 });
    app.core.services.erpFreshness.reset();
    for (const key of ['a', 'b'] as const) {
      for (const level of [...LEVELS, 'admin'] as const) tokens[`${key}.${level}`] = await app.tokenFor(app.world[key].users[level].id);
    }
    tokens.rep = await app.tokenFor(app.world.rep.id);
    tokens.staff = await app.tokenFor(app.world.staffAdmin.id);
    const [b] = await sql<{ id: string }>(
      app.core,
      `select i.id from invoice i join company c on c.id = i.company_id where c.erp_id = 'ERP-B'`,
    );
    invoiceOfB = b.id;
    const [a] = await sql<{ id: string }>(
      app.core,
      `select i.id from invoice i join company c on c.id = i.company_id where c.erp_id = 'ERP-A' order by i.issued_at limit 1`,
    );
    overdueOfA = a.id;
  });
  afterAll(async () => {
    await app?.close();
    await erp?.close();
  });

  it('invoices: only invoices.view (active extended), only the own company', async () => {
    for (const level of ['observer', 'passive', 'active'] as const) {
      const r = await app.gql(INVOICES, {}, tokens[`a.${level}`]);
      expect(r.errors?.[0].extensions?.code, level).toBe('FORBIDDEN');
      expect(r.data?.invoices ?? null).toBeNull();
    }
    const own = await app.gql(INVOICES, {}, tokens['a.active_extended']);
    const nodes = own.data!.invoices.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(2);
    expect(nodes.every((n: any) => n.companyId === app.world.a.company.id)).toBe(true);
    expect(nodes.map((n: any) => [n.status, n.gross.amount, n.paid.amount, n.outstanding.amount, n.pdfAvailable])).toEqual([
      ['OPEN', '246.00', '46.00', '200.00', true],
      ['OVERDUE', '123.00', '0.00', '123.00', true],
    ]);
    const overdue = await app.gql(INVOICES, { status: 'OVERDUE' }, tokens['a.admin']);
    expect(overdue.data!.invoices.edges.map((e: any) => e.node.id)).toEqual([overdueOfA]);
    const other = await app.gql(INVOICES, { companyId: app.world.b.company.id }, tokens['a.active_extended']);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(INVOICES, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('invoices for staff: a rep only for assigned customers and must name one; an admin for any', async () => {
    const mine = await app.gql(INVOICES, { companyId: app.world.a.company.id }, tokens.rep);
    expect(mine.data!.invoices.edges).toHaveLength(2);
    const notMine = await app.gql(INVOICES, { companyId: app.world.b.company.id }, tokens.rep);
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unnamed = await app.gql(INVOICES, {}, tokens.rep);
    expect(unnamed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const admin = await app.gql(INVOICES, { companyId: app.world.b.company.id }, tokens.staff);
    expect(admin.data!.invoices.edges).toHaveLength(1);
  });

  it('the PDF: served to invoices.view only, never another company’s, byte-exact', async () => {
    const ok = await app.gql(PDF, { id: overdueOfA }, tokens['a.active_extended']);
    const file = ok.data!.invoicePdf;
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toBe('%%EOF\n');
    expect(file).toMatchObject({
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(file.filename).toMatch(/^FV_\d{4}_\d{6}\.pdf$/);
    for (const level of ['observer', 'passive', 'active'] as const) {
      expect((await app.gql(PDF, { id: overdueOfA }, tokens[`a.${level}`])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const foreign = await app.gql(PDF, { id: invoiceOfB }, tokens['a.active_extended']);
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data!.invoicePdf).toBeNull();
    const foreignInvoice = await app.gql(`query($id: ID!) { invoice(id: $id) { id } }`, { id: invoiceOfB }, tokens['a.admin']);
    expect(foreignInvoice.data!.invoice).toBeNull();
    expect((await app.gql(PDF, { id: invoiceOfB }, tokens.rep)).data!.invoicePdf).toBeNull();
    expect((await app.gql(PDF, { id: invoiceOfB }, tokens.staff)).data!.invoicePdf.size).toBeGreaterThan(100);
    expect((await app.gql(PDF, { id: overdueOfA })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('settlements and payments: settlements.view (passive and up), own company only', async () => {
    const denied = await app.gql(SETTLEMENTS, {}, tokens['a.observer']);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(PAYMENTS, {}, tokens['a.observer'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const level of ['passive', 'active', 'active_extended'] as const) {
      const s = await app.gql(SETTLEMENTS, {}, tokens[`a.${level}`]);
      expect(s.data!.settlements, level).toMatchObject({
        companyId: app.world.a.company.id,
        balance: { amount: '323.00', currency: 'PLN' },
        overdue: { amount: '123.00' },
        overdueInvoices: 1,
        openInvoices: 1,
        creditLimit: { amount: '1000.00' },
        creditUsed: { amount: '323.00' },
        creditAvailable: { amount: '677.00' },
      });
    }
    const p = await app.gql(PAYMENTS, {}, tokens['a.passive']);
    expect(p.data!.payments.edges.map((e: any) => e.node)).toEqual([
      {
        erpId: expect.stringMatching(/^KP-/),
        amount: { amount: '46.00' },
        invoiceNumber: expect.stringMatching(/^FV\//),
        method: 'transfer',
      },
    ]);
    expect((await app.gql(SETTLEMENTS, { companyId: app.world.b.company.id }, tokens['a.passive'])).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(PAYMENTS, { companyId: app.world.b.company.id }, tokens['b.passive'])).data!.payments.edges).toEqual([]);
    expect((await app.gql(SETTLEMENTS, { companyId: app.world.b.company.id }, tokens.rep)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(SETTLEMENTS, { companyId: app.world.b.company.id }, tokens.staff)).data!.settlements.balance.amount).toBe(
      '99.00',
    );
    expect((await app.gql(SETTLEMENTS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a payment registered in the ERP updates paid amounts, balance and overdue', async () => {
    const { registerPayment } = await loadDemoSeed();
    const [inv] = await sql<{ erp_id: string }>(app.core, `select erp_id from invoice where id = $1`, [overdueOfA]);
    await registerPayment(erp.pool, { customerErpId: 'ERP-A', invoiceErpId: inv.erp_id, amountMinor: 12300 });
    for (const e of ['payments', 'balances'] as const) await app.core.services.erpSync.syncEntity(app.ctx(), e);
    const s = await app.gql(SETTLEMENTS, {}, tokens['a.passive']);
    expect(s.data!.settlements).toMatchObject({ balance: { amount: '200.00' }, overdue: { amount: '0.00' }, overdueInvoices: 0 });
    const overdue = await app.gql(INVOICES, { status: 'OVERDUE' }, tokens['a.active_extended']);
    expect(overdue.data!.invoices.edges).toEqual([]);
  });

  it('ERP health, dead letters and quarantine: staff with staff.erp.manage only', async () => {
    for (const q of [HEALTH, DEAD, QUARANTINE]) {
      for (const who of ['a.observer', 'a.active_extended', 'a.admin', 'rep']) {
        const r = await app.gql(q, {}, tokens[who]);
        expect(r.errors?.[0].extensions?.code, `${who} ${q.slice(0, 20)}`).toBe('FORBIDDEN');
      }
      expect((await app.gql(q, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await app.gql(q, {}, tokens.staff)).errors).toBeUndefined();
    }
    const h = (await app.gql(HEALTH, {}, tokens.staff)).data!.erpSyncHealth;
    expect(h.connector).toBe('bridge');
    const invoices = h.entities.find((e: any) => e.entity === 'invoices');
    expect(invoices).toMatchObject({ stale: false, lagSeconds: 0 });
    expect(h.entities.find((e: any) => e.entity === 'promotions')).toMatchObject({ lagSeconds: null, stale: true });
  });
});

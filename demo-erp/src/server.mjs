import http from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { changes, ENTITIES, ensureDatabase, getRecord, migrate, NOW, putRecords } from './db.mjs';
import { adminPage } from './page.mjs';
import { issueInvoice, registerPayment, seedDemo } from './seed.mjs';

const KINDS = [
  'order',
  'reservation',
  'reservationRelease',
  'shipmentRequest',
  'return',
  'payment',
  'orderCancellation',
  'orderChange',
  'transferRequest',
];
/** Document number prefixes: ZK order, MM inter-warehouse transfer, ANUL cancellation, ZMZ order change; others by their kind. */
const PREFIX = { order: 'ZK', transferRequest: 'MM', orderCancellation: 'ANUL', orderChange: 'ZMZ' };
/** Statuses in which an order's lines may still change. */
const OPEN = ['received', 'accepted'];
const STATUSES = ['received', 'accepted', 'fulfilled', 'cancelled'];

/** Fault switches: all off by default; set through POST /admin/faults or `erp.setFaults()`. */
export const NO_FAULTS = Object.freeze({
  down: false, // every /v1 request: the connection is dropped without an answer
  slowMs: 0, // every /v1 answer waits this long
  error5xxRate: 0, // share of /v1 requests answered 500 before doing anything
  lostReplyRate: 0, // share of pushes processed and then answered by a dropped connection (ambiguous)
  duplicates: false, // change pages carry every record twice
  reorder: false, // change pages come in reverse order (the cursor still covers the page)
  truncate: false, // change pages are cut off halfway (a broken transfer)
});

const encodeCursor = (c) => (c ? Buffer.from(JSON.stringify(c)).toString('base64url') : null);
function decodeCursor(s) {
  if (!s) return null;
  const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  if (typeof v?.modifiedAt !== 'string' || typeof v?.erpId !== 'string' || Number.isNaN(Date.parse(v.modifiedAt)))
    throw new Error('bad cursor');
  return v;
}

async function readJson(req, max = 5 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > max) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(c);
  }
  if (!size) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('body is not valid JSON'), { status: 400 });
  }
}

const send = (res, status, body, type = 'application/json') => {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, { 'content-type': type, 'content-length': data.length });
  res.end(data);
};

/**
 * Starts the demo ERP. Options: databaseUrl (created when missing), port (0: random), host, token (optional
 * bearer token for /v1), seed (demo data when empty; default true), catalogFrom (a Kontor database URL to take
 * the demo catalog from instead of generating one), random (for fault rates; tests pass a deterministic one).
 */
export async function startDemoErp({
  databaseUrl,
  port = 0,
  host = '127.0.0.1',
  token = null,
  seed = true,
  catalogFrom = null,
  random = Math.random,
} = {}) {
  if (!databaseUrl)
    throw new Error('The demo ERP needs a databaseUrl (DEMO_ERP_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/kontor_demo_erp');
  await ensureDatabase(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  // an idle connection dropped by the server (e.g. PostgreSQL shutting down first) is not a crash
  pool.on('error', (err) => console.error(`demo ERP: database connection lost: ${err.message}`));
  await migrate(pool);
  if (seed) await seedDemo(pool, { catalogFrom });
  let faults = { ...NO_FAULTS };
  const stats = { pulls: 0, pushes: 0, created: 0, deduplicated: 0, lookups: 0 };

  async function receive(kind, body, key) {
    const ref = body?.kontorReference;
    if (typeof ref !== 'string' || !ref) return [422, { error: 'kontorReference is required' }];
    const existing = await pool.query(
      'select kind, kontor_reference, erp_id, erp_number, status from erp_doc where idempotency_key = $1 or (kind = $2 and kontor_reference = $3) limit 1',
      [key, kind, ref],
    );
    if (existing.rows[0]) {
      stats.deduplicated++;
      return [200, docOut(existing.rows[0])];
    }
    if (kind === 'order') {
      if (!Array.isArray(body.lines) || !body.lines.length) return [422, { error: 'an order needs lines' }];
      const customer = await getRecord(pool, 'customers', body.customerErpId);
      if (!customer) return [422, { error: `unknown customer ${body.customerErpId}` }];
      if (customer.blocked) return [422, { error: `customer ${body.customerErpId} is blocked` }];
    }
    let cancels = null;
    if (kind === 'orderCancellation') {
      const order = (await pool.query(`select status from erp_doc where kind = 'order' and kontor_reference = $1`, [ref])).rows[0];
      if (order?.status === 'fulfilled') return [422, { error: `order ${ref} is fulfilled; it cannot be cancelled` }];
      cancels = order ? ref : null; // a proforma never sent as an order has nothing to cancel here
    }
    let changes = null;
    if (kind === 'orderChange') {
      // the order (or, for a proforma, its reservation) whose lines and totals the change replaces
      const target = typeof body.orderKontorReference === 'string' && body.orderKontorReference ? body.orderKontorReference : null;
      if (!target) return [422, { error: 'orderKontorReference is required' }];
      if (!Array.isArray(body.lines) || !body.lines.length) return [422, { error: 'an order change needs lines' }];
      const order = (
        await pool.query(
          `select kind, status from erp_doc where kind in ('order', 'reservation') and kontor_reference = $1
            order by kind = $2 desc limit 1`,
          [target, body.documentType === 'proforma' ? 'reservation' : 'order'],
        )
      ).rows[0];
      if (!order) return [422, { error: `unknown order ${target}: there is nothing to change` }];
      if (!OPEN.includes(order.status)) return [422, { error: `order ${target} is ${order.status}; its lines can no longer be changed` }];
      for (const l of body.lines)
        if (!(await getRecord(pool, 'products', l.productErpId))) return [422, { error: `unknown product ${l.productErpId}` }];
      changes = { kind: order.kind, ref: target };
    }
    if (kind === 'transferRequest') {
      if (!Array.isArray(body.lines) || !body.lines.length) return [422, { error: 'a transfer request needs lines' }];
      for (const w of [body.fromWarehouseErpId, body.toWarehouseErpId])
        if (!(await getRecord(pool, 'warehouses', w))) return [422, { error: `unknown warehouse ${w}` }];
      if (body.fromWarehouseErpId === body.toWarehouseErpId) return [422, { error: 'a transfer needs two different warehouses' }];
      for (const l of body.lines)
        if (!(await getRecord(pool, 'products', l.productErpId))) return [422, { error: `unknown product ${l.productErpId}` }];
    }
    const n = (await pool.query(`select nextval('erp_doc_no') as n`)).rows[0].n;
    const prefix = PREFIX[kind] ?? kind.slice(0, 3).toUpperCase();
    const erpId = `${prefix}-${n}`;
    const number = `${prefix}/${new Date().getUTCFullYear()}/${String(n).padStart(6, '0')}`;
    // the document and (for a change) the order's new lines and totals commit together
    const db = await pool.connect();
    let ins;
    try {
      await db.query('begin');
      ins = await db.query(
        `insert into erp_doc (kind, kontor_reference, erp_id, erp_number, status, customer_erp_id, body, idempotency_key)
         values ($1, $2, $3, $4, 'received', $5, $6, $7) on conflict do nothing returning kind, kontor_reference, erp_id, erp_number, status`,
        [kind, ref, erpId, number, body.customerErpId ?? null, body, key],
      );
      if (ins.rows[0] && changes) {
        // a change older than one already applied (a late replay) changes nothing
        await db.query(
          `update erp_doc set body = body || jsonb_build_object('lines', $3::jsonb, 'netMinor', $4::bigint, 'grossMinor', $5::bigint,
                  'currency', coalesce($6, body->>'currency'), 'changedAt', $7::text, 'changedBy', $8::text, 'changeSequence', $9::bigint)
            where kind = $1 and kontor_reference = $2 and coalesce((body->>'changeSequence')::bigint, 0) < $9::bigint`,
          [
            changes.kind,
            changes.ref,
            JSON.stringify(body.lines),
            body.netMinor ?? null,
            body.grossMinor ?? null,
            body.currency ?? null,
            body.changedAt ?? null,
            ref,
            Number.isInteger(body.sequence) ? body.sequence : Number(n),
          ],
        );
      }
      await db.query('commit');
    } catch (err) {
      await db.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      db.release();
    }
    if (!ins.rows[0]) return receive(kind, body, key); // a concurrent duplicate won
    stats.created++;
    await putStatus(kind, ref, 'received', null);
    if (cancels) await putStatus('order', cancels, 'cancelled', body.reason ?? 'Cancelled in Kontor');
    return [201, docOut(ins.rows[0])];
  }

  async function putStatus(kind, ref, status, reason) {
    const d = (await pool.query('select erp_id, erp_number from erp_doc where kind = $1 and kontor_reference = $2', [kind, ref])).rows[0];
    if (!d) return null;
    await pool.query('update erp_doc set status = $3 where kind = $1 and kontor_reference = $2', [kind, ref, status]);
    const changedAt = (await pool.query(`select ${NOW} as t`)).rows[0].t.toISOString();
    await putRecords(pool, 'orderStatuses', [
      { erpId: d.erp_id, kontorReference: ref, documentKind: kind, erpNumber: d.erp_number, status, reason, changedAt },
    ]);
    return { erpId: d.erp_id, status };
  }

  const docOut = (r) => ({ kontorReference: r.kontor_reference, erpId: r.erp_id, erpNumber: r.erp_number, status: r.status });

  async function v1(req, res, url) {
    stats.pulls += req.method === 'GET' ? 1 : 0;
    if (token && req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'missing or wrong bearer token' });
    if (faults.down) return req.socket.destroy();
    if (faults.slowMs) await new Promise((r) => setTimeout(r, faults.slowMs));
    if (faults.error5xxRate && random() < faults.error5xxRate) return send(res, 500, { error: 'injected failure' });
    const parts = url.pathname.split('/').filter(Boolean); // v1, …
    if (req.method === 'GET' && parts[1] === 'changes' && parts.length === 3) {
      const entity = parts[2];
      if (!ENTITIES.includes(entity)) return send(res, 404, { error: `unknown entity ${entity}` });
      let after;
      try {
        after = decodeCursor(url.searchParams.get('after'));
      } catch {
        return send(res, 400, { error: 'malformed cursor' });
      }
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 1000, 1), 100000);
      const page = await changes(pool, entity, after, limit);
      const last = page.rows.at(-1);
      const next = last ? { modifiedAt: last.m, erpId: last.erp_id } : after;
      let parts2 = page.rows.map((r) => `{"erpId":${JSON.stringify(r.erp_id)},"modifiedAt":"${r.m}",${r.doc.slice(1)}`);
      parts2 = parts2.map((p) => (p.endsWith(',}') ? `${p.slice(0, -2)}}` : p));
      if (faults.duplicates) parts2 = parts2.flatMap((p) => [p, p]);
      if (faults.reorder) parts2.reverse();
      const body = `{"protocol":"kontor-bridge/1","entity":${JSON.stringify(entity)},"records":[${parts2.join(',')}],"next":${JSON.stringify(encodeCursor(next))},"hasMore":${page.hasMore}}`;
      return send(res, 200, faults.truncate ? body.slice(0, Math.floor(body.length / 2)) : body);
    }
    if (req.method === 'POST' && (url.pathname === '/v1/orders' || (parts[1] === 'documents' && parts.length === 3))) {
      const kind = url.pathname === '/v1/orders' ? 'order' : parts[2];
      if (!KINDS.includes(kind)) return send(res, 404, { error: `unknown document kind ${kind}` });
      const key = req.headers['idempotency-key'];
      if (!key) return send(res, 400, { error: 'the Idempotency-Key header is required' });
      const body = await readJson(req);
      stats.pushes++;
      const [status, out] = await receive(kind, body, String(key));
      if (status < 300 && faults.lostReplyRate && random() < faults.lostReplyRate) return req.socket.destroy();
      return send(res, status, out);
    }
    if (req.method === 'GET' && parts[1] === 'documents' && parts.length === 4) {
      stats.lookups++;
      const r = await pool.query(
        'select kind, kontor_reference, erp_id, erp_number, status from erp_doc where kind = $1 and kontor_reference = $2',
        [parts[2], decodeURIComponent(parts[3])],
      );
      return r.rows[0] ? send(res, 200, docOut(r.rows[0])) : send(res, 404, { error: 'no such document' });
    }
    if (req.method === 'GET' && parts[1] === 'invoices' && parts[3] === 'pdf') {
      const r = await pool.query('select content from erp_pdf where invoice_erp_id = $1', [decodeURIComponent(parts[2])]);
      return r.rows[0] ? send(res, 200, r.rows[0].content, 'application/pdf') : send(res, 404, { error: 'no such invoice PDF' });
    }
    return send(res, 404, { error: 'not found' });
  }

  const admin = {
    async faults(b) {
      const next = { ...faults };
      for (const k of Object.keys(NO_FAULTS))
        if (b[k] !== undefined) next[k] = typeof NO_FAULTS[k] === 'boolean' ? !!b[k] : Number(b[k]) || 0;
      faults = next;
      return faults;
    },
    async price(b) {
      const id = `${b.priceListErpId ?? 'PL-DET'}:${b.productErpId}:1`;
      const cur = await getRecord(pool, 'prices', id);
      if (!cur) throw Object.assign(new Error(`no price ${id}`), { status: 404 });
      await putRecords(pool, 'prices', [{ ...cur, netMinor: Number(b.netMinor) }]);
      return getRecord(pool, 'prices', id);
    },
    async stock(b) {
      const id = `${b.warehouseErpId ?? 'W-WAW'}:${b.productErpId}`;
      const cur = await getRecord(pool, 'stock', id);
      if (!cur) throw Object.assign(new Error(`no stock row ${id}`), { status: 404 });
      const planned =
        b.plannedDate && Number(b.plannedQuantity) > 0
          ? {
              planned: [
                ...(cur.planned ?? []).filter((d) => d.date !== b.plannedDate),
                { date: b.plannedDate, quantity: Number(b.plannedQuantity) },
              ],
            }
          : b.clearPlanned
            ? { planned: [] }
            : {};
      await putRecords(pool, 'stock', [
        {
          ...cur,
          ...(b.onHand !== undefined && b.onHand !== '' ? { onHand: Number(b.onHand) } : {}),
          ...(b.erpReserved !== undefined ? { erpReserved: Number(b.erpReserved) } : {}),
          ...planned,
        },
      ]);
      return getRecord(pool, 'stock', id);
    },
    async status(b) {
      if (!STATUSES.includes(b.status)) throw Object.assign(new Error(`status must be one of ${STATUSES.join(', ')}`), { status: 400 });
      const out = await putStatus(b.kind ?? 'order', b.kontorReference, b.status, b.reason ?? null);
      if (!out) throw Object.assign(new Error(`no document ${b.kontorReference}`), { status: 404 });
      return out;
    },
    async block(b) {
      const cur = await getRecord(pool, 'customers', b.customerErpId);
      if (!cur) throw Object.assign(new Error(`no customer ${b.customerErpId}`), { status: 404 });
      const blocked = b.blocked !== false;
      await putRecords(pool, 'customers', [{ ...cur, blocked, blockedReason: blocked ? (b.reason ?? 'Blocked in the ERP') : null }]);
      return getRecord(pool, 'customers', b.customerErpId);
    },
    invoice: (b) =>
      issueInvoice(pool, { customerErpId: b.customerErpId, grossMinor: Number(b.grossMinor), kontorReference: b.kontorReference || null }),
    payment: (b) =>
      registerPayment(pool, {
        customerErpId: b.customerErpId,
        invoiceErpId: b.invoiceErpId || null,
        amountMinor: Number(b.amountMinor),
        kontorReference: b.kontorReference || null,
        orderErpId: b.orderErpId || null,
      }),
    async state() {
      const docs = await pool.query(
        `select kind, kontor_reference, erp_id, erp_number, status, created_at,
                case when kind <> 'order' then body
                     else jsonb_strip_nulls(jsonb_build_object('lines', body->'lines', 'netMinor', body->'netMinor', 'grossMinor', body->'grossMinor',
                                                               'changedAt', body->'changedAt', 'changedBy', body->'changedBy')) end as body
           from erp_doc order by created_at desc limit 50`,
      );
      const counts = await pool.query('select entity, count(*)::int as n from erp_record group by entity order by entity');
      return { faults, stats, counts: Object.fromEntries(counts.rows.map((r) => [r.entity, r.n])), documents: docs.rows };
    },
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://erp');
    const run = async () => {
      if (url.pathname.startsWith('/v1/')) return v1(req, res, url);
      if (req.method === 'GET' && url.pathname === '/') return send(res, 200, adminPage(), 'text/html; charset=utf-8');
      if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true });
      if (req.method === 'GET' && url.pathname === '/admin/state') return send(res, 200, await admin.state());
      const action = url.pathname.startsWith('/admin/') ? url.pathname.slice(7) : null;
      if (req.method === 'POST' && action && typeof admin[action] === 'function' && action !== 'state') {
        return send(res, 200, await admin[action](await readJson(req)));
      }
      return send(res, 404, { error: 'not found' });
    };
    run().catch((err) => {
      if (!res.headersSent) send(res, err.status ?? 500, { error: err.message });
    });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const addr = server.address();
  const url = `http://${host}:${addr.port}`;
  return {
    url,
    pool,
    stats,
    admin,
    setFaults: (f) => admin.faults(f),
    get faults() {
      return faults;
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(() => r()));
      await pool.end();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.DEMO_ERP_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kontor_demo_erp';
  startDemoErp({
    databaseUrl,
    port: Number(process.env.DEMO_ERP_PORT ?? 4100),
    host: process.env.DEMO_ERP_HOST ?? '127.0.0.1',
    token: process.env.DEMO_ERP_TOKEN || null,
    // npm start: take the demo catalog from Kontor's demo data once, so both sides agree from the start
    catalogFrom: process.env.DEMO_ERP_CATALOG_FROM || null,
  }).then(
    (erp) => {
      console.log(`Demo ERP (Kontor bridge protocol v1) on ${erp.url} — admin page at ${erp.url}/`);
      const stop = () => void erp.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}

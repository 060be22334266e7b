import type { OutboundKind, TransferRequestDocument } from './erp-connector';
import type { PgClient } from './pg';

/**
 * From an outbox row to the canonical document the ERP receives (docs/bridge-protocol/schemas). Modules write
 * their outbox payloads with Kontor's ids (they know no ERP ids); this is where those become the ERP's ids,
 * once per delivery batch, before anything is sent.
 */

export interface OutboxPayloadRow {
  id: string;
  aggregate_id: string;
  kind: OutboundKind;
  /** The message's place among its aggregate's messages (outbox.seq). */
  seq: number;
  payload: Record<string, unknown>;
}

/**
 * The ERP's external reference of a message's document. A transfer request is a document of its own (an order
 * may need one per source warehouse), so it goes by the transfer's id. An order change is one too (an order may
 * be changed many times, and each change must be a document of its own, never mistaken for the order or for an
 * earlier change when the relay looks it up before a resend): `<order reference>:change:<seq>`, the outbox
 * message's seq. Every other kind goes by the payload's `kontorReference`, else the aggregate's id.
 */
export function documentReference(row: Pick<OutboxPayloadRow, 'aggregate_id' | 'kind' | 'seq' | 'payload'>): string {
  const p = row.payload;
  if (row.kind === 'transferRequest' && typeof p.transferId === 'string' && p.transferId) return p.transferId;
  const own = typeof p.kontorReference === 'string' && p.kontorReference ? p.kontorReference : row.aggregate_id;
  if (row.kind === 'orderChange') return orderChangeReference(own, row.seq);
  return own;
}

/** The reference of an order's change: the order's reference and the change message's seq. */
export const orderChangeReference = (orderReference: string, seq: number) => `${orderReference}:change:${seq}`;

export type PreparedDocument = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

interface TransferPayloadLine {
  productId?: unknown;
  productErpId?: unknown;
  sku?: unknown;
  quantity?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/**
 * The bodies to send, by outbox row id. Kinds that need no translation pass through as written; an order change
 * gets its own reference and names its order (orderChangeDocument); a transfer request gets the ERP ids of its
 * warehouses and products (two queries for the whole batch). A message that can never be sent (a product the ERP
 * does not know) gets a reason instead: it becomes a dead letter.
 */
export async function prepareDocuments(client: PgClient, rows: readonly OutboxPayloadRow[]): Promise<Map<string, PreparedDocument>> {
  const out = new Map<string, PreparedDocument>();
  const transfers = rows.filter((r) => r.kind === 'transferRequest');
  for (const r of rows) {
    if (r.kind === 'orderChange') out.set(r.id, orderChangeDocument(r));
    else if (r.kind !== 'transferRequest') out.set(r.id, { ok: true, body: r.payload });
  }
  if (!transfers.length) return out;
  const warehouseIds = new Set<string>();
  const productIds = new Set<string>();
  for (const t of transfers) {
    for (const k of ['fromWarehouseId', 'toWarehouseId']) if (str(t.payload[k])) warehouseIds.add(t.payload[k] as string);
    for (const l of (Array.isArray(t.payload.lines) ? t.payload.lines : []) as TransferPayloadLine[])
      if (str(l.productId)) productIds.add(l.productId as string);
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const lookup = async (table: 'warehouse' | 'product', ids: Set<string>) => {
    const valid = [...ids].filter((id) => uuid.test(id));
    if (!valid.length) return new Map<string, string | null>();
    const res = await client.query<{ id: string; erp_id: string | null }>(
      `select id::text, erp_id from "${table}" where id = any($1::uuid[])`,
      [valid],
    );
    return new Map(res.rows.map((r) => [r.id, r.erp_id]));
  };
  const warehouses = await lookup('warehouse', warehouseIds);
  const products = await lookup('product', productIds);
  for (const t of transfers) out.set(t.id, transferDocument(t, warehouses, products));
  return out;
}

/**
 * `orderChange` (docs/bridge-protocol/schemas/orderChange.json): the payload as the orders module wrote it (the
 * order's lines and totals after the change, same line shape as the order), with the change's own
 * `kontorReference`, the order's in `orderKontorReference`, and `sequence` (the message's seq: a later change of
 * the same order has a higher one).
 */
function orderChangeDocument(row: OutboxPayloadRow): PreparedDocument {
  const p = row.payload;
  const order = str(p.kontorReference) ?? row.aggregate_id;
  if (!Array.isArray(p.lines) || !p.lines.length)
    return { ok: false, reason: `the change of order ${order} cannot be sent: it has no lines` };
  return { ok: true, body: { ...p, kontorReference: documentReference(row), orderKontorReference: order, sequence: row.seq } };
}

function transferDocument(
  row: OutboxPayloadRow,
  warehouses: Map<string, string | null>,
  products: Map<string, string | null>,
): PreparedDocument {
  const p = row.payload;
  const warehouse = (erpKey: string, idKey: string, what: string): string | { reason: string } => {
    const given = str(p[erpKey]);
    if (given) return given;
    const id = str(p[idKey]);
    const erp = id ? warehouses.get(id) : undefined;
    if (erp) return erp;
    return {
      reason:
        id && warehouses.has(id) ? `the ${what} warehouse has no ERP id in Kontor` : `the ${what} warehouse (${id ?? 'none'}) is unknown`,
    };
  };
  const from = warehouse('fromWarehouseErpId', 'fromWarehouseId', 'source');
  if (typeof from !== 'string') return { ok: false, reason: `the transfer request cannot be sent: ${from.reason}` };
  const to = warehouse('toWarehouseErpId', 'toWarehouseId', 'target');
  if (typeof to !== 'string') return { ok: false, reason: `the transfer request cannot be sent: ${to.reason}` };
  const raw = (Array.isArray(p.lines) ? p.lines : []) as TransferPayloadLine[];
  if (!raw.length) return { ok: false, reason: 'the transfer request cannot be sent: it has no lines' };
  const lines: TransferRequestDocument['lines'] = [];
  for (const [i, l] of raw.entries()) {
    const sku = str(l.sku);
    const id = str(l.productId);
    const productErpId = str(l.productErpId) ?? (id ? products.get(id) : null);
    if (!productErpId) {
      return {
        ok: false,
        reason: `the transfer request cannot be sent: line ${i + 1} (product ${sku ?? id ?? '?'}) has no ERP id, so the ERP cannot know the product`,
      };
    }
    const quantity = Number(l.quantity);
    if (!Number.isFinite(quantity) || quantity <= 0)
      return { ok: false, reason: `the transfer request cannot be sent: line ${i + 1} has quantity ${String(l.quantity)}` };
    lines.push({ lineNo: i + 1, productErpId, sku, quantity });
  }
  const body: TransferRequestDocument & Record<string, unknown> = {
    kontorReference: documentReference(row),
    orderKontorReference: str(p.kontorReference) ?? row.aggregate_id,
    shipmentId: str(p.shipmentId),
    fromWarehouseErpId: from,
    toWarehouseErpId: to,
    lines,
  };
  return { ok: true, body };
}

import type { PgClient } from '../erp-sync/pg';

export interface OrderLineView {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  warehouseId: string | null;
  quantity: number;
  listNetMinor: number;
  unitNetMinor: number;
  unitGrossMinor: number;
  manualDiscountMinor: number;
  lineNetMinor: number;
  lineGrossMinor: number;
  vatRateBp: number;
  rule: string;
  note: string | null;
}

export interface OrderView {
  id: string;
  number: string;
  kind: 'order' | 'proforma';
  status: string;
  companyId: string;
  placedByUserId: string | null;
  repUserId: string | null;
  idempotencyKey: string;
  poNumber: string | null;
  note: string | null;
  deliveryAddress: Record<string, unknown> | null;
  shippingMethod: string | null;
  requestedDate: string | null;
  currency: string;
  netMinor: number;
  grossMinor: number;
  discountMinor: number;
  creditWarning: string | null;
  paidAt: Date | null;
  erpNumber: string | null;
  placedAt: Date;
  updatedAt: Date;
  /** Grows by one with every change of the order (optimistic concurrency). */
  version: number;
  lines: OrderLineView[];
}

/** The select list of an order with its lines as json (one statement per page of orders). */
export const ORDER_SELECT = `
select o.id, o.number, o.kind, o.status, o.company_id as "companyId", o.placed_by_id as "placedByUserId", o.rep_id as "repUserId",
       o.idempotency_key as "idempotencyKey", o.po_number as "poNumber", o.note, o.delivery_address as "deliveryAddress",
       o.shipping_method as "shippingMethod", to_char(o.requested_date, 'YYYY-MM-DD') as "requestedDate", o.currency,
       o.net_minor::float8 as "netMinor", o.gross_minor::float8 as "grossMinor", o.discount_minor::float8 as "discountMinor",
       o.credit_warning as "creditWarning", o.paid_at as "paidAt", o.erp_number as "erpNumber", o.placed_at as "placedAt", o.updated_at as "updatedAt",
       o.version,
       coalesce((select json_agg(json_build_object(
           'id', l.id, 'lineNo', l.line_no, 'productId', l.product_id, 'sku', l.sku, 'warehouseId', l.warehouse_id,
           'quantity', l.quantity::float8, 'listNetMinor', l.list_net_minor, 'unitNetMinor', l.unit_net_minor,
           'unitGrossMinor', l.unit_gross_minor, 'manualDiscountMinor', l.manual_discount_minor, 'lineNetMinor', l.line_net_minor,
           'lineGrossMinor', l.line_gross_minor, 'vatRateBp', l.vat_rate_bp, 'rule', l.rule, 'note', l.note) order by l.line_no)
         from order_line l where l.order_id = o.id), '[]') as lines
  from sales_order o`;

export function toOrderView(r: OrderView): OrderView {
  return {
    ...r,
    paidAt: r.paidAt ? new Date(r.paidAt) : null,
    placedAt: new Date(r.placedAt),
    updatedAt: new Date(r.updatedAt),
    lines: r.lines.map((l) => ({
      ...l,
      listNetMinor: Number(l.listNetMinor),
      unitNetMinor: Number(l.unitNetMinor),
      unitGrossMinor: Number(l.unitGrossMinor),
      manualDiscountMinor: Number(l.manualDiscountMinor),
      lineNetMinor: Number(l.lineNetMinor),
      lineGrossMinor: Number(l.lineGrossMinor),
    })),
  };
}

export async function readOrder(client: PgClient, where: string, params: unknown[]): Promise<OrderView | null> {
  const res = await client.query<OrderView>(`${ORDER_SELECT} where ${where}`, params);
  return res.rows[0] ? toOrderView(res.rows[0]) : null;
}

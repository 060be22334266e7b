import { randomUUID } from 'node:crypto';
import { canReachCompany, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { enqueueOutboxPg } from '../erp-sync/outbox';
import { inPgTransaction } from '../erp-sync/pg';
import { invalid, isUuid, notFound, ok, pooled, Rollback, type Failure, type Outcome } from '../orders/orders.common';

export type ShipmentMethod = 'pickup' | 'carrierDepot' | 'carrierDelivery' | 'ownDelivery';
export const SHIPMENT_METHODS: readonly ShipmentMethod[] = ['pickup', 'carrierDepot', 'carrierDelivery', 'ownDelivery'];

export interface RequestShipmentInput {
  orderId: string;
  idempotencyKey: string;
  method: ShipmentMethod;
  pickupWarehouseId?: string | null;
  address?: Record<string, unknown> | null;
  contactName: string;
  contactPhone?: string | null;
  requestedDate: string;
  note?: string | null;
}

export interface TransferView {
  id: string;
  fromWarehouseId: string;
  toWarehouseId: string;
  lines: Array<{ productId: string; sku: string; quantity: number }>;
  status: string;
  createdAt: Date;
}

export interface ShipmentView {
  id: string;
  companyId: string;
  orderId: string;
  method: ShipmentMethod;
  pickupWarehouseId: string | null;
  address: Record<string, unknown> | null;
  contactName: string;
  contactPhone: string | null;
  requestedDate: string;
  note: string | null;
  status: string;
  createdAt: Date;
  transfers: TransferView[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The bridge protocol's names for the methods. */
const BRIDGE_METHOD: Record<ShipmentMethod, string> = {
  pickup: 'pickup',
  carrierDepot: 'carrierDepot',
  carrierDelivery: 'carrier',
  ownDelivery: 'own',
};

const SELECT = `
select s.id, s.company_id as "companyId", s.order_id as "orderId", s.method, s.pickup_warehouse_id as "pickupWarehouseId", s.address,
       s.contact_name as "contactName", s.contact_phone as "contactPhone", to_char(s.requested_date, 'YYYY-MM-DD') as "requestedDate",
       s.note, s.status, s.created_at as "createdAt",
       coalesce((select json_agg(json_build_object('id', t.id, 'fromWarehouseId', t.from_warehouse_id, 'toWarehouseId', t.to_warehouse_id,
                  'lines', t.lines, 'status', t.status, 'createdAt', t.created_at) order by t.created_at) from transfer_request t where t.shipment_id = s.id), '[]') as transfers
  from shipment_request s`;

const view = (r: ShipmentView): ShipmentView => ({
  ...r,
  createdAt: new Date(r.createdAt),
  transfers: r.transfers.map((t) => ({ ...t, createdAt: new Date(t.createdAt) })),
});

/**
 * Shipment requests (DESIGN.md §6) from a reserved or paid proforma, or from an order on its way. A pick-up
 * at a warehouse other than the one holding the goods creates an inter-warehouse transfer request for the ERP.
 * The request, its transfers and their outbox messages commit together. Idempotent per company and key.
 */
export class ShipmentsService {
  async request(ctx: Ctx, input: RequestShipmentInput): Promise<Outcome<ShipmentView>> {
    if (!isUuid(input.orderId)) return notFound('The order');
    const key = input.idempotencyKey?.trim();
    if (!key || key.length > 200) return invalid('idempotencyKey must be 1–200 characters.');
    if (!SHIPMENT_METHODS.includes(input.method)) return invalid(`method must be one of ${SHIPMENT_METHODS.join(', ')}.`);
    if (!input.contactName?.trim() || input.contactName.length > 200) return invalid('A contact person (1–200 characters) is required.');
    if (input.contactPhone && input.contactPhone.length > 50) return invalid('The phone number is too long.');
    if (input.note && input.note.length > 2000) return invalid('The note may have at most 2000 characters.');
    if (!DATE.test(input.requestedDate ?? '') || Number.isNaN(Date.parse(input.requestedDate)))
      return invalid('requestedDate must be a date like 2026-12-01.');
    if (input.method === 'pickup' && !isUuid(input.pickupWarehouseId)) return invalid('A pick-up names the warehouse (pickupWarehouseId).');
    if ((input.method === 'carrierDelivery' || input.method === 'ownDelivery' || input.method === 'carrierDepot') && !input.address) {
      return invalid('A delivery needs an address.');
    }
    if (input.address && JSON.stringify(input.address).length > 4000) return invalid('The address is too long.');

    const now = ctx.clock.now();
    const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
    let id: string;
    try {
      id = await inPgTransaction(ctx.em, async (tx) => {
        const o = await tx.query<{ company_id: string; kind: string; status: string; reservation: string | null }>(
          `select o.company_id, o.kind, o.status, r.status as reservation from sales_order o left join reservation r on r.order_id = o.id
            where o.id = $1 for update of o`,
          [input.orderId],
        );
        const order = o.rows[0];
        if (!order || !canReachCompany(ctx.actor, order.company_id)) throw new Rollback(notFound('The order'));
        const dup = await tx.query<{ id: string }>('select id from shipment_request where company_id = $1 and idempotency_key = $2', [
          order.company_id,
          key,
        ]);
        if (dup.rows.length) return dup.rows[0].id;
        if (order.status === 'cancelled' || order.status === 'fulfilled') throw new Rollback(invalid(`The order is ${order.status}.`));
        if (order.kind === 'proforma' && order.reservation !== 'active' && order.reservation !== 'paid') {
          throw new Rollback(invalid('The proforma’s goods are no longer reserved; create a new proforma.'));
        }
        let pickup: { id: string; erp_id: string | null } | null = null;
        if (input.method === 'pickup') {
          const w = await tx.query<{ id: string; erp_id: string | null }>(
            'select id, erp_id from warehouse where id = $1 and active and pickup',
            [input.pickupWarehouseId],
          );
          if (!w.rows.length) throw new Rollback(invalid('Goods cannot be collected at that warehouse.'));
          pickup = w.rows[0];
        }
        const shipmentId = randomUUID();
        await tx.query(
          `insert into shipment_request (id, company_id, order_id, idempotency_key, method, pickup_warehouse_id, address, contact_name, contact_phone,
                  requested_date, note, status, requested_by_id, created_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'requested', $12, $13)`,
          [
            shipmentId,
            order.company_id,
            input.orderId,
            key,
            input.method,
            pickup?.id ?? null,
            input.address ? JSON.stringify(input.address) : null,
            input.contactName.trim(),
            input.contactPhone ?? null,
            input.requestedDate,
            input.note ?? null,
            byUser,
            now,
          ],
        );
        await enqueueOutboxPg(tx, {
          aggregateType: 'order',
          aggregateId: input.orderId,
          kind: 'shipmentRequest',
          payload: {
            kontorReference: input.orderId,
            shipmentId,
            method: BRIDGE_METHOD[input.method],
            warehouseErpId: pickup?.erp_id ?? null,
            address: input.address ?? null,
            contactName: input.contactName.trim(),
            contactPhone: input.contactPhone ?? null,
            date: input.requestedDate,
            note: input.note ?? null,
          },
        });
        if (pickup) {
          const elsewhere = await tx.query<{ warehouse_id: string; product_id: string; sku: string; quantity: number }>(
            `select l.warehouse_id, l.product_id, l.sku, sum(l.quantity)::float8 as quantity from order_line l
              where l.order_id = $1 and l.warehouse_id is not null and l.warehouse_id <> $2 group by 1, 2, 3 order by 1, 3`,
            [input.orderId, pickup.id],
          );
          const byWarehouse = new Map<string, Array<{ productId: string; sku: string; quantity: number }>>();
          for (const r of elsewhere.rows) {
            const ls = byWarehouse.get(r.warehouse_id) ?? [];
            ls.push({ productId: r.product_id, sku: r.sku, quantity: r.quantity });
            byWarehouse.set(r.warehouse_id, ls);
          }
          for (const [from, lines] of byWarehouse) {
            const transferId = randomUUID();
            await tx.query(
              `insert into transfer_request (id, shipment_id, from_warehouse_id, to_warehouse_id, lines, status, created_at) values ($1, $2, $3, $4, $5, 'requested', $6)`,
              [transferId, shipmentId, from, pickup.id, JSON.stringify(lines), now],
            );
            await enqueueOutboxPg(tx, {
              aggregateType: 'order',
              aggregateId: input.orderId,
              kind: 'transferRequest',
              payload: {
                kontorReference: input.orderId,
                transferId,
                shipmentId,
                fromWarehouseId: from,
                toWarehouseErpId: pickup.erp_id,
                toWarehouseId: pickup.id,
                lines,
              },
            });
          }
        }
        return shipmentId;
      });
    } catch (err) {
      if (err instanceof Rollback) return err.failure as Failure;
      throw err;
    }
    const res = await pooled(ctx.em).query<ShipmentView>(`${SELECT} where s.id = $1`, [id]);
    return ok(view(res.rows[0]));
  }

  /** Shipment requests of an order the actor may see (empty otherwise). */
  async forOrder(ctx: Ctx, orderId: string): Promise<ShipmentView[]> {
    if (!isUuid(orderId)) return [];
    const res = await pooled(ctx.em).query<ShipmentView>(`${SELECT} where s.order_id = $1 order by s.created_at, s.id`, [orderId]);
    const own = ownCompanyId(ctx.actor);
    return res.rows.filter((r) => (own ? r.companyId === own : canReachCompany(ctx.actor, r.companyId))).map(view);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context';
import { arr, isUuid } from '../catalog/sql';

export interface WarehouseInfo {
  id: string;
  erpId: string | null;
  code: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  pickup: boolean;
}

export interface StockRow {
  productId: string;
  warehouseId: string;
  onHand: number;
  erpReserved: number;
  kontorHeld: number;
  available: number;
  asOf: Date;
}

/**
 * Warehouses and stock figures (DESIGN.md §3, §5). The orders module reserves through `hold`/`release`, which
 * change `kontor_held` with one conditional UPDATE each, so concurrent reservations can never oversell.
 */
export class StockService {
  async warehouses(ctx: Ctx): Promise<WarehouseInfo[]> {
    return ctx.em.getConnection().execute(
      `select id, erp_id as "erpId", code, name, street, postal_code as "postalCode", city, country, pickup
           from warehouse where active order by position, code`,
    );
  }

  /** Stock rows of products (all warehouses, or one). */
  async stockFor(ctx: Ctx, productIds: readonly string[], warehouseId?: string): Promise<StockRow[]> {
    const ids = productIds.filter(isUuid);
    if (!ids.length) return [];
    const rows: Array<Omit<StockRow, 'asOf'> & { asOfMs: number }> = await ctx.em.getConnection().execute(
      `select product_id as "productId", warehouse_id as "warehouseId", on_hand::float8 as "onHand", erp_reserved::float8 as "erpReserved",
              kontor_held::float8 as "kontorHeld", (on_hand - erp_reserved - kontor_held)::float8 as available,
              extract(epoch from as_of)::float8 * 1000 as "asOfMs"
         from stock where product_id = any(?::uuid[]) ${warehouseId ? 'and warehouse_id = ?' : ''}`,
      warehouseId ? [arr(ids), warehouseId] : [arr(ids)],
    );
    return rows.map(({ asOfMs, ...r }) => ({ ...r, asOf: new Date(asOfMs) }));
  }

  /**
   * Holds `quantity` for Kontor if that much is available, atomically; false when it is not (or no stock row).
   * Run it in the caller's transaction (`em` of that transaction) so the hold commits with the order.
   */
  async hold(em: EntityManager, productId: string, warehouseId: string, quantity: number): Promise<boolean> {
    if (!(quantity > 0)) throw new RangeError('A hold needs a positive quantity.');
    const res = await em.getConnection().execute(
      `update stock set kontor_held = kontor_held + ?, updated_at = now()
          where product_id = ? and warehouse_id = ? and on_hand - erp_reserved - kontor_held >= ?`,
      [quantity, productId, warehouseId, quantity],
      'run',
      em.getTransactionContext(),
    );
    return (res as unknown as { affectedRows: number }).affectedRows === 1;
  }

  /** Gives back a hold (released, expired, or acknowledged by the ERP, which then counts it in erp_reserved). */
  async release(em: EntityManager, productId: string, warehouseId: string, quantity: number): Promise<void> {
    if (!(quantity > 0)) throw new RangeError('A release needs a positive quantity.');
    await em
      .getConnection()
      .execute(
        `update stock set kontor_held = greatest(kontor_held - ?, 0), updated_at = now() where product_id = ? and warehouse_id = ?`,
        [quantity, productId, warehouseId],
        'run',
        em.getTransactionContext(),
      );
  }
}

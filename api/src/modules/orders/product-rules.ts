import type { PgClient } from '../erp-sync/pg';
import type { ProductPricingRef } from '../pricing/pricing.contract';

/** What ordering needs to know about a product on the order line (catalog facts, read in one statement). */
export interface OrderableProduct {
  id: string;
  sku: string;
  erpId: string | null;
  active: boolean;
  minQuantity: number;
  stepQuantity: number;
  vatRateBp: number;
  categoryPath: string[];
  manufacturerId: string | null;
  /** For lines without a warehouse: the first one (by position) that has the requested quantity available, or null. */
  suggestedWarehouseId: string | null;
}

/**
 * Products by id with, per product, the first warehouse that could serve the requested quantity (used when a
 * line names no warehouse). One statement; products that do not exist are absent.
 */
export async function orderableProducts(
  client: PgClient,
  wanted: ReadonlyArray<{ productId: string; quantity: string; warehouseId?: string | null }>,
): Promise<Map<string, OrderableProduct>> {
  const out = new Map<string, OrderableProduct>();
  if (!wanted.length) return out;
  const res = await client.query<OrderableProduct>(
    `select p.id, p.sku, p.erp_id as "erpId", p.active, p.min_quantity::float8 as "minQuantity", p.step_quantity::float8 as "stepQuantity",
            p.vat_rate_bp as "vatRateBp", p.category_path as "categoryPath", p.manufacturer_id as "manufacturerId",
            case when q.suggest then (select s.warehouse_id from stock s join warehouse w on w.id = s.warehouse_id
              where s.product_id = p.id and w.active and s.on_hand - s.erp_reserved - s.kontor_held >= q.qty
              order by w.position, w.code limit 1) end as "suggestedWarehouseId"
       from (select r.p, max(r.q) as qty, bool_or(r.s) as suggest from unnest($1::uuid[], $2::numeric[], $3::bool[]) r(p, q, s) group by r.p) q
       join product p on p.id = q.p`,
    [wanted.map((w) => w.productId), wanted.map((w) => w.quantity), wanted.map((w) => !w.warehouseId)],
  );
  for (const r of res.rows) out.set(r.id, r);
  return out;
}

export const pricingRef = (p: OrderableProduct): ProductPricingRef => ({
  productId: p.id,
  categoryIds: p.categoryPath,
  categoryPath: p.categoryPath,
  manufacturerId: p.manufacturerId,
  vatRateBp: p.vatRateBp,
});

/** Minimum and step: at least the minimum, and the minimum plus a whole number of steps. */
export function quantityFits(q: number, min: number, step: number): boolean {
  const qm = Math.round(q * 1000);
  const mm = Math.round(min * 1000);
  const sm = Math.round(step * 1000);
  if (qm < mm) return false;
  if (sm <= 0) return true;
  return (qm - mm) % sm === 0;
}

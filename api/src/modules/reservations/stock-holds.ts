import type { PgClient } from '../erp-sync/pg';

/**
 * Multi-row holds and releases on `stock.kontor_held` (DESIGN.md §5), for the order hot path and batch
 * releases: one statement each, in the caller's transaction (a raw `pg` client inside inPgTransaction).
 * Rows are locked in `stock.id` order first, so concurrent multi-line orders cannot deadlock on each other,
 * and the hold's condition `on_hand − erp_reserved − kontor_held ≥ qty` is checked on the locked row:
 * zero oversell under any concurrency. Same semantics as StockService.hold/release, for many rows at once.
 */
export interface HoldItem {
  productId: string;
  warehouseId: string;
  /** Decimal text with up to 3 places. */
  quantity: string;
}

export interface StockAfter {
  productId: string;
  warehouseId: string;
  available: number;
  asOf: Date;
}

const RETURNING = `returning s.product_id as "productId", s.warehouse_id as "warehouseId",
  (s.on_hand - s.erp_reserved - s.kontor_held)::float8 as available, s.as_of as "asOf"`;

/** Holds every item or reports which could not be held (the caller rolls back then). */
export async function holdMany(client: PgClient, items: readonly HoldItem[]): Promise<StockAfter[]> {
  if (!items.length) return [];
  const res = await client.query<StockAfter>(
    `with req as (
       select r.p as product_id, r.w as warehouse_id, sum(r.q) as qty from unnest($1::uuid[], $2::uuid[], $3::numeric[]) r(p, w, q) group by 1, 2
     ), locked as (
       select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
     )
     update stock s set kontor_held = s.kontor_held + locked.qty, updated_at = now()
       from locked where s.id = locked.id and s.on_hand - s.erp_reserved - s.kontor_held >= locked.qty
     ${RETURNING}`,
    [items.map((i) => i.productId), items.map((i) => i.warehouseId), items.map((i) => i.quantity)],
  );
  return res.rows;
}

/** Gives back what the given reservations hold (sum per product and warehouse), in one statement. */
export async function releaseReservations(client: PgClient, reservationIds: readonly string[]): Promise<StockAfter[]> {
  if (!reservationIds.length) return [];
  const res = await client.query<StockAfter>(
    `with req as (
       select product_id, warehouse_id, sum(quantity) as qty from reservation_line where reservation_id = any($1::uuid[]) group by 1, 2
     ), locked as (
       select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
     )
     update stock s set kontor_held = greatest(s.kontor_held - locked.qty, 0), updated_at = now()
       from locked where s.id = locked.id
     ${RETURNING}`,
    [reservationIds],
  );
  return res.rows;
}

/**
 * The hold as CTEs to embed in a larger statement (the order insert): `req` must be a CTE of
 * (product_id, warehouse_id, qty) rows; defines `locked` and `held` (the rows held, with their availability).
 */
export const HOLD_CTES = `locked as (
    select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
  ), held as (
    update stock s set kontor_held = s.kontor_held + locked.qty, updated_at = now()
      from locked where s.id = locked.id and s.on_hand - s.erp_reserved - s.kontor_held >= locked.qty
    ${RETURNING}
  )`;

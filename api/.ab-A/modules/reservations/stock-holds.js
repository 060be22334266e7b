"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get HOLD_CTES () {
        return HOLD_CTES;
    },
    get holdMany () {
        return holdMany;
    },
    get releaseReservations () {
        return releaseReservations;
    }
});
const RETURNING = `returning s.product_id as "productId", s.warehouse_id as "warehouseId",
  (s.on_hand - s.erp_reserved - s.kontor_held)::float8 as available, s.as_of as "asOf"`;
async function holdMany(client, items) {
    if (!items.length) return [];
    const res = await client.query(`with req as (
       select r.p as product_id, r.w as warehouse_id, sum(r.q) as qty from unnest($1::uuid[], $2::uuid[], $3::numeric[]) r(p, w, q) group by 1, 2
     ), locked as (
       select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
     )
     update stock s set kontor_held = s.kontor_held + locked.qty, updated_at = now()
       from locked where s.id = locked.id and s.on_hand - s.erp_reserved - s.kontor_held >= locked.qty
     ${RETURNING}`, [
        items.map((i)=>i.productId),
        items.map((i)=>i.warehouseId),
        items.map((i)=>i.quantity)
    ]);
    return res.rows;
}
async function releaseReservations(client, reservationIds) {
    if (!reservationIds.length) return [];
    const res = await client.query(`with req as (
       select product_id, warehouse_id, sum(quantity) as qty from reservation_line where reservation_id = any($1::uuid[]) group by 1, 2
     ), locked as (
       select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
     )
     update stock s set kontor_held = greatest(s.kontor_held - locked.qty, 0), updated_at = now()
       from locked where s.id = locked.id
     ${RETURNING}`, [
        reservationIds
    ]);
    return res.rows;
}
const HOLD_CTES = `locked as (
    select s.id, req.qty from stock s join req on s.product_id = req.product_id and s.warehouse_id = req.warehouse_id order by s.id for update of s
  ), held as (
    update stock s set kontor_held = s.kontor_held + locked.qty, updated_at = now()
      from locked where s.id = locked.id and s.on_hand - s.erp_reserved - s.kontor_held >= locked.qty
    ${RETURNING}
  )`;

//# sourceMappingURL=stock-holds.js.map
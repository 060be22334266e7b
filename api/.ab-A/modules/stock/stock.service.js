"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "StockService", {
    enumerable: true,
    get: function() {
        return StockService;
    }
});
const _sql = require("../catalog/sql");
let StockService = class StockService {
    async warehouses(ctx) {
        return ctx.em.getConnection().execute(`select id, erp_id as "erpId", code, name, street, postal_code as "postalCode", city, country, pickup
           from warehouse where active order by position, code`);
    }
    /** Stock rows of products (all warehouses, or one). */ async stockFor(ctx, productIds, warehouseId) {
        const ids = productIds.filter(_sql.isUuid);
        if (!ids.length) return [];
        const rows = await ctx.em.getConnection().execute(`select product_id as "productId", warehouse_id as "warehouseId", on_hand::float8 as "onHand", erp_reserved::float8 as "erpReserved",
              kontor_held::float8 as "kontorHeld", (on_hand - erp_reserved - kontor_held)::float8 as available,
              extract(epoch from as_of)::float8 * 1000 as "asOfMs"
         from stock where product_id = any(?::uuid[]) ${warehouseId ? 'and warehouse_id = ?' : ''}`, warehouseId ? [
            (0, _sql.arr)(ids),
            warehouseId
        ] : [
            (0, _sql.arr)(ids)
        ]);
        return rows.map(({ asOfMs, ...r })=>({
                ...r,
                asOf: new Date(asOfMs)
            }));
    }
    /**
   * Holds `quantity` for Kontor if that much is available, atomically; false when it is not (or no stock row).
   * Run it in the caller's transaction (`em` of that transaction) so the hold commits with the order.
   */ async hold(em, productId, warehouseId, quantity) {
        if (!(quantity > 0)) throw new RangeError('A hold needs a positive quantity.');
        const res = await em.getConnection().execute(`update stock set kontor_held = kontor_held + ?, updated_at = now()
          where product_id = ? and warehouse_id = ? and on_hand - erp_reserved - kontor_held >= ?`, [
            quantity,
            productId,
            warehouseId,
            quantity
        ], 'run', em.getTransactionContext());
        return res.affectedRows === 1;
    }
    /** Gives back a hold (released, expired, or acknowledged by the ERP, which then counts it in erp_reserved). */ async release(em, productId, warehouseId, quantity) {
        if (!(quantity > 0)) throw new RangeError('A release needs a positive quantity.');
        await em.getConnection().execute(`update stock set kontor_held = greatest(kontor_held - ?, 0), updated_at = now() where product_id = ? and warehouse_id = ?`, [
            quantity,
            productId,
            warehouseId
        ], 'run', em.getTransactionContext());
    }
};

//# sourceMappingURL=stock.service.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "OrdersQueryService", {
    enumerable: true,
    get: function() {
        return OrdersQueryService;
    }
});
const _actor = require("../../common/actor");
const _pagination = require("../../common/pagination");
const _orderstatus = require("./order-status");
const _orderview = require("./order-view");
const _orderscommon = require("./orders.common");
let OrdersQueryService = class OrdersQueryService {
    constructor(maxPageSize){
        this.maxPageSize = maxPageSize;
    }
    /** The order, or null when it does not exist or the actor may not see it. */ async order(ctx, id) {
        if (!(0, _orderscommon.isUuid)(id)) return null;
        const o = await (0, _orderview.readOrder)((0, _orderscommon.pooled)(ctx.em), 'o.id = $1', [
            id
        ]);
        return o && (0, _actor.canReachCompany)(ctx.actor, o.companyId) ? o : null;
    }
    async orders(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const where = [];
        const params = [];
        const p = (v)=>{
            params.push(v);
            return `$${params.length}`;
        };
        const own = (0, _actor.ownCompanyId)(ctx.actor);
        const actor = ctx.actor;
        if (own) {
            if (args.companyId && args.companyId !== own) return {
                nodes: [],
                cursors: [],
                hasNextPage: false,
                endCursor: null
            };
            where.push(`o.company_id = ${p(own)}`);
        } else if (actor.kind === 'staff') {
            if (args.companyId) {
                if (!(0, _actor.canReachCompany)(actor, args.companyId)) return {
                    nodes: [],
                    cursors: [],
                    hasNextPage: false,
                    endCursor: null
                };
                where.push(`o.company_id = ${p(args.companyId)}`);
            } else if (actor.assignedCompanyIds !== 'all') {
                where.push(`o.company_id = any(${p([
                    ...actor.assignedCompanyIds
                ])}::uuid[])`);
            }
        } else {
            return {
                nodes: [],
                cursors: [],
                hasNextPage: false,
                endCursor: null
            };
        }
        if (args.status) {
            if (!(0, _orderstatus.isOrderStatus)(args.status)) return {
                nodes: [],
                cursors: [],
                hasNextPage: false,
                endCursor: null
            };
            where.push(`o.status = ${p(args.status)}`);
        }
        if (args.kind) where.push(`o.kind = ${p(args.kind)}`);
        if (args.after) {
            const [at, id] = (0, _pagination.decodeCursor)(args.after, 2);
            where.push(`(o.placed_at, o.id) < (${p(new Date(Number(at)))}, ${p(String(id))}::uuid)`);
        }
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`${_orderview.ORDER_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by o.placed_at desc, o.id desc limit ${n + 1}`, params);
        return (0, _pagination.toPage)(res.rows.map(_orderview.toOrderView), n, (o)=>[
                o.placedAt.getTime(),
                o.id
            ]);
    }
    /** The order's history, oldest first (the caller has checked the order is reachable). */ async history(ctx, orderId) {
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`select h.id, h.from_status as "fromStatus", h.to_status as "toStatus", h.at, h.by_user_id as "byUserId", u.name as "byName",
              h.by_kind as "byKind", h.reason
         from order_history h left join app_user u on u.id = h.by_user_id where h.order_id = $1
        order by h.at, array_position(array['new', 'received', 'accepted', 'fulfilled', 'cancelled'], h.to_status)`, [
            orderId
        ]);
        return res.rows;
    }
};

//# sourceMappingURL=orders-query.service.js.map
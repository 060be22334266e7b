import { canReachCompany, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../common/pagination';
import { isOrderStatus } from './order-status';
import { ORDER_SELECT, readOrder, toOrderView, type OrderView } from './order-view';
import { isUuid, pooled } from './orders.common';

export interface OrderHistoryRow {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  byUserId: string | null;
  byName: string | null;
  byKind: string;
  reason: string | null;
}

export interface OrdersFilter extends PageArgs {
  companyId?: string | null;
  status?: string | null;
  kind?: string | null;
}

/** Reading orders: one statement per page (lines as json), keyset on (placed_at, id) newest first. */
export class OrdersQueryService {
  constructor(private readonly maxPageSize: number) {}

  /** The order, or null when it does not exist or the actor may not see it. */
  async order(ctx: Ctx, id: string): Promise<OrderView | null> {
    if (!isUuid(id)) return null;
    const o = await readOrder(pooled(ctx.em), 'o.id = $1', [id]);
    return o && canReachCompany(ctx.actor, o.companyId) ? o : null;
  }

  async orders(ctx: Ctx, args: OrdersFilter): Promise<Page<OrderView>> {
    const n = pageSize(args, this.maxPageSize);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const own = ownCompanyId(ctx.actor);
    const actor = ctx.actor;
    if (own) {
      if (args.companyId && args.companyId !== own) return { nodes: [], cursors: [], hasNextPage: false, endCursor: null };
      where.push(`o.company_id = ${p(own)}`);
    } else if (actor.kind === 'staff') {
      if (args.companyId) {
        if (!canReachCompany(actor, args.companyId)) return { nodes: [], cursors: [], hasNextPage: false, endCursor: null };
        where.push(`o.company_id = ${p(args.companyId)}`);
      } else if (actor.assignedCompanyIds !== 'all') {
        where.push(`o.company_id = any(${p([...actor.assignedCompanyIds])}::uuid[])`);
      }
    } else {
      return { nodes: [], cursors: [], hasNextPage: false, endCursor: null };
    }
    if (args.status) {
      if (!isOrderStatus(args.status)) return { nodes: [], cursors: [], hasNextPage: false, endCursor: null };
      where.push(`o.status = ${p(args.status)}`);
    }
    if (args.kind) where.push(`o.kind = ${p(args.kind)}`);
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      where.push(`(o.placed_at, o.id) < (${p(new Date(Number(at)))}, ${p(String(id))}::uuid)`);
    }
    const res = await pooled(ctx.em).query<OrderView>(
      `${ORDER_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by o.placed_at desc, o.id desc limit ${n + 1}`,
      params,
    );
    return toPage(res.rows.map(toOrderView), n, (o) => [o.placedAt.getTime(), o.id]);
  }

  /** The order's history, oldest first (the caller has checked the order is reachable). */
  async history(ctx: Ctx, orderId: string): Promise<OrderHistoryRow[]> {
    const res = await pooled(ctx.em).query<OrderHistoryRow>(
      `select h.id, h.from_status as "fromStatus", h.to_status as "toStatus", h.at, h.by_user_id as "byUserId", u.name as "byName",
              h.by_kind as "byKind", h.reason
         from order_history h left join app_user u on u.id = h.by_user_id where h.order_id = $1
        order by h.at, array_position(array['new', 'received', 'accepted', 'fulfilled', 'cancelled'], h.to_status)`,
      [orderId],
    );
    return res.rows;
  }
}

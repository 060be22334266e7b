import type { OrderStatus } from '../../common/domain-events';
import type { ActorKind } from './orders.common';

export type { OrderStatus };
export const ORDER_STATUSES: readonly OrderStatus[] = ['new', 'received', 'accepted', 'fulfilled', 'cancelled'];

/**
 * The order state machine (DESIGN.md §6), as data: for each status, the statuses it may move to and who may
 * move it there. `received` = the ERP acknowledged it; `accepted` = in fulfilment. The customer (or a rep for
 * them) may cancel while new or received; the back office and the ERP drive everything else.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorKind[]>>>> = {
  new: {
    received: ['erp', 'staff', 'system'],
    accepted: ['erp', 'staff', 'system'],
    cancelled: ['customer', 'apiKey', 'rep', 'staff', 'erp', 'system'],
  },
  received: {
    accepted: ['erp', 'staff', 'system'],
    cancelled: ['customer', 'apiKey', 'rep', 'staff', 'erp', 'system'],
  },
  accepted: {
    fulfilled: ['erp', 'staff', 'system'],
    cancelled: ['staff', 'erp', 'system'],
  },
  fulfilled: {},
  cancelled: {},
};

export function canTransition(from: OrderStatus, to: OrderStatus, by: ActorKind): 'ok' | 'illegal' | 'notAllowed' {
  const who = ORDER_TRANSITIONS[from]?.[to];
  if (!who) return 'illegal';
  return who.includes(by) ? 'ok' : 'notAllowed';
}

export const isOrderStatus = (s: string): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s);

/**
 * Domain events that cross processes (EventBus over Redis pub/sub), published only after the transaction
 * that caused them has committed (DESIGN.md §8). Channels are per company or per product, so an event is
 * handled once per interested subscriber group rather than once per connection.
 *
 *   topic                    id (channel suffix)   payload
 *   order.statusChanged      companyId             OrderStatusChangedEvent
 *   stock.changed            productId             StockChangedEvent
 *   reservation.expiring     companyId             ReservationExpiringEvent
 *
 * Payloads carry ids and facts, never prices: subscribers re-read what their permissions allow.
 */
export const TOPICS = {
  orderStatusChanged: 'order.statusChanged',
  stockChanged: 'stock.changed',
  reservationExpiring: 'reservation.expiring',
} as const;

export type OrderStatus = 'new' | 'received' | 'accepted' | 'fulfilled' | 'cancelled';

export interface OrderStatusChangedEvent {
  orderId: string;
  companyId: string;
  number: string;
  status: OrderStatus;
  previousStatus: OrderStatus | null;
  /** ISO-8601 */
  at: string;
  /** User id of whoever made the change, or null for the ERP. */
  by: string | null;
  reason: string | null;
}

export interface StockChangedEvent {
  productId: string;
  warehouseId: string;
  /** Units available now (on hand − ERP-reserved − Kontor holds). */
  available: number;
  /** ISO-8601: when the ERP last confirmed these numbers. */
  asOf: string;
}

export interface ReservationExpiringEvent {
  reservationId: string;
  companyId: string;
  orderId: string | null;
  /** ISO-8601 */
  expiresAt: string;
}

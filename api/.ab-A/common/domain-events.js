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
 */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "TOPICS", {
    enumerable: true,
    get: function() {
        return TOPICS;
    }
});
const TOPICS = {
    orderStatusChanged: 'order.statusChanged',
    stockChanged: 'stock.changed',
    reservationExpiring: 'reservation.expiring'
};

//# sourceMappingURL=domain-events.js.map
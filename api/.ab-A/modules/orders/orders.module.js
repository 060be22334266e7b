"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "wireOrders", {
    enumerable: true,
    get: function() {
        return wireOrders;
    }
});
const _producer = require("../../jobs/producer");
const _basketsservice = require("../baskets/baskets.service");
const _reservationsservice = require("../reservations/reservations.service");
const _returnsservice = require("../returns/returns.service");
const _shipmentsservice = require("../shipments/shipments.service");
const _creditpolicy = require("./credit-policy");
const _ordereditingservice = require("./order-editing.service");
const _orderlifecycleservice = require("./order-lifecycle.service");
const _orderplacementservice = require("./order-placement.service");
const _ordersqueryservice = require("./orders-query.service");
const _ordersoptions = require("./orders.options");
function wireOrders(deps) {
    const options = {
        ...(0, _ordersoptions.ordersOptionsFromEnv)(),
        ...deps.options
    };
    const jobs = new _producer.JobProducer(deps.config.redisUrl, deps.config.redisPrefix);
    const reservations = new _reservationsservice.ReservationsService(deps.bus, jobs, options, deps.log);
    const credit = deps.credit ?? new _creditpolicy.SqlCreditPolicy();
    const services = {
        ordersOptions: options,
        baskets: new _basketsservice.BasketsService(deps.pricing, options.maxLines),
        orderPlacement: new _orderplacementservice.OrderPlacementService(deps.pricing, reservations, credit, deps.bus, options, deps.log),
        orderEditing: new _ordereditingservice.OrderEditingService(deps.pricing, reservations, credit, deps.bus, options, deps.log),
        orders: new _orderlifecycleservice.OrderLifecycleService(reservations, deps.bus, deps.log),
        orderQueries: new _ordersqueryservice.OrdersQueryService(deps.config.maxPageSize),
        reservations,
        shipments: new _shipmentsservice.ShipmentsService(),
        returns: new _returnsservice.ReturnsService(deps.config.maxPageSize)
    };
    return {
        services,
        close: ()=>jobs.close()
    };
}

//# sourceMappingURL=orders.module.js.map
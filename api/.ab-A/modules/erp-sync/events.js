/** Events the ERP sync publishes on the EventBus, after its transaction commits. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ERP_EVENTS", {
    enumerable: true,
    get: function() {
        return ERP_EVENTS;
    }
});
const ERP_EVENTS = {
    /** `{ productErpIds: string[] }` — prices (list entries, terms, promotions) changed for these products (empty: many). */ pricesChanged: 'erp.prices.changed',
    /** `{ productErpIds: string[] }` — stock rows changed for these products. */ stockChanged: 'erp.stock.changed',
    /** `{ companyIds: string[] }` — customer data changed. */ customersChanged: 'erp.customers.changed',
    /** `ErpStatusEvent`, topic id = kontorReference. Also published without id for all listeners. */ statusChanged: 'erp.status.changed',
    /** `{ companyIds: string[] }` — invoices, payments or balances changed for these companies. */ settlementsChanged: 'erp.settlements.changed',
    /** `{ entity: string }` — a sync run finished with changes (health views refresh). */ synced: 'erp.synced'
};

//# sourceMappingURL=events.js.map
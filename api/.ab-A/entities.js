/** Every entity Kontor persists; modules add theirs here. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ENTITIES", {
    enumerable: true,
    get: function() {
        return ENTITIES;
    }
});
const _accesslevelentity = require("./modules/accounts/access-level.entity");
const _apikeyentity = require("./modules/accounts/api-key.entity");
const _auditentryentity = require("./modules/accounts/audit-entry.entity");
const _companyentity = require("./modules/accounts/company.entity");
const _sessionentity = require("./modules/accounts/session.entity");
const _userentity = require("./modules/accounts/user.entity");
const _catalogentities = require("./modules/catalog/catalog.entities");
const _erpsyncentities = require("./modules/erp-sync/erp-sync.entities");
const _invoiceentity = require("./modules/invoices/invoice.entity");
const _pricingentities = require("./modules/pricing/pricing.entities");
const _settlemententities = require("./modules/settlements/settlement.entities");
const _basketlineentity = require("./modules/baskets/basket-line.entity");
const _orderentities = require("./modules/orders/order.entities");
const _reservationentities = require("./modules/reservations/reservation.entities");
const _shipmententities = require("./modules/shipments/shipment.entities");
const _returnentities = require("./modules/returns/return.entities");
const ENTITIES = [
    _companyentity.Company,
    _accesslevelentity.AccessLevel,
    _userentity.User,
    _sessionentity.Session,
    _sessionentity.RefreshToken,
    _sessionentity.PasswordReset,
    _apikeyentity.ApiKey,
    _auditentryentity.AuditEntry,
    ..._erpsyncentities.ERP_SYNC_ENTITIES,
    _invoiceentity.Invoice,
    _invoiceentity.InvoicePdf,
    _settlemententities.Payment,
    _settlemententities.CustomerBalance,
    ..._catalogentities.CATALOG_ENTITIES,
    ..._pricingentities.PRICING_ENTITIES,
    _basketlineentity.BasketLine,
    ..._orderentities.ORDER_ENTITIES,
    ..._reservationentities.RESERVATION_ENTITIES,
    ..._shipmententities.SHIPMENT_ENTITIES,
    ..._returnentities.RETURN_ENTITIES
];

//# sourceMappingURL=entities.js.map
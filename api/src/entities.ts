/** Every entity Kontor persists; modules add theirs here. */
import { AccessLevel } from './modules/accounts/access-level.entity';
import { ApiKey } from './modules/accounts/api-key.entity';
import { AuditEntry } from './modules/accounts/audit-entry.entity';
import { Company } from './modules/accounts/company.entity';
import { PasswordReset, RefreshToken, Session } from './modules/accounts/session.entity';
import { User } from './modules/accounts/user.entity';
import { CATALOG_ENTITIES } from './modules/catalog/catalog.entities';
import { ERP_SYNC_ENTITIES } from './modules/erp-sync/erp-sync.entities';
import { Invoice, InvoicePdf } from './modules/invoices/invoice.entity';
import { PRICING_ENTITIES } from './modules/pricing/pricing.entities';
import { CustomerBalance, Payment } from './modules/settlements/settlement.entities';
import { BasketLine } from './modules/baskets/basket-line.entity';
import { ORDER_ENTITIES } from './modules/orders/order.entities';
import { RESERVATION_ENTITIES } from './modules/reservations/reservation.entities';
import { SHIPMENT_ENTITIES } from './modules/shipments/shipment.entities';
import { RETURN_ENTITIES } from './modules/returns/return.entities';

export const ENTITIES = [
  Company,
  AccessLevel,
  User,
  Session,
  RefreshToken,
  PasswordReset,
  ApiKey,
  AuditEntry,
  ...ERP_SYNC_ENTITIES,
  Invoice,
  InvoicePdf,
  Payment,
  CustomerBalance,
  ...CATALOG_ENTITIES,
  ...PRICING_ENTITIES,
  BasketLine,
  ...ORDER_ENTITIES,
  ...RESERVATION_ENTITIES,
  ...SHIPMENT_ENTITIES,
  ...RETURN_ENTITIES,
];

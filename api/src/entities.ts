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
];

/**
 * The ERP port (DESIGN.md §7). One interface, many adapters: the Kontor bridge protocol over HTTP
 * (bridge/), EDI++ files (edi/), and whatever an integrator adds. The sync engine speaks only to this.
 *
 * Canonical documents are the bridge protocol v1 documents (docs/bridge-protocol/schemas/*.json);
 * an adapter maps its ERP's format into them. Money is integer minor units plus an ISO 4217 currency;
 * rates are basis points (2300 = 23 %); quantities are decimal numbers (3 decimals at most);
 * timestamps are ISO-8601 strings with a zone.
 */

/** Every entity the engine pulls, in the order a full import applies them (parents first). */
export const ERP_ENTITIES = [
  'categories',
  'characteristics',
  'warehouses',
  'products',
  'priceLists',
  'prices',
  'customers',
  'tradeTerms',
  'promotions',
  'stock',
  'orderStatuses',
  'invoices',
  'payments',
  'balances',
] as const;
export type ErpEntity = (typeof ERP_ENTITIES)[number];

/** Position in an entity's change feed: the last `(modifiedAt, erpId)` applied. Ordering is by both, ascending. */
export interface ErpCursor {
  modifiedAt: string;
  erpId: string;
}

/** What every canonical record carries. `deleted: true` is a tombstone (the rest may be absent). */
export interface ErpRecordBase {
  erpId: string;
  modifiedAt: string;
  deleted?: boolean;
}

export interface ErpCategory extends ErpRecordBase {
  name: string;
  parentErpId: string | null;
  position?: number;
}

/** Texts by language (`pl`, `en`, `de`, `ru`, …): `{ "pl": "szary", "en": "grey" }`. */
export type ErpTranslations = Record<string, string>;

/** One allowed value of an `enum` characteristic: products carry its `code` as their value. */
export interface ErpCharacteristicOption {
  code: string;
  names?: ErpTranslations;
  position?: number;
}

export interface ErpCharacteristic extends ErpRecordBase {
  /** The name in Polish (the catalog's primary language); `names` may add others. */
  name: string;
  names?: ErpTranslations;
  kind: 'text' | 'number' | 'boolean' | 'enum';
  unit?: string | null;
  /** The allowed values of an `enum`, translated. */
  options?: ErpCharacteristicOption[];
  /** The allowed values of an `enum` as plain Polish texts (each its own code); `options` wins when both come. */
  values?: string[];
}

export interface ErpWarehouse extends ErpRecordBase {
  code: string;
  name: string;
}

export interface ErpProduct extends ErpRecordBase {
  sku: string;
  name: string;
  ean?: string | null;
  description?: string | null;
  unit: string;
  vatRateBp: number;
  categoryErpId: string | null;
  manufacturer?: string | null;
  active: boolean;
  characteristics?: Array<{ characteristicErpId: string; value: string }>;
  relatedProductErpIds?: string[];
}

export interface ErpPriceList extends ErpRecordBase {
  name: string;
  currency: string;
}

/** One price-list entry; erpId is the ERP's id of the entry (e.g. `<list>:<product>:<minQuantity>`). */
export interface ErpPrice extends ErpRecordBase {
  priceListErpId: string;
  productErpId: string;
  netMinor: number;
  currency: string;
  minQuantity: number;
}

export type AccessLevelCode = 'observer' | 'passive' | 'active' | 'active_extended';

export interface ErpCustomerAccount {
  email: string;
  name: string;
  accessLevel: AccessLevelCode;
  blocked: boolean;
}

export interface ErpCustomer extends ErpRecordBase {
  name: string;
  taxId: string | null;
  blocked: boolean;
  blockedReason?: string | null;
  priceListErpId?: string | null;
  creditLimitMinor?: number | null;
  currency?: string;
  paymentTermDays?: number;
  accounts?: ErpCustomerAccount[];
}

export interface ErpTradeTerms extends ErpRecordBase {
  customerErpId: string;
  priceListErpId: string | null;
  paymentTermDays: number;
  discounts: Array<{ scope: 'product' | 'category' | 'manufacturer' | 'all'; targetErpId: string | null; percentBp: number }>;
  individualPrices?: Array<{ productErpId: string; netMinor: number; currency: string; minQuantity: number }>;
}

export interface ErpPromotion extends ErpRecordBase {
  name: string;
  validFrom: string;
  validTo: string;
  percentBp?: number | null;
  netMinor?: number | null;
  /** The currency of netMinor (default PLN). */
  currency?: string;
  productErpIds?: string[];
  categoryErpIds?: string[];
  customerErpIds?: string[] | null;
}

export interface ErpStock extends ErpRecordBase {
  warehouseErpId: string;
  productErpId: string;
  onHand: number;
  erpReserved: number;
  planned?: Array<{ date: string; quantity: number }>;
}

export type ErpOrderStatus = 'received' | 'accepted' | 'fulfilled' | 'cancelled';

/** A status of a document Kontor pushed; `kontorReference` is the id Kontor sent. */
export interface ErpStatusChange extends ErpRecordBase {
  kontorReference: string;
  documentKind: OutboundKind;
  erpNumber: string | null;
  status: ErpOrderStatus;
  reason?: string | null;
  changedAt: string;
}

export interface ErpInvoice extends ErpRecordBase {
  number: string;
  customerErpId: string;
  kontorReference?: string | null;
  issuedAt: string;
  dueAt: string;
  currency: string;
  netMinor: number;
  grossMinor: number;
  /** Whether the ERP holds a PDF for it (fetched with fetchInvoicePdf). */
  hasPdf: boolean;
}

export interface ErpPayment extends ErpRecordBase {
  customerErpId: string;
  invoiceErpId: string | null;
  /** The Kontor order or proforma it pays, when the ERP knows it: Kontor registers the payment on the order. */
  kontorReference?: string | null;
  /** Or the ERP's id or number of that order's (or reservation's) document. */
  orderErpId?: string | null;
  amountMinor: number;
  currency: string;
  paidAt: string;
  method: string;
}

/** A customer's account balance; erpId is the customer's erpId. */
export interface ErpBalance extends ErpRecordBase {
  customerErpId: string;
  currency: string;
  balanceMinor: number;
  overdueMinor: number;
  creditLimitMinor: number | null;
  asOf: string;
}

export interface ErpRecordMap {
  categories: ErpCategory;
  characteristics: ErpCharacteristic;
  warehouses: ErpWarehouse;
  products: ErpProduct;
  priceLists: ErpPriceList;
  prices: ErpPrice;
  customers: ErpCustomer;
  tradeTerms: ErpTradeTerms;
  promotions: ErpPromotion;
  stock: ErpStock;
  orderStatuses: ErpStatusChange;
  invoices: ErpInvoice;
  payments: ErpPayment;
  balances: ErpBalance;
}

/** An input the adapter could not turn into a valid record; the rest of its batch goes on. */
export interface QuarantinedInput {
  entity: ErpEntity | 'outbound';
  /** The raw input, as received (truncated by the engine to a sane size). */
  raw: string;
  reason: string;
  /** Where it came from: an HTTP URL, a file name, a line. */
  source?: string;
}

export interface ChangeBatch<E extends ErpEntity = ErpEntity> {
  records: Array<ErpRecordMap[E]>;
  /** Inputs that were refused; counted and stored by the engine. */
  quarantined: QuarantinedInput[];
  /** More changes are waiting after the last record of this batch. */
  hasMore: boolean;
  /** Position after this batch, refused inputs included; when absent, the last record's position. */
  next?: ErpCursor | null;
}

export type OutboundKind =
  | 'order'
  | 'reservation'
  | 'reservationRelease'
  | 'shipmentRequest'
  | 'return'
  | 'payment'
  /** A Kontor order (or proforma) cancelled before fulfilment; body names the order by kontorReference. */
  | 'orderCancellation'
  /**
   * The lines of a Kontor order (or proforma) changed while it was new: the outbox payload names the order by
   * kontorReference and carries every line it has now (same line shape as the order), replacing the old ones.
   * Sent as OrderChangeDocument, with a reference of its own per change.
   */
  | 'orderChange'
  /** Goods to move between warehouses before a pick-up. */
  | 'transferRequest';

export interface OrderLineDocument {
  lineNo: number;
  productErpId: string;
  quantity: number;
  unitNetMinor: number;
  vatRateBp: number;
  warehouseErpId?: string | null;
}

/**
 * `orderCancellation` (docs/bridge-protocol/schemas/orderCancellation.json): a Kontor order or proforma cancelled
 * before fulfilment; `kontorReference` is the order's.
 */
export interface OrderCancellationDocument {
  kontorReference: string;
  number?: string | null;
  reason?: string | null;
  cancelledAt: string;
}

/**
 * `orderChange` (docs/bridge-protocol/schemas/orderChange.json): every line a Kontor order or proforma has after
 * its lines were changed, and its new totals; the ERP replaces the order's lines and totals. An order may change
 * many times, so `kontorReference` is the change's own (`<order reference>:change:<sequence>`, see
 * outbound-documents.ts) and `orderKontorReference` names the order; `sequence` grows with every change.
 */
export interface OrderChangeDocument {
  kontorReference: string;
  orderKontorReference: string;
  sequence: number;
  number?: string | null;
  documentType?: 'order' | 'proforma';
  customerErpId?: string | null;
  changedAt: string;
  currency: string;
  netMinor: number;
  grossMinor: number;
  lines: OrderLineDocument[];
  reason?: string | null;
}

/**
 * `transferRequest` (docs/bridge-protocol/schemas/transferRequest.json): goods to move between warehouses before
 * a pick-up. One order may need several (one per source warehouse), so the document's own `kontorReference` is
 * the transfer's id and `orderKontorReference` names the order.
 */
export interface TransferRequestDocument {
  kontorReference: string;
  orderKontorReference: string;
  shipmentId?: string | null;
  fromWarehouseErpId: string;
  toWarehouseErpId: string;
  lines: Array<{ lineNo: number; productErpId: string; sku?: string | null; quantity: number }>;
}

/** A document Kontor sends to the ERP. `kontorReference` goes into the ERP's external-reference field. */
export interface OutboundDocument {
  kind: OutboundKind;
  kontorReference: string;
  /** For orders: the canonical order (docs/bridge-protocol/schemas/order.json); other kinds: their own. */
  body: Record<string, unknown>;
}

/** What the ERP says about a document it holds. */
export interface PushedDocument {
  kontorReference: string;
  erpId: string;
  erpNumber: string | null;
  status: ErpOrderStatus;
}

/** The ERP could not be reached or answered 5xx/timeout before anything was sent: safe to retry as is. */
export class ErpUnavailableError extends Error {
  readonly transient = true;
  constructor(message: string) {
    super(message);
    this.name = 'ErpUnavailableError';
  }
}

/** The request may or may not have reached the ERP (timeout after send, connection reset): look up before resending. */
export class ErpAmbiguousError extends Error {
  readonly transient = true;
  constructor(message: string) {
    super(message);
    this.name = 'ErpAmbiguousError';
  }
}

/** The ERP refused the document for good (validation, unknown customer): retrying will not help. */
export class ErpRejectedError extends Error {
  readonly transient = false;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ErpRejectedError';
  }
}

export interface ErpConnector {
  /** A short name for logs and health ("bridge", "edi++"). */
  readonly name: string;

  /**
   * Changes of one entity strictly after `after` in `(modifiedAt, erpId)` order (null: from the start), at
   * most `limit` records. Records may repeat across calls (the engine has an overlap window and drops
   * duplicates); an adapter must never skip one.
   */
  pullChanges<E extends ErpEntity>(entity: E, after: ErpCursor | null, limit: number): Promise<ChangeBatch<E>>;

  /**
   * Sends a document. The same `idempotencyKey` twice must create it once (the ERP answers with the existing
   * document the second time). Throws ErpUnavailableError, ErpAmbiguousError or ErpRejectedError.
   */
  pushDocument(doc: OutboundDocument, idempotencyKey: string): Promise<PushedDocument>;

  /** The document the ERP holds under Kontor's reference, or null when it never arrived. */
  findByReference(kind: OutboundKind, kontorReference: string): Promise<PushedDocument | null>;

  /** The invoice's PDF bytes (application/pdf). */
  fetchInvoicePdf(invoiceErpId: string): Promise<Buffer>;

  /** Releases sockets, watchers. */
  close?(): Promise<void>;
}

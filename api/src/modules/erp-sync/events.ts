/** Events the ERP sync publishes on the EventBus, after its transaction commits. */
export const ERP_EVENTS = {
  /** `{ productErpIds: string[] }` — prices (list entries, terms, promotions) changed for these products (empty: many). */
  pricesChanged: 'erp.prices.changed',
  /** `{ productErpIds: string[] }` — stock rows changed for these products. */
  stockChanged: 'erp.stock.changed',
  /** `{ companyIds: string[] }` — customer data changed. */
  customersChanged: 'erp.customers.changed',
  /** `ErpStatusEvent`, topic id = kontorReference. Also published without id for all listeners. */
  statusChanged: 'erp.status.changed',
  /** `{ companyIds: string[] }` — invoices, payments or balances changed for these companies. */
  settlementsChanged: 'erp.settlements.changed',
  /** `{ entity: string }` — a sync run finished with changes (health views refresh). */
  synced: 'erp.synced',
} as const;

export interface ErpStatusEvent {
  kind: string;
  kontorReference: string;
  status: string;
  erpNumber: string | null;
  reason: string | null;
  changedAt: string;
}

import type { ForeignIds } from './access-matrix';
import type { TestApp } from './harness';
import { seedInvoicesOfB } from './invoices/matrix-seed';
import { seedOrderingOfB } from './orders/matrix-seed';

/**
 * Modules add a seeder here that creates company B's records of their own (an order, an invoice, …) and
 * returns their ids keyed by argument name (`orderId`) or by `operation.argument` (`order.id`), so the
 * access matrix calls every operation with another company's ids.
 */
export const matrixSeeders: Array<(app: TestApp) => Promise<ForeignIds>> = [seedInvoicesOfB, seedOrderingOfB];

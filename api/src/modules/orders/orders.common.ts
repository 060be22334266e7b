import type { EntityManager } from '@mikro-orm/postgresql';
import { withPgClient, type PgClient } from '../erp-sync/pg';
import { canReachCompany, hasPermission, ownCompanyId, type Actor } from '../../common/actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/** Who changed something, as the order history records it. */
export type ActorKind = 'customer' | 'rep' | 'staff' | 'apiKey' | 'erp' | 'system';

export function actorKind(actor: Actor): ActorKind {
  switch (actor.kind) {
    case 'customer':
      return 'customer';
    case 'apiKey':
      return 'apiKey';
    case 'staff':
      return actor.role === 'sales_rep' ? 'rep' : 'staff';
    default:
      return 'system';
  }
}

/**
 * The company an ordering operation acts for: a customer or API key always their own (another id named is
 * "not found"); staff must name one they may reach and hold `staff.orders.onBehalf`. Null: not reachable.
 */
export function actingCompany(actor: Actor, companyId: string | null | undefined): string | null {
  const own = ownCompanyId(actor);
  if (own) return !companyId || companyId === own ? own : null;
  if (actor.kind !== 'staff' || !companyId || !isUuid(companyId)) return null;
  if (!hasPermission(actor, 'staff.orders.onBehalf') && actor.assignedCompanyIds !== 'all') return null;
  return canReachCompany(actor, companyId) ? companyId : null;
}

/** Quantities are decimals with up to 3 places, handled as integer thousandths to avoid float drift. */
export const toMilli = (q: number) => Math.round(q * 1000);
export const validQuantity = (q: unknown): q is number =>
  typeof q === 'number' && Number.isFinite(q) && q > 0 && q <= 1e9 && Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6;

/** Outcomes of ordering operations; resolvers turn the failures into result-union members. */
export type Failure =
  | { kind: 'notFound'; what: string }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'insufficientStock';
      lines: Array<{ productId: string; sku: string; warehouseId: string | null; requested: number; available: number }>;
    }
  | { kind: 'quantityRule'; productId: string; sku: string; minimum: number; step: number; requested: number }
  | { kind: 'productUnavailable'; productIds: string[] }
  | { kind: 'creditLimit'; message: string; limitMinor: number; exposureMinor: number; currency: string }
  | { kind: 'overdueInvoices'; message: string; overdueMinor: number; currency: string }
  | { kind: 'discountLimit'; message: string; capBp: number }
  | { kind: 'transition'; message: string; from: string; to: string }
  | { kind: 'emptyBasket' }
  | { kind: 'emptyOrder' }
  | { kind: 'versionConflict'; message: string; currentVersion: number };

export type Outcome<T> = { kind: 'ok'; value: T } | Failure;
export const ok = <T>(value: T): Outcome<T> => ({ kind: 'ok', value });
export const notFound = (what: string): Failure => ({ kind: 'notFound', what });
export const invalid = (message: string): Failure => ({ kind: 'invalid', message });

/** Thrown inside a transaction to roll it back with an expected failure (caught by the service). */
export class Rollback extends Error {
  constructor(readonly failure: Failure | { kind: 'duplicate' }) {
    super('rollback');
  }
}

/**
 * A `pg`-style client that takes a pooled connection per statement and gives it straight back, so a service
 * never holds one connection while waiting for another (which could exhaust the pool under load).
 */
export function pooled(em: EntityManager): PgClient {
  return { query: (text: string, values?: unknown[]) => withPgClient(em, (c) => c.query(text, values)) } as unknown as PgClient;
}

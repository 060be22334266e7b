import { canReachCompany, ownCompanyId, type Actor } from '../../common/actor';
import type { Ctx } from '../../common/context';
import type { OrderStatusChangedEvent, ReservationExpiringEvent, StockChangedEvent } from '../../common/domain-events';
import { badInput } from '../../common/errors';
import { ANY_ID } from '../../common/event-bus';
import { audienceOf } from '../catalog/audience';
import { visibleTo } from '../catalog/product-sql';
import { arr, isUuid, Sql } from '../catalog/sql';

/**
 * Who hears which live event (DESIGN.md §4, §8). Events travel on per-company and per-product channels of the
 * EventBus, so each process subscribes to a channel once and fans an event out to its local subscribers; these
 * functions decide, once per subscription, which channels a subscriber listens to, and filter each event with
 * plain in-memory checks (no database work per event and connection).
 *
 * Arguments narrow what a subscriber hears, never widen it: a company or an order the subscriber may not see
 * simply never produces an event (as with a product outside the company's assortment), so a subscription does
 * not reveal whether such a thing exists. Malformed or too many ids are refused at once with a clear error.
 */

/** The most ids one subscription may name. */
export const MAX_LIVE_IDS = 200;

function checkIds(name: string, ids: readonly string[] | null | undefined, required: boolean): string[] | null {
  if (ids === null || ids === undefined) {
    if (required) throw badInput(`"${name}" must name at least one id.`);
    return null;
  }
  const unique = [...new Set(ids)];
  if (required && unique.length === 0) throw badInput(`"${name}" must name at least one id.`);
  if (unique.length > MAX_LIVE_IDS) {
    throw badInput(
      `"${name}" names ${unique.length} ids; one subscription may follow at most ${MAX_LIVE_IDS}. Open more subscriptions for more.`,
    );
  }
  unique.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`"${name}[${i}]" is not a valid id.`);
  });
  return unique;
}

/**
 * The company channels a subscriber to order or reservation events listens to: a customer user or API key its
 * own company; a sales rep each assigned company; a staff admin every company (`ANY_ID`). `companyId` narrows
 * staff to one company they serve; for anyone it names a company they cannot reach, nothing is heard.
 */
export function companyChannels(actor: Actor, companyId?: string | null): string[] | typeof ANY_ID {
  if (companyId !== null && companyId !== undefined && !isUuid(companyId)) throw badInput('"companyId" is not a valid id.');
  const own = ownCompanyId(actor);
  if (own) return companyId && companyId !== own ? [] : [own];
  if (actor.kind !== 'staff') return [];
  if (companyId) return canReachCompany(actor, companyId) ? [companyId] : [];
  return actor.assignedCompanyIds === 'all' ? ANY_ID : [...actor.assignedCompanyIds];
}

/** Checks the `orderIds` filter of an order subscription; null when absent (every order heard). */
export function orderFilter(orderIds: readonly string[] | null | undefined): string[] | null {
  return checkIds('orderIds', orderIds, false);
}

/** Whether an order event reaches this subscriber (the channel already matched; this is the second belt). */
export function hearsOrderEvent(actor: Actor, orderIds: readonly string[] | null | undefined, e: OrderStatusChangedEvent): boolean {
  return canReachCompany(actor, e.companyId) && (!orderIds || orderIds.includes(e.orderId));
}

export function hearsReservationEvent(actor: Actor, e: ReservationExpiringEvent): boolean {
  return canReachCompany(actor, e.companyId);
}

/**
 * The products of `productIds` the subscriber may see (active, and in its company's assortments when it has
 * any) — their channels are the ones it listens to. One statement per subscription.
 */
export function visibleProductChannels(ctx: Ctx, productIds: readonly string[]): Promise<string[]> {
  // checked before anything is awaited, so bad input is refused when the subscription starts
  const ids = checkIds('productIds', productIds, true)!;
  const sql = new Sql().add('select p.id from product p where p.id = any(?::uuid[])', arr(ids));
  visibleTo(sql, audienceOf(ctx));
  return ctx.em
    .getConnection()
    .execute<Array<{ id: string }>>(sql.text, sql.params)
    .then((rows) => rows.map((r) => r.id));
}

export function hearsStockEvent(productIds: readonly string[], e: StockChangedEvent): boolean {
  return productIds.includes(e.productId);
}

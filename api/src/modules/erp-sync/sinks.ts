import { createHash } from 'node:crypto';
import { ACCESS_REVOKED, type AccessRevokedEvent } from '../accounts/accounts.service';
import type { ErpEntity, ErpRecordBase, ErpRecordMap, QuarantinedInput } from './erp-connector';
import { ERP_EVENTS, type ErpStatusEvent } from './events';
import { recordPaymentRoutes } from './payment-routing';
import { asDate, type PgClient } from './pg';
import { reject, stagePage } from './sink-support';

/** An event to publish once the sync transaction has committed. */
export interface PendingEvent {
  topic: string;
  id?: unknown;
  payload: unknown;
}

export interface ApplyResult {
  changed: number;
  unchanged: number;
  rejected: QuarantinedInput[];
  events: PendingEvent[];
}

/**
 * Where one entity's records land in Kontor. `apply` runs inside the sync transaction: it upserts by
 * erp_id, rewrites only rows whose content changed, and says which events to publish after commit.
 */
/** What a sink may remember between the pages of one sync run (e.g. erp id → Kontor id maps); dropped after the run. */
export type RunMemory = Map<string, unknown>;

export interface Sink<E extends ErpEntity = ErpEntity> {
  entity: E;
  /** Tables that must exist before this sink can run (other modules' tables land over time). */
  tables: string[];
  apply(client: PgClient, records: Array<ErpRecordMap[E]>, now: Date, memory?: RunMemory): Promise<ApplyResult>;
  /** Reconciliation: the table whose live rows must all be present in the ERP, and how to soft-delete. */
  softDelete?: { table: string; live: string; set: string };
  /**
   * The table a first run fills (an initial import): while it is empty and the entity has no cursor, the run is
   * one transaction; `setAsideIndexes` also drops the table's plain indexes for it and builds them afterwards;
   * `referencesAtEnd` checks its foreign keys once at the end instead of row by row — for a table whose first load
   * fires no triggers of its own (first-load.ts); a staged first load checks them just before its one write.
   * `resolvesAtEnd` names entities whose Kontor ids a staged first load looks up only in that write (its pages
   * are staged with the ERP ids): such a load may start while those entities' own first load is still running,
   * and its write waits for that load's commit (their tables are locked in SHARE mode first).
   */
  firstLoad?: { table: string; setAsideIndexes?: boolean; referencesAtEnd?: boolean; resolvesAtEnd?: ErpEntity[] };
  /**
   * A sink that stages a first load: during one, `apply` finds `memory.get(FIRST_LOAD)` set and may hold its rows
   * back (in a temporary table); this then writes them, in the order that suits the table's readers, before the
   * one commit. What it returns is counted and published like a page's result.
   */
  finishFirstLoad?(client: PgClient, now: Date, memory: RunMemory): Promise<ApplyResult>;
}

/** Set in a run's memory while the run is a first load (see Sink.finishFirstLoad). */
export const FIRST_LOAD = 'first-load';

/**
 * Hash of a record's content, without its change timestamp: a re-sent unchanged record hashes the same. Keys
 * are taken in the order the ERP sends them (stable per producer); a reordering only costs one harmless rewrite.
 */
export function contentHash(record: ErpRecordBase): string {
  const { modifiedAt: _m, ...rest } = record as ErpRecordBase & Record<string, unknown>;
  void _m;
  return createHash('sha1').update(JSON.stringify(rest)).digest('base64url');
}

/** Keeps the latest version of each erpId in a batch (duplicates and reordering inside one page). */
export function latestPerErpId<T extends ErpRecordBase>(records: T[]): { latest: T[]; duplicates: number } {
  const byId = new Map<string, T>();
  for (const r of records) {
    const prev = byId.get(r.erpId);
    if (!prev || prev.modifiedAt <= r.modifiedAt) byId.set(r.erpId, r);
  }
  return { latest: [...byId.values()], duplicates: records.length - byId.size };
}

export interface Column<R> {
  name: string;
  /** PostgreSQL type of the column in the staging table. */
  type: string;
  value: (r: R) => unknown;
}

/** A foreign key resolved from an ERP id in the same statement: rows that do not resolve are refused. */
export interface Resolve {
  column: string;
  /** Name of the staging column carrying the ERP id. */
  from: string;
  table: string;
  what: string;
}

export interface TableSinkSpec<E extends ErpEntity> {
  entity: E;
  table: string;
  columns: Array<Column<ErpRecordMap[E]>>;
  resolve?: Resolve;
  /** The target has a `deleted_at` column: tombstones set it, a live record clears it. */
  softDeletable?: boolean;
  /** The target has `created_at` (set on insert only). */
  createdAt?: boolean;
  /** A column of the changed rows to return for events. */
  returning?: string;
  events?: (changed: string[]) => PendingEvent[];
  /** Statements after the upsert, in the same transaction, given the changed rows' returned values. */
  after?: (client: PgClient, changed: string[], now: Date) => Promise<void>;
}

/**
 * The bulk upsert: the batch is copied into a staging table (COPY, stagePage), then `INSERT … ON CONFLICT (erp_id)
 * DO UPDATE … WHERE content_hash IS DISTINCT FROM excluded.content_hash` writes only what changed.
 */
export function tableSink<E extends ErpEntity>(spec: TableSinkSpec<E>): Sink<E> {
  const cols = spec.columns;
  const t = spec.table;
  const rs = spec.resolve;
  const staging = ['erp_id text', 'content_hash text', ...cols.map((c) => `"${c.name}" ${c.type}`), ...(rs ? [`"${rs.from}" text`] : [])];
  const stagingNames = ['erp_id', 'content_hash', ...cols.map((c) => c.name), ...(rs ? [rs.from] : [])];
  const target = ['erp_id', 'content_hash', ...cols.map((c) => c.name), ...(rs ? [rs.column] : [])];
  const source = ['s.erp_id', 's.content_hash', ...cols.map((c) => `s."${c.name}"`), ...(rs ? ['r.id'] : [])];
  const updates = target
    .filter((c) => c !== 'erp_id')
    .map((c) => `"${c}" = excluded."${c}"`)
    .concat(['updated_at = excluded.updated_at'], spec.softDeletable ? ['deleted_at = null'] : []);
  const changedWhere = `"${t}".content_hash is distinct from excluded.content_hash${spec.softDeletable ? ` or "${t}".deleted_at is not null` : ''}`;
  const ret = spec.returning ?? 'erp_id';
  const sql = `
with s as (select * from sink_page),
     up as (
       insert into "${t}" (id, ${target.map((c) => `"${c}"`).join(', ')}, updated_at${spec.createdAt ? ', created_at' : ''})
       select gen_random_uuid(), ${source.join(', ')}, $1${spec.createdAt ? ', $1' : ''}
         from s${rs ? ` join "${rs.table}" r on r.erp_id = s."${rs.from}"` : ''}
       on conflict (erp_id) do update set ${updates.join(', ')}
       where ${changedWhere}
       returning ${ret}::text as v)
select 'c' as k, v from up${rs ? `\nunion all select 'u' as k, s.erp_id from s where not exists (select 1 from "${rs.table}" r where r.erp_id = s."${rs.from}")` : ''}`;

  return {
    entity: spec.entity,
    tables: [t, ...(spec.resolve ? [spec.resolve.table] : [])],
    softDelete: spec.softDeletable ? { table: t, live: 'deleted_at is null', set: 'deleted_at = $1' } : undefined,
    async apply(client, records, now) {
      const live = records.filter((r) => !r.deleted);
      const tombstones = records.filter((r) => r.deleted).map((r) => r.erpId);
      const rows = live.map((r) => {
        const row: Record<string, unknown> = { erp_id: r.erpId, content_hash: contentHash(r) };
        for (const c of cols) row[c.name] = c.value(r);
        if (spec.resolve) row[spec.resolve.from] = (r as unknown as Record<string, unknown>)[camel(spec.resolve.from)] ?? null;
        return row;
      });
      const changed: string[] = [];
      const rejected: QuarantinedInput[] = [];
      let upserted = 0;
      let unresolved = 0;
      if (rows.length) {
        await stagePage(
          client,
          'sink_page',
          staging.join(', '),
          stagingNames,
          stagingNames.map((n) => rows.map((r) => r[n])),
        );
        const res = await client.query<{ k: string; v: string }>(sql, [now]);
        for (const row of res.rows) {
          if (row.k === 'u') unresolved++;
          if (row.k === 'c') {
            upserted++;
            changed.push(row.v);
          } else
            rejected.push(
              reject(
                spec.entity,
                live.find((r) => r.erpId === row.v) ?? { erpId: row.v },
                `${spec.resolve!.what} is unknown to Kontor (not synced yet or deleted in the ERP)`,
              ),
            );
        }
      }
      if (tombstones.length) {
        if (spec.softDeletable) {
          const res = await client.query<{ v: string }>(
            `update "${t}" set deleted_at = $2, updated_at = $2 where erp_id = any($1) and deleted_at is null returning ${ret}::text as v`,
            [tombstones, now],
          );
          changed.push(...res.rows.map((r) => r.v));
        } else {
          for (const id of tombstones) {
            rejected.push(reject(spec.entity, { erpId: id, deleted: true }, `${spec.entity} cannot be deleted in Kontor`));
          }
        }
      }
      if (spec.after && changed.length) await spec.after(client, changed, now);
      return {
        changed: changed.length,
        unchanged: rows.length - upserted - unresolved,
        rejected,
        events: changed.length && spec.events ? spec.events(changed) : [],
      };
    },
  };
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Above this many changed keys an event says "many" (an empty list) rather than carrying them all. */
const EVENT_KEY_LIMIT = 1000;
export const keysOrMany = (keys: string[]) => (keys.length > EVENT_KEY_LIMIT ? [] : [...new Set(keys)]);

// --- customers: the accounts module's company and user tables ------------------------------------------

/**
 * Customers land in `company` (the accounts module's table) and their accounts in `app_user`. A company or
 * user that becomes blocked publishes ACCESS_REVOKED at once, so sessions and subscriptions end.
 */
export const customersSink: Sink<'customers'> = {
  entity: 'customers',
  tables: ['company', 'app_user', 'access_level'],
  async apply(client, records, now) {
    const rejected: QuarantinedInput[] = [];
    const live = records.filter((r) => !r.deleted);
    for (const r of records.filter((x) => x.deleted)) {
      rejected.push(reject('customers', r, 'customers are never deleted from Kontor; block them in the ERP instead'));
    }
    if (!live.length) return { changed: 0, unchanged: 0, rejected, events: [] };
    const before = await client.query<{ erp_id: string; blocked: boolean }>(
      'select erp_id, blocked from company where erp_id = any($1) for update',
      [live.map((r) => r.erpId)],
    );
    const wasBlocked = new Map(before.rows.map((r) => [r.erp_id, r.blocked]));
    const rows = live.map((r) => ({
      erp_id: r.erpId,
      name: r.name,
      tax_id: r.taxId ?? null,
      blocked: r.blocked,
      blocked_reason: r.blocked ? (r.blockedReason ?? 'Blocked in the ERP') : null,
    }));
    const up = await client.query<{ id: string; erp_id: string; blocked: boolean }>(
      `insert into company (id, erp_id, name, tax_id, blocked, blocked_reason, created_at, updated_at)
       select gen_random_uuid(), s.erp_id, s.name, s.tax_id, s.blocked, s.blocked_reason, $2, $2
         from json_to_recordset($1::json) as s(erp_id text, name text, tax_id text, blocked boolean, blocked_reason text)
       on conflict (erp_id) do update set name = excluded.name, tax_id = excluded.tax_id, blocked = excluded.blocked,
              blocked_reason = excluded.blocked_reason, updated_at = excluded.updated_at
       where (company.name, company.tax_id, company.blocked, company.blocked_reason)
             is distinct from (excluded.name, excluded.tax_id, excluded.blocked, excluded.blocked_reason)
       returning id, erp_id, blocked`,
      [JSON.stringify(rows), now],
    );
    const events: PendingEvent[] = [];
    for (const row of up.rows) {
      if (row.blocked && !wasBlocked.get(row.erp_id)) {
        const ev: AccessRevokedEvent = { companyId: row.id, reason: 'Company blocked in the ERP' };
        events.push({ topic: ACCESS_REVOKED, payload: ev });
      }
    }
    // accounts: created with no usable password (the person sets one through "forgot password");
    // an e-mail that belongs to another company or to staff is never taken over.
    const accounts = live.flatMap((r) =>
      (r.accounts ?? []).map((a) => ({
        company_erp_id: r.erpId,
        email: a.email.trim().toLowerCase(),
        name: a.name,
        level: a.accessLevel,
        blocked: a.blocked,
      })),
    );
    let changedUsers = 0;
    if (accounts.length) {
      const clash = await client.query<{ email: string }>(
        `select u.email from app_user u join json_to_recordset($1::json) as a(company_erp_id text, email text) on a.email = u.email
          left join company c on c.id = u.company_id
          where c.erp_id is distinct from a.company_erp_id`,
        [JSON.stringify(accounts)],
      );
      const clashes = new Set(clash.rows.map((r) => r.email));
      for (const a of accounts.filter((x) => clashes.has(x.email))) {
        rejected.push(reject('customers', a, `the e-mail ${a.email} belongs to another company or to staff`));
      }
      const users = await client.query<{ id: string; blocked: boolean; was_blocked: boolean | null }>(
        `with a as (select * from json_to_recordset($1::json) as a(company_erp_id text, email text, name text, level text, blocked boolean)),
              prev as (select u.id, u.email, u.blocked from app_user u join a on a.email = u.email),
              up as (
                insert into app_user (id, email, name, locale, password_hash, company_id, access_level_id, company_admin, blocked, created_at, updated_at)
                select gen_random_uuid(), a.email, a.name, 'pl', '!unset', c.id, al.id, false, a.blocked, $2, $2
                  from a join company c on c.erp_id = a.company_erp_id join access_level al on al.code = a.level
                 where not (a.email = any($3::text[]))
                on conflict (email) do update set name = excluded.name, access_level_id = excluded.access_level_id,
                       blocked = excluded.blocked, updated_at = excluded.updated_at
                where app_user.company_id = excluded.company_id
                  and (app_user.name, app_user.access_level_id, app_user.blocked)
                      is distinct from (excluded.name, excluded.access_level_id, excluded.blocked)
                returning id, email, blocked)
         select up.id, up.blocked, prev.blocked as was_blocked from up left join prev on prev.email = up.email`,
        [JSON.stringify(accounts), now, [...clashes]],
      );
      changedUsers = users.rowCount ?? 0;
      const revoked = users.rows.filter((u) => u.blocked && u.was_blocked === false).map((u) => u.id);
      if (revoked.length)
        events.push({
          topic: ACCESS_REVOKED,
          payload: { userIds: revoked, reason: 'Account blocked in the ERP' } satisfies AccessRevokedEvent,
        });
    }
    if (up.rows.length) events.push({ topic: ERP_EVENTS.customersChanged, payload: { companyIds: keysOrMany(up.rows.map((r) => r.id)) } });
    return { changed: up.rows.length + changedUsers, unchanged: live.length - up.rows.length, rejected, events };
  },
};

// --- statuses of documents Kontor pushed ---------------------------------------------------------------

/** Keeps only messages whose key the inbox has not seen; records the new keys (same transaction). */
export async function inboxFilter<T extends ErpRecordBase>(
  client: PgClient,
  entity: ErpEntity,
  records: T[],
  now: Date,
  key: (r: T) => string = (r) => `${entity}:${r.erpId}:${r.modifiedAt}`,
): Promise<{ fresh: T[]; duplicates: number }> {
  if (!records.length) return { fresh: [], duplicates: 0 };
  const keys = records.map(key);
  const res = await client.query<{ message_key: string }>(
    `insert into erp_inbox (message_key, entity, received_at) select k, $2, $3 from unnest($1::text[]) as k
     on conflict (message_key) do nothing returning message_key`,
    [[...new Set(keys)], entity, now],
  );
  const fresh = new Set(res.rows.map((r) => r.message_key));
  const out: T[] = [];
  records.forEach((r, i) => {
    if (fresh.delete(keys[i])) out.push(r);
  });
  return { fresh: out, duplicates: records.length - out.length };
}

/** Status changes: an inbox drops duplicates, and an older status arriving late never overwrites a newer one. */
export const statusesSink: Sink<'orderStatuses'> = {
  entity: 'orderStatuses',
  tables: ['erp_document', 'erp_inbox'],
  async apply(client, records, now) {
    const { fresh, duplicates } = await inboxFilter(client, 'orderStatuses', records, now);
    if (!fresh.length) return { changed: 0, unchanged: duplicates, rejected: [], events: [] };
    const rows = fresh.map((r) => ({
      kind: r.documentKind,
      kontor_reference: r.kontorReference,
      erp_id: r.erpId,
      erp_number: r.erpNumber ?? null,
      status: r.status,
      reason: r.reason ?? null,
      changed_at: r.changedAt,
    }));
    const res = await client.query<{
      kind: string;
      kontor_reference: string;
      status: string;
      erp_number: string | null;
      reason: string | null;
      changed_at: Date;
    }>(
      `insert into erp_document (kind, kontor_reference, erp_id, erp_number, status, reason, changed_at, updated_at)
       select distinct on (kind, kontor_reference) kind, kontor_reference, erp_id, erp_number, status, reason, changed_at, $2
         from json_to_recordset($1::json) as s(kind text, kontor_reference text, erp_id text, erp_number text, status text, reason text, changed_at timestamptz)
        order by kind, kontor_reference, changed_at desc
       on conflict (kind, kontor_reference) do update set erp_id = excluded.erp_id, erp_number = coalesce(excluded.erp_number, erp_document.erp_number),
              status = excluded.status, reason = excluded.reason, changed_at = excluded.changed_at, updated_at = excluded.updated_at
       where excluded.changed_at > erp_document.changed_at
          or (excluded.changed_at = erp_document.changed_at and excluded.status is distinct from erp_document.status)
       returning kind, kontor_reference, status, erp_number, reason, changed_at`,
      [JSON.stringify(rows), now],
    );
    const events: PendingEvent[] = [];
    for (const r of res.rows) {
      const ev: ErpStatusEvent = {
        kind: r.kind,
        kontorReference: r.kontor_reference,
        status: r.status,
        erpNumber: r.erp_number,
        reason: r.reason,
        changedAt: asDate(r.changed_at).toISOString(),
      };
      events.push(
        { topic: ERP_EVENTS.statusChanged, id: r.kontor_reference, payload: ev },
        { topic: ERP_EVENTS.statusChanged, payload: ev },
      );
    }
    return { changed: res.rows.length, unchanged: records.length - res.rows.length, rejected: [], events };
  },
};

// --- invoices, payments, balances (this module's own tables) -------------------------------------------

const companyResolve: Resolve = { column: 'company_id', from: 'customer_erp_id', table: 'company', what: 'the customer (customerErpId)' };
const settlementEvents = (companyIds: string[]): PendingEvent[] => [
  { topic: ERP_EVENTS.settlementsChanged, payload: { companyIds: keysOrMany(companyIds) } },
];

export const invoicesSink = tableSink({
  entity: 'invoices',
  table: 'invoice',
  resolve: companyResolve,
  softDeletable: true,
  returning: 'company_id',
  columns: [
    { name: 'number', type: 'text', value: (r) => r.number },
    { name: 'kontor_reference', type: 'text', value: (r) => r.kontorReference ?? null },
    { name: 'issued_at', type: 'timestamptz', value: (r) => r.issuedAt },
    { name: 'due_at', type: 'timestamptz', value: (r) => r.dueAt },
    { name: 'currency', type: 'text', value: (r) => r.currency },
    { name: 'net_minor', type: 'bigint', value: (r) => r.netMinor },
    { name: 'gross_minor', type: 'bigint', value: (r) => r.grossMinor },
    { name: 'has_pdf', type: 'boolean', value: (r) => r.hasPdf },
    { name: 'erp_modified_at', type: 'timestamptz', value: (r) => r.modifiedAt },
  ],
  events: settlementEvents,
});

const paymentsTable = tableSink({
  entity: 'payments',
  table: 'payment',
  resolve: companyResolve,
  returning: 'invoice_erp_id',
  columns: [
    { name: 'invoice_erp_id', type: 'text', value: (r) => r.invoiceErpId ?? null },
    { name: 'amount_minor', type: 'bigint', value: (r) => r.amountMinor },
    { name: 'currency', type: 'text', value: (r) => r.currency },
    { name: 'paid_at', type: 'timestamptz', value: (r) => r.paidAt },
    { name: 'method', type: 'text', value: (r) => r.method },
  ],
  // the invoices' paid amounts follow their payments
  async after(client, invoiceErpIds, now) {
    const ids = invoiceErpIds.filter((x) => !!x);
    if (!ids.length) return;
    await client.query(
      `update invoice i set paid_minor = coalesce((select sum(p.amount_minor) from payment p where p.invoice_erp_id = i.erp_id), 0), updated_at = $2
        where i.erp_id = any($1)`,
      [ids, now],
    );
  },
  events: () => [{ topic: ERP_EVENTS.settlementsChanged, payload: { companyIds: [] } }],
});

/** Payments land in `payment`; those naming a Kontor order also get a route to the orders module (payment-routing.ts). */
export const paymentsSink: Sink<'payments'> = {
  ...paymentsTable,
  tables: [...paymentsTable.tables, 'erp_payment_route'],
  async apply(client, records, now, memory) {
    const result = await paymentsTable.apply(client, records, now, memory);
    await recordPaymentRoutes(client, records, now);
    return result;
  },
};

export const balancesSink = tableSink({
  entity: 'balances',
  table: 'customer_balance',
  resolve: companyResolve,
  returning: 'company_id',
  columns: [
    { name: 'currency', type: 'text', value: (r) => r.currency },
    { name: 'balance_minor', type: 'bigint', value: (r) => r.balanceMinor },
    { name: 'overdue_minor', type: 'bigint', value: (r) => r.overdueMinor },
    { name: 'credit_limit_minor', type: 'bigint', value: (r) => r.creditLimitMinor ?? null },
    { name: 'as_of', type: 'timestamptz', value: (r) => r.asOf },
  ],
  events: settlementEvents,
});

/** The sinks this module wires itself; catalog, pricing and stock sinks join from catalog-, pricing- and stock-sinks.ts. */
export const CORE_SINKS: Sink[] = [customersSink, statusesSink, invoicesSink, paymentsSink, balancesSink] as Sink[];

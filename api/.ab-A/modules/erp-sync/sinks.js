"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get CORE_SINKS () {
        return CORE_SINKS;
    },
    get FIRST_LOAD () {
        return FIRST_LOAD;
    },
    get balancesSink () {
        return balancesSink;
    },
    get contentHash () {
        return contentHash;
    },
    get customersSink () {
        return customersSink;
    },
    get inboxFilter () {
        return inboxFilter;
    },
    get invoicesSink () {
        return invoicesSink;
    },
    get keysOrMany () {
        return keysOrMany;
    },
    get latestPerErpId () {
        return latestPerErpId;
    },
    get paymentsSink () {
        return paymentsSink;
    },
    get statusesSink () {
        return statusesSink;
    },
    get tableSink () {
        return tableSink;
    }
});
const _nodecrypto = require("node:crypto");
const _accountsservice = require("../accounts/accounts.service");
const _events = require("./events");
const _paymentrouting = require("./payment-routing");
const _pg = require("./pg");
const _sinksupport = require("./sink-support");
const FIRST_LOAD = 'first-load';
function contentHash(record) {
    const { modifiedAt: _m, ...rest } = record;
    void _m;
    return (0, _nodecrypto.createHash)('sha1').update(JSON.stringify(rest)).digest('base64url');
}
function latestPerErpId(records) {
    const byId = new Map();
    for (const r of records){
        const prev = byId.get(r.erpId);
        if (!prev || prev.modifiedAt <= r.modifiedAt) byId.set(r.erpId, r);
    }
    return {
        latest: [
            ...byId.values()
        ],
        duplicates: records.length - byId.size
    };
}
function tableSink(spec) {
    const cols = spec.columns;
    const t = spec.table;
    const rs = spec.resolve;
    const staging = [
        'erp_id text',
        'content_hash text',
        ...cols.map((c)=>`"${c.name}" ${c.type}`),
        ...rs ? [
            `"${rs.from}" text`
        ] : []
    ];
    const target = [
        'erp_id',
        'content_hash',
        ...cols.map((c)=>c.name),
        ...rs ? [
            rs.column
        ] : []
    ];
    const source = [
        's.erp_id',
        's.content_hash',
        ...cols.map((c)=>`s."${c.name}"`),
        ...rs ? [
            'r.id'
        ] : []
    ];
    const updates = target.filter((c)=>c !== 'erp_id').map((c)=>`"${c}" = excluded."${c}"`).concat([
        'updated_at = excluded.updated_at'
    ], spec.softDeletable ? [
        'deleted_at = null'
    ] : []);
    const changedWhere = `"${t}".content_hash is distinct from excluded.content_hash${spec.softDeletable ? ` or "${t}".deleted_at is not null` : ''}`;
    const ret = spec.returning ?? 'erp_id';
    const sql = `
with s as (select * from json_to_recordset($1::json) as x(${staging.join(', ')})),
     up as (
       insert into "${t}" (id, ${target.map((c)=>`"${c}"`).join(', ')}, updated_at${spec.createdAt ? ', created_at' : ''})
       select gen_random_uuid(), ${source.join(', ')}, $2${spec.createdAt ? ', $2' : ''}
         from s${rs ? ` join "${rs.table}" r on r.erp_id = s."${rs.from}"` : ''}
       on conflict (erp_id) do update set ${updates.join(', ')}
       where ${changedWhere}
       returning ${ret}::text as v)
select 'c' as k, v from up${rs ? `\nunion all select 'u' as k, s.erp_id from s where not exists (select 1 from "${rs.table}" r where r.erp_id = s."${rs.from}")` : ''}`;
    return {
        entity: spec.entity,
        tables: [
            t,
            ...spec.resolve ? [
                spec.resolve.table
            ] : []
        ],
        softDelete: spec.softDeletable ? {
            table: t,
            live: 'deleted_at is null',
            set: 'deleted_at = $1'
        } : undefined,
        async apply (client, records, now) {
            const live = records.filter((r)=>!r.deleted);
            const tombstones = records.filter((r)=>r.deleted).map((r)=>r.erpId);
            const rows = live.map((r)=>{
                const row = {
                    erp_id: r.erpId,
                    content_hash: contentHash(r)
                };
                for (const c of cols)row[c.name] = c.value(r);
                if (spec.resolve) row[spec.resolve.from] = r[camel(spec.resolve.from)] ?? null;
                return row;
            });
            const changed = [];
            const rejected = [];
            let upserted = 0;
            let unresolved = 0;
            if (rows.length) {
                const res = await client.query(sql, [
                    JSON.stringify(rows),
                    now
                ]);
                for (const row of res.rows){
                    if (row.k === 'u') unresolved++;
                    if (row.k === 'c') {
                        upserted++;
                        changed.push(row.v);
                    } else rejected.push((0, _sinksupport.reject)(spec.entity, live.find((r)=>r.erpId === row.v) ?? {
                        erpId: row.v
                    }, `${spec.resolve.what} is unknown to Kontor (not synced yet or deleted in the ERP)`));
                }
            }
            if (tombstones.length) {
                if (spec.softDeletable) {
                    const res = await client.query(`update "${t}" set deleted_at = $2, updated_at = $2 where erp_id = any($1) and deleted_at is null returning ${ret}::text as v`, [
                        tombstones,
                        now
                    ]);
                    changed.push(...res.rows.map((r)=>r.v));
                } else {
                    for (const id of tombstones){
                        rejected.push((0, _sinksupport.reject)(spec.entity, {
                            erpId: id,
                            deleted: true
                        }, `${spec.entity} cannot be deleted in Kontor`));
                    }
                }
            }
            if (spec.after && changed.length) await spec.after(client, changed, now);
            return {
                changed: changed.length,
                unchanged: rows.length - upserted - unresolved,
                rejected,
                events: changed.length && spec.events ? spec.events(changed) : []
            };
        }
    };
}
const camel = (snake)=>snake.replace(/_([a-z])/g, (_, c)=>c.toUpperCase());
/** Above this many changed keys an event says "many" (an empty list) rather than carrying them all. */ const EVENT_KEY_LIMIT = 1000;
const keysOrMany = (keys)=>keys.length > EVENT_KEY_LIMIT ? [] : [
        ...new Set(keys)
    ];
const customersSink = {
    entity: 'customers',
    tables: [
        'company',
        'app_user',
        'access_level'
    ],
    async apply (client, records, now) {
        const rejected = [];
        const live = records.filter((r)=>!r.deleted);
        for (const r of records.filter((x)=>x.deleted)){
            rejected.push((0, _sinksupport.reject)('customers', r, 'customers are never deleted from Kontor; block them in the ERP instead'));
        }
        if (!live.length) return {
            changed: 0,
            unchanged: 0,
            rejected,
            events: []
        };
        const before = await client.query('select erp_id, blocked from company where erp_id = any($1) for update', [
            live.map((r)=>r.erpId)
        ]);
        const wasBlocked = new Map(before.rows.map((r)=>[
                r.erp_id,
                r.blocked
            ]));
        const rows = live.map((r)=>({
                erp_id: r.erpId,
                name: r.name,
                tax_id: r.taxId ?? null,
                blocked: r.blocked,
                blocked_reason: r.blocked ? r.blockedReason ?? 'Blocked in the ERP' : null
            }));
        const up = await client.query(`insert into company (id, erp_id, name, tax_id, blocked, blocked_reason, created_at, updated_at)
       select gen_random_uuid(), s.erp_id, s.name, s.tax_id, s.blocked, s.blocked_reason, $2, $2
         from json_to_recordset($1::json) as s(erp_id text, name text, tax_id text, blocked boolean, blocked_reason text)
       on conflict (erp_id) do update set name = excluded.name, tax_id = excluded.tax_id, blocked = excluded.blocked,
              blocked_reason = excluded.blocked_reason, updated_at = excluded.updated_at
       where (company.name, company.tax_id, company.blocked, company.blocked_reason)
             is distinct from (excluded.name, excluded.tax_id, excluded.blocked, excluded.blocked_reason)
       returning id, erp_id, blocked`, [
            JSON.stringify(rows),
            now
        ]);
        const events = [];
        for (const row of up.rows){
            if (row.blocked && !wasBlocked.get(row.erp_id)) {
                const ev = {
                    companyId: row.id,
                    reason: 'Company blocked in the ERP'
                };
                events.push({
                    topic: _accountsservice.ACCESS_REVOKED,
                    payload: ev
                });
            }
        }
        // accounts: created with no usable password (the person sets one through "forgot password");
        // an e-mail that belongs to another company or to staff is never taken over.
        const accounts = live.flatMap((r)=>(r.accounts ?? []).map((a)=>({
                    company_erp_id: r.erpId,
                    email: a.email.trim().toLowerCase(),
                    name: a.name,
                    level: a.accessLevel,
                    blocked: a.blocked
                })));
        let changedUsers = 0;
        if (accounts.length) {
            const clash = await client.query(`select u.email from app_user u join json_to_recordset($1::json) as a(company_erp_id text, email text) on a.email = u.email
          left join company c on c.id = u.company_id
          where c.erp_id is distinct from a.company_erp_id`, [
                JSON.stringify(accounts)
            ]);
            const clashes = new Set(clash.rows.map((r)=>r.email));
            for (const a of accounts.filter((x)=>clashes.has(x.email))){
                rejected.push((0, _sinksupport.reject)('customers', a, `the e-mail ${a.email} belongs to another company or to staff`));
            }
            const users = await client.query(`with a as (select * from json_to_recordset($1::json) as a(company_erp_id text, email text, name text, level text, blocked boolean)),
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
         select up.id, up.blocked, prev.blocked as was_blocked from up left join prev on prev.email = up.email`, [
                JSON.stringify(accounts),
                now,
                [
                    ...clashes
                ]
            ]);
            changedUsers = users.rowCount ?? 0;
            const revoked = users.rows.filter((u)=>u.blocked && u.was_blocked === false).map((u)=>u.id);
            if (revoked.length) events.push({
                topic: _accountsservice.ACCESS_REVOKED,
                payload: {
                    userIds: revoked,
                    reason: 'Account blocked in the ERP'
                }
            });
        }
        if (up.rows.length) events.push({
            topic: _events.ERP_EVENTS.customersChanged,
            payload: {
                companyIds: keysOrMany(up.rows.map((r)=>r.id))
            }
        });
        return {
            changed: up.rows.length + changedUsers,
            unchanged: live.length - up.rows.length,
            rejected,
            events
        };
    }
};
async function inboxFilter(client, entity, records, now, key = (r)=>`${entity}:${r.erpId}:${r.modifiedAt}`) {
    if (!records.length) return {
        fresh: [],
        duplicates: 0
    };
    const keys = records.map(key);
    const res = await client.query(`insert into erp_inbox (message_key, entity, received_at) select k, $2, $3 from unnest($1::text[]) as k
     on conflict (message_key) do nothing returning message_key`, [
        [
            ...new Set(keys)
        ],
        entity,
        now
    ]);
    const fresh = new Set(res.rows.map((r)=>r.message_key));
    const out = [];
    records.forEach((r, i)=>{
        if (fresh.delete(keys[i])) out.push(r);
    });
    return {
        fresh: out,
        duplicates: records.length - out.length
    };
}
const statusesSink = {
    entity: 'orderStatuses',
    tables: [
        'erp_document',
        'erp_inbox'
    ],
    async apply (client, records, now) {
        const { fresh, duplicates } = await inboxFilter(client, 'orderStatuses', records, now);
        if (!fresh.length) return {
            changed: 0,
            unchanged: duplicates,
            rejected: [],
            events: []
        };
        const rows = fresh.map((r)=>({
                kind: r.documentKind,
                kontor_reference: r.kontorReference,
                erp_id: r.erpId,
                erp_number: r.erpNumber ?? null,
                status: r.status,
                reason: r.reason ?? null,
                changed_at: r.changedAt
            }));
        const res = await client.query(`insert into erp_document (kind, kontor_reference, erp_id, erp_number, status, reason, changed_at, updated_at)
       select distinct on (kind, kontor_reference) kind, kontor_reference, erp_id, erp_number, status, reason, changed_at, $2
         from json_to_recordset($1::json) as s(kind text, kontor_reference text, erp_id text, erp_number text, status text, reason text, changed_at timestamptz)
        order by kind, kontor_reference, changed_at desc
       on conflict (kind, kontor_reference) do update set erp_id = excluded.erp_id, erp_number = coalesce(excluded.erp_number, erp_document.erp_number),
              status = excluded.status, reason = excluded.reason, changed_at = excluded.changed_at, updated_at = excluded.updated_at
       where excluded.changed_at > erp_document.changed_at
          or (excluded.changed_at = erp_document.changed_at and excluded.status is distinct from erp_document.status)
       returning kind, kontor_reference, status, erp_number, reason, changed_at`, [
            JSON.stringify(rows),
            now
        ]);
        const events = [];
        for (const r of res.rows){
            const ev = {
                kind: r.kind,
                kontorReference: r.kontor_reference,
                status: r.status,
                erpNumber: r.erp_number,
                reason: r.reason,
                changedAt: (0, _pg.asDate)(r.changed_at).toISOString()
            };
            events.push({
                topic: _events.ERP_EVENTS.statusChanged,
                id: r.kontor_reference,
                payload: ev
            }, {
                topic: _events.ERP_EVENTS.statusChanged,
                payload: ev
            });
        }
        return {
            changed: res.rows.length,
            unchanged: records.length - res.rows.length,
            rejected: [],
            events
        };
    }
};
// --- invoices, payments, balances (this module's own tables) -------------------------------------------
const companyResolve = {
    column: 'company_id',
    from: 'customer_erp_id',
    table: 'company',
    what: 'the customer (customerErpId)'
};
const settlementEvents = (companyIds)=>[
        {
            topic: _events.ERP_EVENTS.settlementsChanged,
            payload: {
                companyIds: keysOrMany(companyIds)
            }
        }
    ];
const invoicesSink = tableSink({
    entity: 'invoices',
    table: 'invoice',
    resolve: companyResolve,
    softDeletable: true,
    returning: 'company_id',
    columns: [
        {
            name: 'number',
            type: 'text',
            value: (r)=>r.number
        },
        {
            name: 'kontor_reference',
            type: 'text',
            value: (r)=>r.kontorReference ?? null
        },
        {
            name: 'issued_at',
            type: 'timestamptz',
            value: (r)=>r.issuedAt
        },
        {
            name: 'due_at',
            type: 'timestamptz',
            value: (r)=>r.dueAt
        },
        {
            name: 'currency',
            type: 'text',
            value: (r)=>r.currency
        },
        {
            name: 'net_minor',
            type: 'bigint',
            value: (r)=>r.netMinor
        },
        {
            name: 'gross_minor',
            type: 'bigint',
            value: (r)=>r.grossMinor
        },
        {
            name: 'has_pdf',
            type: 'boolean',
            value: (r)=>r.hasPdf
        },
        {
            name: 'erp_modified_at',
            type: 'timestamptz',
            value: (r)=>r.modifiedAt
        }
    ],
    events: settlementEvents
});
const paymentsTable = tableSink({
    entity: 'payments',
    table: 'payment',
    resolve: companyResolve,
    returning: 'invoice_erp_id',
    columns: [
        {
            name: 'invoice_erp_id',
            type: 'text',
            value: (r)=>r.invoiceErpId ?? null
        },
        {
            name: 'amount_minor',
            type: 'bigint',
            value: (r)=>r.amountMinor
        },
        {
            name: 'currency',
            type: 'text',
            value: (r)=>r.currency
        },
        {
            name: 'paid_at',
            type: 'timestamptz',
            value: (r)=>r.paidAt
        },
        {
            name: 'method',
            type: 'text',
            value: (r)=>r.method
        }
    ],
    // the invoices' paid amounts follow their payments
    async after (client, invoiceErpIds, now) {
        const ids = invoiceErpIds.filter((x)=>!!x);
        if (!ids.length) return;
        await client.query(`update invoice i set paid_minor = coalesce((select sum(p.amount_minor) from payment p where p.invoice_erp_id = i.erp_id), 0), updated_at = $2
        where i.erp_id = any($1)`, [
            ids,
            now
        ]);
    },
    events: ()=>[
            {
                topic: _events.ERP_EVENTS.settlementsChanged,
                payload: {
                    companyIds: []
                }
            }
        ]
});
const paymentsSink = {
    ...paymentsTable,
    tables: [
        ...paymentsTable.tables,
        'erp_payment_route'
    ],
    async apply (client, records, now, memory) {
        const result = await paymentsTable.apply(client, records, now, memory);
        await (0, _paymentrouting.recordPaymentRoutes)(client, records, now);
        return result;
    }
};
const balancesSink = tableSink({
    entity: 'balances',
    table: 'customer_balance',
    resolve: companyResolve,
    returning: 'company_id',
    columns: [
        {
            name: 'currency',
            type: 'text',
            value: (r)=>r.currency
        },
        {
            name: 'balance_minor',
            type: 'bigint',
            value: (r)=>r.balanceMinor
        },
        {
            name: 'overdue_minor',
            type: 'bigint',
            value: (r)=>r.overdueMinor
        },
        {
            name: 'credit_limit_minor',
            type: 'bigint',
            value: (r)=>r.creditLimitMinor ?? null
        },
        {
            name: 'as_of',
            type: 'timestamptz',
            value: (r)=>r.asOf
        }
    ],
    events: settlementEvents
});
const CORE_SINKS = [
    customersSink,
    statusesSink,
    invoicesSink,
    paymentsSink,
    balancesSink
];

//# sourceMappingURL=sinks.js.map
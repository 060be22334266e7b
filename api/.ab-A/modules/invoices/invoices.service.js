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
    get InvoicesService () {
        return InvoicesService;
    },
    get scopeCompany () {
        return scopeCompany;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _errors = require("../../common/errors");
const _pagination = require("../../common/pagination");
const _pg = require("../erp-sync/pg");
const SELECT = `
select i.id, i.erp_id as "erpId", i.number, i.company_id as "companyId", i.kontor_reference as "kontorReference",
       i.issued_at as "issuedAt", i.due_at as "dueAt", i.currency, i.net_minor::float8 as "netMinor", i.gross_minor::float8 as "grossMinor",
       i.paid_minor::float8 as "paidMinor", i.has_pdf as "hasPdf", (p.invoice_id is not null) as "pdfReady", i.updated_at as "updatedAt",
       case when i.paid_minor >= i.gross_minor then 'paid' when i.due_at < $1 then 'overdue' else 'open' end as status
  from invoice i left join invoice_pdf p on p.invoice_id = i.id`;
function scopeCompany(ctx, companyId) {
    const own = (0, _actor.ownCompanyId)(ctx.actor);
    if (own) {
        if (companyId && companyId !== own) throw (0, _errors.forbidden)('You can only see your own company’s settlements.');
        return own;
    }
    if (!companyId) throw (0, _errors.badInput)('Name the customer: companyId is required for staff.');
    if (!(0, _actor.canReachCompany)(ctx.actor, companyId)) throw (0, _errors.forbidden)('This customer is not assigned to you.');
    return companyId;
}
const invoiceDates = (r)=>({
        ...r,
        issuedAt: (0, _pg.asDate)(r.issuedAt),
        dueAt: (0, _pg.asDate)(r.dueAt),
        updatedAt: (0, _pg.asDate)(r.updatedAt)
    });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let InvoicesService = class InvoicesService {
    constructor(maxPageSize){
        this.maxPageSize = maxPageSize;
    }
    async list(ctx, args) {
        const companyId = scopeCompany(ctx, args.companyId);
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const [at, id] = args.after ? (0, _pagination.decodeCursor)(args.after, 2) : [
            null,
            null
        ];
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select * from (${SELECT} where i.company_id = $2 and i.deleted_at is null
            and ($3::timestamptz is null or (i.issued_at, i.id) < ($3::timestamptz, $4::uuid))) x
          where ($5::text is null or x.status = $5)
          order by "issuedAt" desc, id desc limit $6`, [
                ctx.clock.now(),
                companyId,
                at,
                id,
                args.status ?? null,
                n + 1
            ]));
        return (0, _pagination.toPage)(rows.rows.map(invoiceDates), n, (r)=>[
                r.issuedAt.toISOString(),
                r.id
            ]);
    }
    async get(ctx, id) {
        if (!UUID.test(id)) return null;
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`${SELECT} where i.id = $2 and i.deleted_at is null`, [
                ctx.clock.now(),
                id
            ]));
        const row = rows.rows[0] ? invoiceDates(rows.rows[0]) : undefined;
        // another company's invoice looks exactly like a missing one
        if (!row || !(0, _actor.canReachCompany)(ctx.actor, row.companyId)) return null;
        return row;
    }
    async pdf(ctx, id) {
        const inv = await this.get(ctx, id);
        if (!inv) return null;
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query('select content, sha256, size from invoice_pdf where invoice_id = $1', [
                id
            ]));
        const f = rows.rows[0];
        if (!f) return null;
        return {
            invoiceId: id,
            filename: `${inv.number.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`,
            contentType: 'application/pdf',
            size: f.size,
            sha256: f.sha256,
            base64: f.content.toString('base64')
        };
    }
    /** Worker side: fetches PDFs the ERP has and Kontor does not yet; one bad PDF does not stop the rest. */ async fetchMissingPdfs(ctx, connector, limit = 200) {
        const missing = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select i.id, i.erp_id from invoice i where i.has_pdf and i.deleted_at is null
            and not exists (select 1 from invoice_pdf p where p.invoice_id = i.id) order by i.issued_at desc limit $1`, [
                limit
            ]));
        let fetched = 0;
        let failed = 0;
        for (const row of missing.rows){
            try {
                const pdf = await connector.fetchInvoicePdf(row.erp_id);
                await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`insert into invoice_pdf (invoice_id, content, sha256, size, fetched_at) values ($1, $2, $3, $4, $5)
             on conflict (invoice_id) do update set content = excluded.content, sha256 = excluded.sha256, size = excluded.size, fetched_at = excluded.fetched_at`, [
                        row.id,
                        pdf,
                        (0, _nodecrypto.createHash)('sha256').update(pdf).digest('hex'),
                        pdf.length,
                        ctx.clock.now()
                    ]));
                fetched++;
            } catch (err) {
                failed++;
                ctx.log.warn({
                    invoice: row.erp_id,
                    err: err.message
                }, 'invoice PDF not fetched');
            }
        }
        return {
            fetched,
            failed
        };
    }
};

//# sourceMappingURL=invoices.service.js.map
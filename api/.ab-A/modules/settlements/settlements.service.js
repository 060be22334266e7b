"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SettlementsService", {
    enumerable: true,
    get: function() {
        return SettlementsService;
    }
});
const _pagination = require("../../common/pagination");
const _pg = require("../erp-sync/pg");
const _invoicesservice = require("../invoices/invoices.service");
let SettlementsService = class SettlementsService {
    constructor(maxPageSize){
        this.maxPageSize = maxPageSize;
    }
    async summary(ctx, companyIdArg) {
        const companyId = (0, _invoicesservice.scopeCompany)(ctx, companyIdArg);
        return (0, _pg.withPgClient)(ctx.em, async (c)=>{
            const r = await c.query(`select b.currency, b.balance_minor as balance, b.overdue_minor as overdue, b.credit_limit_minor as credit, b.as_of,
                (select count(*)::int from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < $2) as overdue_n,
                (select count(*)::int from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at >= $2) as open_n,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < $2) as overdue_sum,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i where i.company_id = $1 and i.deleted_at is null and i.paid_minor < i.gross_minor) as open_sum
           from (select 1) one left join customer_balance b on b.company_id = $1`, [
                companyId,
                ctx.clock.now()
            ]);
            const row = r.rows[0];
            // the ERP's stated balance wins; without one, Kontor's own view of unpaid invoices stands in
            const balance = row.balance !== null ? Number(row.balance) : Number(row.open_sum);
            const overdue = row.overdue !== null ? Number(row.overdue) : Number(row.overdue_sum);
            const credit = row.credit === null ? null : Number(row.credit);
            const used = Math.max(0, balance);
            return {
                companyId,
                currency: row.currency ?? 'PLN',
                balanceMinor: balance,
                overdueMinor: overdue,
                overdueInvoices: row.overdue_n,
                openInvoices: row.open_n,
                creditLimitMinor: credit,
                creditUsedMinor: used,
                creditAvailableMinor: credit === null ? null : credit - used,
                asOf: (0, _pg.asDate)(row.as_of)
            };
        });
    }
    async payments(ctx, args) {
        const companyId = (0, _invoicesservice.scopeCompany)(ctx, args.companyId);
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const [at, id] = args.after ? (0, _pagination.decodeCursor)(args.after, 2) : [
            null,
            null
        ];
        const rows = await (0, _pg.withPgClient)(ctx.em, (c)=>c.query(`select p.id, p.erp_id as "erpId", p.company_id as "companyId", p.invoice_erp_id as "invoiceErpId", i.number as "invoiceNumber",
                p.amount_minor::float8 as "amountMinor", p.currency, p.paid_at as "paidAt", p.method
           from payment p left join invoice i on i.erp_id = p.invoice_erp_id and i.company_id = p.company_id
          where p.company_id = $1 and ($2::timestamptz is null or (p.paid_at, p.id) < ($2::timestamptz, $3::uuid))
          order by p.paid_at desc, p.id desc limit $4`, [
                companyId,
                at,
                id,
                n + 1
            ]));
        return (0, _pagination.toPage)(rows.rows.map((r)=>({
                ...r,
                paidAt: (0, _pg.asDate)(r.paidAt)
            })), n, (r)=>[
                r.paidAt.toISOString(),
                r.id
            ]);
    }
};

//# sourceMappingURL=settlements.service.js.map
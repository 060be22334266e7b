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
    get SqlCreditPolicy () {
        return SqlCreditPolicy;
    },
    get creditVerdict () {
        return creditVerdict;
    }
});
const _orderscommon = require("./orders.common");
let SqlCreditPolicy = class SqlCreditPolicy {
    async standing(ctx, companyId) {
        const [row] = await ctx.em.getConnection().execute(`select b.currency, b.balance_minor as balance, b.overdue_minor as overdue, b.credit_limit_minor as credit,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i
                  where i.company_id = ? and i.deleted_at is null and i.paid_minor < i.gross_minor) as open_sum,
                (select coalesce(sum(i.gross_minor - i.paid_minor), 0) from invoice i
                  where i.company_id = ? and i.deleted_at is null and i.paid_minor < i.gross_minor and i.due_at < ?) as overdue_sum,
                (select coalesce(sum(o.gross_minor), 0) from sales_order o
                  where o.company_id = ? and o.status = 'new' and o.kind = 'order') as pending
           from (select 1) one left join customer_balance b on b.company_id = ?`, [
            companyId,
            companyId,
            ctx.clock.now(),
            companyId,
            companyId
        ]);
        return {
            currency: row.currency ?? 'PLN',
            balanceMinor: row.balance !== null ? Number(row.balance) : Number(row.open_sum),
            overdueMinor: row.overdue !== null ? Number(row.overdue) : Number(row.overdue_sum),
            creditLimitMinor: row.credit === null ? null : Number(row.credit),
            pendingMinor: Number(row.pending)
        };
    }
};
async function creditVerdict(ctx, credit, policy, companyId, grossMinor, previousGrossMinor = null) {
    const blocks = previousGrossMinor === null || grossMinor > previousGrossMinor;
    const st = await credit.standing(ctx, companyId);
    const warnings = [];
    if (policy.overduePolicy !== 'off' && st.overdueMinor > 0) {
        const message = `The customer has overdue invoices (${st.overdueMinor / 100} ${st.currency}).`;
        if (policy.overduePolicy === 'block' && blocks) return {
            kind: 'overdueInvoices',
            message,
            overdueMinor: st.overdueMinor,
            currency: st.currency
        };
        warnings.push(message);
    }
    const exposure = st.balanceMinor + st.pendingMinor - (previousGrossMinor ?? 0) + grossMinor;
    if (policy.creditPolicy !== 'off' && st.creditLimitMinor !== null && exposure > st.creditLimitMinor) {
        const message = `The order would take the customer over its credit limit (${exposure / 100} of ${st.creditLimitMinor / 100} ${st.currency}).`;
        if (policy.creditPolicy === 'block' && blocks) {
            return {
                kind: 'creditLimit',
                message,
                limitMinor: st.creditLimitMinor,
                exposureMinor: exposure,
                currency: st.currency
            };
        }
        warnings.push(message);
    }
    return (0, _orderscommon.ok)(warnings.length ? warnings.join(' ') : null);
}

//# sourceMappingURL=credit-policy.js.map
/** Ordering settings (configurable per deployment through the environment). */ "use strict";
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
    get DEFAULT_ORDERS_OPTIONS () {
        return DEFAULT_ORDERS_OPTIONS;
    },
    get ordersOptionsFromEnv () {
        return ordersOptionsFromEnv;
    }
});
const DEFAULT_ORDERS_OPTIONS = {
    reservationHours: 48,
    creditPolicy: 'warn',
    overduePolicy: 'warn',
    repDiscountCapBp: 1000,
    reservationWarnMinutes: 120,
    maxLines: 200,
    sweepChunk: 2000
};
function ordersOptionsFromEnv(env = process.env) {
    const o = {
        ...DEFAULT_ORDERS_OPTIONS
    };
    const num = (name, min, max, fallback)=>{
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
        return n;
    };
    const policy = (name, fallback)=>{
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        if (raw !== 'warn' && raw !== 'block' && raw !== 'off') throw new Error(`${name} must be warn, block or off, got "${raw}"`);
        return raw;
    };
    o.reservationHours = num('KONTOR_RESERVATION_HOURS', 0.01, 24 * 365, o.reservationHours);
    o.creditPolicy = policy('KONTOR_CREDIT_POLICY', o.creditPolicy);
    o.overduePolicy = policy('KONTOR_OVERDUE_POLICY', o.overduePolicy);
    o.repDiscountCapBp = num('KONTOR_REP_DISCOUNT_CAP_BP', 0, 10000, o.repDiscountCapBp);
    return o;
}

//# sourceMappingURL=orders.options.js.map
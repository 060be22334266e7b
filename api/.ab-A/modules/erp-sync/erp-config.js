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
    get backoffMs () {
        return backoffMs;
    },
    get loadErpConfig () {
        return loadErpConfig;
    }
});
const _erpconnector = require("./erp-connector");
const DEFAULT_INTERVAL_MS = 5 * 60_000;
const FAST = [
    'customers'
];
function loadErpConfig(env = process.env) {
    const problems = [];
    const num = (name, fallback, min, max)=>{
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max) {
            problems.push(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
            return fallback;
        }
        return n;
    };
    const bridgeUrl = env.KONTOR_ERP_URL?.trim() || null;
    if (bridgeUrl) {
        try {
            const u = new URL(bridgeUrl);
            if (![
                'http:',
                'https:'
            ].includes(u.protocol)) problems.push(`KONTOR_ERP_URL must start with http: or https:, got "${bridgeUrl}"`);
        } catch  {
            problems.push(`KONTOR_ERP_URL is not a valid URL: "${bridgeUrl}"`);
        }
    }
    const baseInterval = num('KONTOR_ERP_INTERVAL_SECONDS', DEFAULT_INTERVAL_MS / 1000, 1, 86_400) * 1000;
    const intervals = {};
    for (const e of _erpconnector.ERP_ENTITIES){
        const key = `KONTOR_ERP_INTERVAL_${e.replace(/[A-Z]/g, (c)=>`_${c}`).toUpperCase()}_SECONDS`;
        intervals[e] = num(key, FAST.includes(e) ? 60 : baseInterval / 1000, 1, 86_400) * 1000;
    }
    const config = {
        bridgeUrl,
        bridgeToken: env.KONTOR_ERP_TOKEN || null,
        intervals,
        overlapMs: num('KONTOR_ERP_OVERLAP_SECONDS', 120, 0, 86_400) * 1000,
        batchSize: num('KONTOR_ERP_BATCH', 5000, 1, 100_000),
        maxPagesPerRun: num('KONTOR_ERP_MAX_PAGES', 1000, 1, 1_000_000),
        staleBlockingMs: num('KONTOR_ERP_STALE_BLOCKING_SECONDS', 15 * 60, 0, 7 * 86_400) * 1000,
        staleStockMs: num('KONTOR_ERP_STALE_STOCK_SECONDS', 6 * 3600, 0, 30 * 86_400) * 1000,
        maxAttempts: num('KONTOR_ERP_MAX_ATTEMPTS', 300, 1, 100_000),
        backoffBaseMs: num('KONTOR_ERP_BACKOFF_BASE_MS', 1000, 1, 3_600_000),
        backoffMaxMs: num('KONTOR_ERP_BACKOFF_MAX_MS', 15 * 60_000, 1, 86_400_000),
        leaseMs: num('KONTOR_ERP_LEASE_SECONDS', 60, 1, 3600) * 1000,
        maxDeleteShare: num('KONTOR_ERP_MAX_DELETE_SHARE', 0.1, 0, 1),
        timeoutMs: num('KONTOR_ERP_TIMEOUT_SECONDS', 15, 1, 600) * 1000
    };
    if (problems.length) throw new Error(`Kontor cannot start; fix its ERP configuration:\n${problems.map((p)=>`  - ${p}`).join('\n')}`);
    return config;
}
function backoffMs(attempt, baseMs, maxMs, random = Math.random) {
    const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 40)));
    return Math.round(exp / 2 + exp / 2 * random());
}

//# sourceMappingURL=erp-config.js.map
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
    get ediConnectorFromEnv () {
        return ediConnectorFromEnv;
    },
    get loadEdiOptions () {
        return loadEdiOptions;
    }
});
const _ediconnector = require("./edi-connector");
function loadEdiOptions(env, clock) {
    const root = env.KONTOR_EDI_ROOT?.trim();
    if (!root) return null;
    const problems = [];
    const timeZone = env.KONTOR_EDI_TIMEZONE?.trim() || 'Europe/Warsaw';
    try {
        new Intl.DateTimeFormat('en', {
            timeZone
        });
    } catch  {
        problems.push(`KONTOR_EDI_TIMEZONE must be an IANA time zone such as Europe/Warsaw, got "${timeZone}"`);
    }
    const currency = env.KONTOR_EDI_CURRENCY?.trim() || 'PLN';
    if (!/^[A-Z]{3}$/.test(currency)) problems.push(`KONTOR_EDI_CURRENCY must be an ISO 4217 code such as PLN, got "${currency}"`);
    const cp = env.KONTOR_EDI_CODEPAGE?.trim() || '1250';
    if (cp !== '1250' && cp !== '852') problems.push(`KONTOR_EDI_CODEPAGE must be 1250 or 852, got "${cp}"`);
    const policy = env.KONTOR_EDI_RECORD_ERRORS?.trim() || 'quarantine-file';
    if (policy !== 'quarantine-file' && policy !== 'skip-record') {
        problems.push(`KONTOR_EDI_RECORD_ERRORS must be quarantine-file or skip-record, got "${policy}"`);
    }
    const settle = Number(env.KONTOR_EDI_SETTLE_SECONDS?.trim() || '2');
    if (!Number.isFinite(settle) || settle < 0 || settle > 3600) {
        problems.push(`KONTOR_EDI_SETTLE_SECONDS must be a number from 0 to 3600, got "${env.KONTOR_EDI_SETTLE_SECONDS}"`);
    }
    const s = (k)=>env[`KONTOR_EDI_SENDER_${k}`]?.trim() ?? '';
    if (problems.length) throw new Error(`Kontor cannot start; fix its EDI++ configuration:\n${problems.map((p)=>`  - ${p}`).join('\n')}`);
    return {
        root,
        clock,
        timeZone,
        currency,
        codePage: cp === '852' ? 852 : 1250,
        recordErrors: policy,
        settleMs: settle * 1000,
        defaultUnit: env.KONTOR_EDI_UNIT?.trim() || 'szt.',
        issuedBy: env.KONTOR_EDI_ISSUED_BY?.trim() || 'Kontor',
        sender: {
            code: s('CODE') || 'KONTOR',
            shortName: s('SHORT_NAME') || s('NAME'),
            name: s('NAME'),
            city: s('CITY'),
            postCode: s('POST_CODE'),
            street: s('STREET'),
            taxId: s('TAX_ID'),
            warehouseCode: s('WAREHOUSE_CODE'),
            warehouseName: s('WAREHOUSE_NAME'),
            country: s('COUNTRY') || 'Polska'
        }
    };
}
function ediConnectorFromEnv(env, clock) {
    const opts = loadEdiOptions(env, clock);
    return opts ? new _ediconnector.EdiConnector(opts) : null;
}

//# sourceMappingURL=edi-config.js.map
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
    get formatBasisPoints () {
        return formatBasisPoints;
    },
    get formatMinor () {
        return formatMinor;
    },
    get isCurrencyCode () {
        return isCurrencyCode;
    },
    get minorDigits () {
        return minorDigits;
    },
    get parseMinor () {
        return parseMinor;
    }
});
/**
 * ISO 4217 currencies and their minor units. Money in Kontor is an integer number of minor units plus the
 * currency code; these helpers turn it into the decimal text people and clients read, without a float.
 */ /** Currencies whose minor unit is not the usual hundredth. Every other code has 2 minor digits. */ const MINOR_DIGITS = {
    BIF: 0,
    CLP: 0,
    DJF: 0,
    GNF: 0,
    ISK: 0,
    JPY: 0,
    KMF: 0,
    KRW: 0,
    PYG: 0,
    RWF: 0,
    UGX: 0,
    VND: 0,
    VUV: 0,
    XAF: 0,
    XOF: 0,
    XPF: 0,
    BHD: 3,
    IQD: 3,
    JOD: 3,
    KWD: 3,
    LYD: 3,
    OMR: 3,
    TND: 3
};
const CODE = /^[A-Z]{3}$/;
function isCurrencyCode(code) {
    return CODE.test(code);
}
function minorDigits(currency) {
    return MINOR_DIGITS[currency] ?? 2;
}
const POW10 = [
    1,
    10,
    100,
    1000
];
function formatMinor(minor, currency) {
    if (!Number.isSafeInteger(minor)) throw new RangeError(`An amount in minor units must be a safe integer, got ${minor}.`);
    const digits = minorDigits(currency);
    const negative = minor < 0;
    const abs = negative ? -minor : minor;
    if (digits === 0) return negative ? `-${abs}` : `${abs}`;
    const unit = POW10[digits];
    let whole = Math.floor(abs / unit);
    let frac = abs - whole * unit;
    // near 2^53 the division may round up to the next integer
    if (frac < 0) {
        whole -= 1;
        frac += unit;
    }
    const fracText = digits === 2 ? frac < 10 ? `0${frac}` : `${frac}` : frac < 10 ? `00${frac}` : frac < 100 ? `0${frac}` : `${frac}`;
    return negative ? `-${whole}.${fracText}` : `${whole}.${fracText}`;
}
function parseMinor(amount, currency) {
    const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
    if (!m) throw new RangeError(`"${amount}" is not a decimal amount.`);
    const digits = minorDigits(currency);
    const frac = m[3] ?? '';
    if (frac.length > digits) throw new RangeError(`${currency} has ${digits} decimal digits; "${amount}" has more.`);
    const minor = Number(m[2] + frac.padEnd(digits, '0'));
    if (!Number.isSafeInteger(minor)) throw new RangeError(`"${amount}" is too large.`);
    return m[1] ? -minor : minor;
}
function formatBasisPoints(bp) {
    const negative = bp < 0;
    const abs = Math.abs(bp);
    const whole = Math.trunc(abs / 100);
    const frac = abs % 100;
    const text = frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
    return negative ? `-${text}` : text;
}

//# sourceMappingURL=currency.js.map
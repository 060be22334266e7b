/**
 * Field values of EDI++ records (the "Typ danych" column of the EDI++ description): text, integers,
 * amounts ("Kwota": a dot as the decimal separator, no thousands separator, written with 4 decimals),
 * dates (yyyymmddhhnnss, local time of the ERP) and booleans (0/1).
 *
 * Amounts never pass through a float: they are parsed as digit strings into integers at a fixed scale.
 */ "use strict";
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
    get EppValueError () {
        return EppValueError;
    },
    get formatEppDate () {
        return formatEppDate;
    },
    get formatMinor () {
        return formatMinor;
    },
    get formatUnits () {
        return formatUnits;
    },
    get parseBoolean () {
        return parseBoolean;
    },
    get parseDecimal () {
        return parseDecimal;
    },
    get parseEppDate () {
        return parseEppDate;
    },
    get parseInteger () {
        return parseInteger;
    },
    get parseMinor () {
        return parseMinor;
    },
    get parseQuantity () {
        return parseQuantity;
    },
    get parseRateBp () {
        return parseRateBp;
    },
    get quantityToThousandths () {
        return quantityToThousandths;
    },
    get rescale () {
        return rescale;
    }
});
let EppValueError = class EppValueError extends Error {
    constructor(message){
        super(message);
        this.name = 'EppValueError';
    }
};
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
function parseDecimal(text, what = 'amount') {
    const m = DECIMAL.exec(text.trim());
    if (!m) throw new EppValueError(`${what} "${text}" is not a number with a dot decimal separator`);
    const frac = m[3] ?? '';
    const units = BigInt(m[2] + frac) * (m[1] === '-' ? -1n : 1n);
    return {
        units,
        scale: frac.length
    };
}
function rescale(d, scale) {
    if (d.scale <= scale) return {
        units: d.units * 10n ** BigInt(scale - d.scale),
        rounded: false
    };
    const div = 10n ** BigInt(d.scale - scale);
    const neg = d.units < 0n;
    const abs = neg ? -d.units : d.units;
    let q = abs / div;
    const r = abs % div;
    if (r * 2n >= div) q += 1n;
    return {
        units: neg ? -q : q,
        rounded: r !== 0n
    };
}
function toSafeNumber(v, what, text) {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new EppValueError(`${what} "${text}" is out of range`);
    }
    return Number(v);
}
function parseMinor(text, what = 'amount') {
    const { units, rounded } = rescale(parseDecimal(text, what), 2);
    return {
        minor: toSafeNumber(units, what, text),
        rounded
    };
}
function parseQuantity(text, what = 'quantity', maxDecimals = 3) {
    const d = parseDecimal(text, what);
    const { units, rounded } = rescale(d, maxDecimals);
    if (rounded) throw new EppValueError(`${what} "${text}" has more than ${maxDecimals} decimals`);
    const n = toSafeNumber(units, what, text);
    return n / 10 ** maxDecimals;
}
function parseRateBp(text, what = 'VAT rate') {
    const { units, rounded } = rescale(parseDecimal(text, what), 2);
    if (rounded) throw new EppValueError(`${what} "${text}" has more than 2 decimals`);
    return toSafeNumber(units, what, text);
}
function parseInteger(text, what = 'number') {
    const t = text.trim();
    if (!/^-?\d+$/.test(t)) throw new EppValueError(`${what} "${text}" is not an integer`);
    return toSafeNumber(BigInt(t), what, text);
}
function parseBoolean(text, what = 'flag') {
    const t = text.trim().toLowerCase();
    if (t === '1' || t === 'true' || t === '-1') return true;
    if (t === '0' || t === 'false' || t === '') return false;
    throw new EppValueError(`${what} "${text}" is not 0 or 1`);
}
function formatUnits(units, scale, decimals = 4) {
    let v = typeof units === 'bigint' ? units : BigInt(units);
    if (decimals < scale) throw new EppValueError(`cannot write ${scale} decimals with ${decimals} places`);
    v *= 10n ** BigInt(decimals - scale);
    const neg = v < 0n;
    const s = (neg ? -v : v).toString().padStart(decimals + 1, '0');
    const body = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
    return neg ? `-${body}` : body;
}
function formatMinor(minor) {
    if (!Number.isSafeInteger(minor)) throw new EppValueError(`amount ${minor} is not an integer number of minor units`);
    return formatUnits(minor, 2);
}
function quantityToThousandths(q, what = 'quantity') {
    if (!Number.isFinite(q)) throw new EppValueError(`${what} ${q} is not a number`);
    const t = Math.round(q * 1000);
    if (Math.abs(t / 1000 - q) > 1e-9 || !Number.isSafeInteger(t)) {
        throw new EppValueError(`${what} ${q} has more than 3 decimals or is out of range`);
    }
    return BigInt(t);
}
// ---------------------------------------------------------------------------------------------------------
// Dates: yyyymmddhhnnss in the ERP's local time zone (Subiekt writes the Windows local time).
const DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
function zoneOffsetMs(at, timeZone) {
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    }).formatToParts(at);
    const get = (t)=>Number(parts.find((p)=>p.type === t).value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}
function parseEppDate(text, timeZone, what = 'date') {
    const t = text.trim();
    if (t === '') return null;
    const m = DATE.exec(t);
    if (!m) throw new EppValueError(`${what} "${text}" is not yyyymmddhhnnss`);
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const local = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(local);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
        throw new EppValueError(`${what} "${text}" is not a valid date`);
    }
    // Two passes settle the offset around daylight-saving changes.
    let utc = local - zoneOffsetMs(new Date(local), timeZone);
    utc = local - zoneOffsetMs(new Date(utc), timeZone);
    return new Date(utc);
}
function formatEppDate(at, timeZone) {
    const local = new Date(Math.floor(at.getTime() / 1000) * 1000 + zoneOffsetMs(at, timeZone));
    const p = (n, w = 2)=>String(n).padStart(w, '0');
    return p(local.getUTCFullYear(), 4) + p(local.getUTCMonth() + 1) + p(local.getUTCDate()) + p(local.getUTCHours()) + p(local.getUTCMinutes()) + p(local.getUTCSeconds());
}

//# sourceMappingURL=epp-values.js.map
/**
 * Line and document totals from unit prices — the rest of the rounding rule (price-engine.ts states the unit
 * price part). Integer minor units throughout; half-up.
 *
 * - Line net = round(unit net × quantity). Quantities have at most 3 decimals (metres, kilograms).
 * - Document VAT is computed per VAT rate on the SUM of the line nets at that rate:
 *   VAT(rate) = round(Σ net(rate) × rate), gross(rate) = Σ net(rate) + VAT(rate) — the way an invoice states it
 *   (one VAT amount per rate), so the document never drifts by summing per-line roundings.
 * - A line's own gross (for display) = round(line net × (1 + rate)); the document's gross is the sum per rate
 *   above, which can differ from the sum of line grosses by a few minor units — the document wins.
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
    get documentTotals () {
        return documentTotals;
    },
    get lineTotal () {
        return lineTotal;
    },
    get quantityMilli () {
        return quantityMilli;
    }
});
const _priceengine = require("./price-engine");
const BP = 10_000;
function quantityMilli(quantity) {
    const milli = Math.round(quantity * 1000);
    if (!Number.isFinite(quantity) || quantity <= 0 || Math.abs(quantity * 1000 - milli) > 1e-6 || !Number.isSafeInteger(milli)) {
        throw new RangeError(`A quantity must be positive with at most 3 decimals, got ${quantity}.`);
    }
    return milli;
}
function lineTotal(unitNetMinor, quantity, vatRateBp) {
    const netMinor = (0, _priceengine.mulDivHalfUp)(unitNetMinor, quantityMilli(quantity), 1000);
    return {
        netMinor,
        grossMinor: (0, _priceengine.mulDivHalfUp)(netMinor, BP + vatRateBp, BP)
    };
}
function documentTotals(lines) {
    const nets = new Map();
    for (const l of lines){
        if (!Number.isSafeInteger(l.netMinor) || l.netMinor < 0) throw new RangeError(`A line net must be a non-negative integer, got ${l.netMinor}.`);
        if (!Number.isInteger(l.vatRateBp) || l.vatRateBp < 0 || l.vatRateBp > BP) throw new RangeError(`VAT must be 0…10000 bp, got ${l.vatRateBp}.`);
        nets.set(l.vatRateBp, (nets.get(l.vatRateBp) ?? 0) + l.netMinor);
    }
    const byRate = [
        ...nets.entries()
    ].sort((a, b)=>b[0] - a[0]).map(([vatRateBp, netMinor])=>{
        const vatMinor = (0, _priceengine.mulDivHalfUp)(netMinor, vatRateBp, BP);
        return {
            vatRateBp,
            netMinor,
            vatMinor,
            grossMinor: netMinor + vatMinor
        };
    });
    let netMinor = 0;
    let vatMinor = 0;
    for (const r of byRate){
        netMinor += r.netMinor;
        vatMinor += r.vatMinor;
    }
    return {
        netMinor,
        vatMinor,
        grossMinor: netMinor + vatMinor,
        byRate
    };
}

//# sourceMappingURL=totals.js.map
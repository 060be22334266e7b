/**
 * Kontor's price engine: one customer's price for one product at one quantity on one date.
 *
 * A pure function: no I/O, no clock (the date is an input), no randomness; the same input always gives the
 * same result. Money is an integer number of minor units of the price list's currency; rates are basis points
 * (1 bp = 0.01 %, 10000 bp = 100 %). Floats never carry an amount.
 *
 * ── PRECEDENCE ───────────────────────────────────────────────────────────────────────────────────────────
 *  0. Base. The list price from the company's price list (or the default list). On a gross list the net
 *     list price is derived first: net = round(gross × 10000 / (10000 + VAT bp)).
 *  1. Contract price: the company's trade terms, by specificity. The first of these that exists is the
 *     contract price, the others are not looked at (rules never stack):
 *        individual net price  >  product discount  >  category discount  >  manufacturer discount
 *        >  general discount (scope 'all': every product of the company)  >  list.
 *     Among category discounts the deepest category wins: with `categoryPath` (root … leaf) the one nearest
 *     the leaf; without a path the categories have no depth, and the largest discount of the matching ones
 *     wins. Two rules at the same level (bad data): the larger discount; two tiers at one threshold: the lower.
 *  2. Competing offers. The customer gets the LOWEST unit net price of:
 *        – the contract price (1),
 *        – the volume tier for the quantity: the tier with the highest threshold ≤ quantity; tiers of the
 *          company for the product replace the global tiers of the product when it has any,
 *        – every promotion in force on the date that covers the product (by product, any category on its
 *          path, or manufacturer; a promotion naming none of these covers every product).
 *     Exception, the individual price: it is a negotiated, fixed price. When the contract price is an
 *     individual price, tiers and ordinary promotions do not compete with it; only promotions flagged
 *     `beatsIndividual` do (and win only when lower).
 *     Ties go to the earlier of contract, tier, promotion (and among promotions to the earlier in the input).
 *  3. Every candidate is computed from the net LIST price (a promotion's 10 % is 10 % off the list, not off
 *     the customer's discounted price). A candidate above the net list price is not eligible: the engine
 *     never prices above the list. An individual price above the list is set aside and the next contract
 *     level applies.
 *  4. Manual discount (a sales rep's, per unit, % or amount), applied last to the winning price, limited to
 *     `maxPercentBp` of that price, never below zero. It does not change `rule`; it is reported in
 *     `manualDiscountMinor` and in the explanation.
 *  5. Gross = round(final net × (10000 + VAT bp) / 10000). On a gross list, when no rule changed the price,
 *     the unit gross is the list's gross amount itself (no round trip through the net).
 *
 * ── ROUNDING ─────────────────────────────────────────────────────────────────────────────────────────────
 *  Half-up (on amounts ≥ 0 the same as half away from zero) to the currency's minor unit, once at each step
 *  that can produce a fraction: gross → net list conversion; a % off (round(price × (10000 − bp) / 10000));
 *  the manual % and its cap (same formula); net → gross. Nothing else rounds, and nothing rounds twice.
 *
 * ── VALIDITY ─────────────────────────────────────────────────────────────────────────────────────────────
 *  A promotion is in force from `validFrom` INCLUSIVE to `validTo` EXCLUSIVE (null = open on that side).
 *
 * ── BAD INPUT ────────────────────────────────────────────────────────────────────────────────────────────
 *  Caller errors throw a RangeError: quantity not a positive number (products sold by the metre or kilogram
 *  have fractional quantities; tier thresholds compare with them as they are), list amount not an integer in
 *  0…MAX_AMOUNT_MINOR, VAT outside 0…10000 bp, a non-finite date. Bad ERP data must not break a catalog
 *  page, so a RULE that makes no sense (a percent outside 0…100 %, a negative or non-integer price, a fixed
 *  price in another currency than the list's, a tier threshold that is not a positive number) is ignored and the explanation says so.
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
    get MAX_AMOUNT_MINOR () {
        return MAX_AMOUNT_MINOR;
    },
    get grossFromNet () {
        return grossFromNet;
    },
    get mulDivHalfUp () {
        return mulDivHalfUp;
    },
    get netFromGross () {
        return netFromGross;
    },
    get percentOff () {
        return percentOff;
    },
    get resolvePrice () {
        return resolvePrice;
    }
});
const _currency = require("./currency");
const MAX_AMOUNT_MINOR = 100_000_000_000;
const BP = 10_000;
function mulDivHalfUp(a, num, den) {
    const p = a * num;
    if (!Number.isSafeInteger(p) || p < 0 || den <= 0) throw new RangeError(`mulDivHalfUp(${a}, ${num}, ${den}) is out of range.`);
    let q = Math.floor(p / den);
    let r = p - q * den;
    if (r < 0) {
        q -= 1;
        r += den;
    } else if (r >= den) {
        q += 1;
        r -= den;
    }
    return r * 2 >= den ? q + 1 : q;
}
function percentOff(amountMinor, bp) {
    return mulDivHalfUp(amountMinor, BP - bp, BP);
}
function grossFromNet(netMinor, vatRateBp) {
    return mulDivHalfUp(netMinor, BP + vatRateBp, BP);
}
function netFromGross(grossMinor, vatRateBp) {
    return mulDivHalfUp(grossMinor, BP, BP + vatRateBp);
}
const validPercent = (bp)=>bp !== null && Number.isInteger(bp) && bp >= 0 && bp <= BP;
const validAmount = (m)=>m !== null && Number.isSafeInteger(m) && m >= 0 && m <= MAX_AMOUNT_MINOR;
function covers(p, product) {
    const { productIds, categoryIds, manufacturerIds } = p;
    if (productIds.length === 0 && categoryIds.length === 0 && manufacturerIds.length === 0) return true;
    if (productIds.includes(product.productId)) return true;
    if (product.manufacturerId !== null && manufacturerIds.includes(product.manufacturerId)) return true;
    for(let i = 0; i < categoryIds.length; i++)if (product.categoryIds.includes(categoryIds[i])) return true;
    return false;
}
function resolvePrice(input) {
    const { product, list, quantity, at } = input;
    const currency = list.currency;
    const vat = product.vatRateBp;
    if (!Number.isFinite(quantity) || quantity <= 0) throw new RangeError(`Quantity must be a positive number, got ${quantity}.`);
    if (!validAmount(list.amountMinor)) throw new RangeError(`The list amount must be an integer 0…${MAX_AMOUNT_MINOR}, got ${list.amountMinor}.`);
    if (!Number.isInteger(vat) || vat < 0 || vat > BP) throw new RangeError(`VAT must be 0…10000 bp, got ${vat}.`);
    if (!Number.isFinite(at)) throw new RangeError('The pricing date must be a finite time.');
    const fmt = (m)=>`${(0, _currency.formatMinor)(m, currency)} ${currency}`;
    // null when the caller wants no explanation: `explanation?.push(…)` then skips building the text
    const explanation = input.explain === false ? null : [];
    // 0. base
    const listNet = list.gross ? netFromGross(list.amountMinor, vat) : list.amountMinor;
    explanation?.push(list.gross ? `list ${fmt(list.amountMinor)} gross, VAT ${(0, _currency.formatBasisPoints)(vat)} % → ${fmt(listNet)} net` : `list ${fmt(listNet)} net`);
    // 1. contract price, by specificity
    let price = listNet;
    let rule = 'list';
    let ruleRef = null;
    let individualWon = false;
    const ind = input.individual;
    if (ind) {
        if (!validAmount(ind.netMinor)) explanation?.push('individual price ignored: not a valid amount');
        else if (ind.currency !== currency) explanation?.push(`individual price ignored: in ${ind.currency}, the list is in ${currency}`);
        else if (ind.netMinor > listNet) explanation?.push(`individual price ${fmt(ind.netMinor)} ignored: above the list price`);
        else {
            price = ind.netMinor;
            rule = 'individual';
            individualWon = true;
            explanation?.push(`individual price ${fmt(price)}`);
        }
    }
    if (!individualWon && input.discounts && input.discounts.length) {
        let productRule = null;
        let categoryRule = null;
        let categoryDepth = -1;
        let manufacturerRule = null;
        let allRule = null;
        const path = product.categoryPath;
        for(let i = 0; i < input.discounts.length; i++){
            const d = input.discounts[i];
            if (d.scope === 'product') {
                if (d.scopeId !== product.productId) continue;
                if (!validPercent(d.percentBp)) {
                    explanation?.push(`product discount ignored: ${d.percentBp} bp is not 0…100 %`);
                    continue;
                }
                if (!productRule || d.percentBp > productRule.percentBp) productRule = d;
            } else if (d.scope === 'category') {
                if (d.scopeId === null) continue;
                let depth;
                if (path && path.length) {
                    depth = path.lastIndexOf(d.scopeId);
                    if (depth < 0) continue;
                } else {
                    if (!product.categoryIds.includes(d.scopeId)) continue;
                    depth = 0;
                }
                if (!validPercent(d.percentBp)) {
                    explanation?.push(`category discount ignored: ${d.percentBp} bp is not 0…100 %`);
                    continue;
                }
                if (depth > categoryDepth || depth === categoryDepth && d.percentBp > categoryRule.percentBp) {
                    categoryRule = d;
                    categoryDepth = depth;
                }
            } else if (d.scope === 'manufacturer') {
                if (product.manufacturerId === null || d.scopeId !== product.manufacturerId) continue;
                if (!validPercent(d.percentBp)) {
                    explanation?.push(`manufacturer discount ignored: ${d.percentBp} bp is not 0…100 %`);
                    continue;
                }
                if (!manufacturerRule || d.percentBp > manufacturerRule.percentBp) manufacturerRule = d;
            } else if (d.scope === 'all') {
                if (!validPercent(d.percentBp)) {
                    explanation?.push(`general discount ignored: ${d.percentBp} bp is not 0…100 %`);
                    continue;
                }
                if (!allRule || d.percentBp > allRule.percentBp) allRule = d;
            }
        }
        const won = productRule ?? categoryRule ?? manufacturerRule ?? allRule;
        if (won) {
            price = percentOff(listNet, won.percentBp);
            rule = `discount:${won.scope}`;
            ruleRef = won.id ?? null;
            explanation?.push(`${won.scope === 'all' ? 'general' : won.scope} discount ${(0, _currency.formatBasisPoints)(won.percentBp)} % → ${fmt(price)}`);
        }
    }
    // 2. competing offers
    if (!individualWon && input.tiers && input.tiers.length) {
        let hasOwn = false;
        for(let i = 0; i < input.tiers.length; i++)if (input.tiers[i].companySpecific) hasOwn = true;
        let best = null;
        let bestPrice = 0;
        for(let i = 0; i < input.tiers.length; i++){
            const t = input.tiers[i];
            if (t.companySpecific !== hasOwn) continue;
            if (!Number.isFinite(t.minQuantity) || t.minQuantity <= 0) {
                explanation?.push('volume tier ignored: threshold not a positive number');
                continue;
            }
            if (t.minQuantity > quantity) continue;
            let tierPrice;
            if (t.netMinor !== null && t.percentBp === null) {
                if (!validAmount(t.netMinor)) {
                    explanation?.push('volume tier ignored: not a valid amount');
                    continue;
                }
                if (t.currency !== null && t.currency !== currency) {
                    explanation?.push(`volume tier ignored: in ${t.currency}, the list is in ${currency}`);
                    continue;
                }
                tierPrice = t.netMinor;
            } else if (t.percentBp !== null && t.netMinor === null && validPercent(t.percentBp)) {
                tierPrice = percentOff(listNet, t.percentBp);
            } else {
                explanation?.push('volume tier ignored: needs a price or a percent 0…100 %');
                continue;
            }
            if (!best || t.minQuantity > best.minQuantity || t.minQuantity === best.minQuantity && tierPrice < bestPrice) {
                best = t;
                bestPrice = tierPrice;
            }
        }
        if (best) {
            const what = `${hasOwn ? 'volume tier' : 'general volume tier'} from ${best.minQuantity}: ${fmt(bestPrice)}`;
            if (bestPrice > listNet) explanation?.push(`${what} not applied: above the list price`);
            else if (bestPrice < price) {
                explanation?.push(`${what} beats ${fmt(price)}`);
                price = bestPrice;
                rule = 'tier';
                ruleRef = best.id ?? null;
            } else explanation?.push(`${what} not applied: ${fmt(price)} is not higher`);
        }
    }
    if (input.promotions && input.promotions.length) {
        for(let i = 0; i < input.promotions.length; i++){
            const p = input.promotions[i];
            if (!covers(p, product)) continue;
            if (p.validFrom !== null && at < p.validFrom || p.validTo !== null && at >= p.validTo) continue;
            if (individualWon && !p.beatsIndividual) {
                explanation?.push(`promotion ${p.code} not applied: the individual price stands`);
                continue;
            }
            let promoPrice;
            let how;
            if (p.percentBp !== null && p.netMinor === null && validPercent(p.percentBp)) {
                promoPrice = percentOff(listNet, p.percentBp);
                how = `${(0, _currency.formatBasisPoints)(p.percentBp)} % → ${fmt(promoPrice)}`;
            } else if (p.netMinor !== null && p.percentBp === null && validAmount(p.netMinor)) {
                if (p.currency !== null && p.currency !== currency) {
                    explanation?.push(`promotion ${p.code} ignored: in ${p.currency}, the list is in ${currency}`);
                    continue;
                }
                promoPrice = p.netMinor;
                how = fmt(promoPrice);
            } else {
                explanation?.push(`promotion ${p.code} ignored: needs a price or a percent 0…100 %`);
                continue;
            }
            if (promoPrice > listNet) explanation?.push(`promotion ${p.code} ${how} not applied: above the list price`);
            else if (promoPrice < price) {
                explanation?.push(`promotion ${p.code} ${how} beats ${fmt(price)}`);
                price = promoPrice;
                rule = 'promotion';
                ruleRef = p.id ?? null;
            } else explanation?.push(`promotion ${p.code} ${how} not applied: ${fmt(price)} is not higher`);
        }
    }
    // 4. manual discount
    const ruleNet = price;
    let manualDiscount = 0;
    const manual = input.manual;
    if (manual) {
        const cap = manual.maxPercentBp;
        const capBp = Number.isInteger(cap) && cap >= 0 ? cap > BP ? BP : cap : 0;
        const floor = percentOff(price, capBp);
        let wanted;
        let what;
        let ok = true;
        if (manual.kind === 'percent') {
            ok = validPercent(manual.percentBp);
            wanted = ok ? percentOff(price, manual.percentBp) : price;
            what = `manual discount ${(0, _currency.formatBasisPoints)(manual.percentBp)} %`;
        } else {
            ok = validAmount(manual.amountMinor);
            wanted = ok ? manual.amountMinor >= price ? 0 : price - manual.amountMinor : price;
            what = `manual discount ${ok ? fmt(manual.amountMinor) : manual.amountMinor}`;
        }
        if (!ok) explanation?.push(`${what} ignored: not a valid discount`);
        else if (wanted < floor) {
            manualDiscount = price - floor;
            price = floor;
            explanation?.push(`${what} capped at ${(0, _currency.formatBasisPoints)(capBp)} % → ${fmt(price)}`);
        } else {
            manualDiscount = price - wanted;
            price = wanted;
            explanation?.push(`${what} → ${fmt(price)}`);
        }
    }
    // 5. gross
    const untouchedGrossList = list.gross && rule === 'list' && manualDiscount === 0;
    const gross = untouchedGrossList ? list.amountMinor : grossFromNet(price, vat);
    explanation?.push(`${rule === 'list' ? 'price' : rule} ${fmt(price)} net, VAT ${(0, _currency.formatBasisPoints)(vat)} % → ${fmt(gross)} gross`);
    return {
        productId: product.productId,
        quantity,
        currency,
        listNetMinor: listNet,
        unitNetMinor: price,
        unitGrossMinor: gross,
        vatRateBp: vat,
        rule,
        ruleRef,
        ruleNetMinor: ruleNet,
        manualDiscountMinor: manualDiscount,
        explanation: explanation ?? []
    };
}

//# sourceMappingURL=price-engine.js.map
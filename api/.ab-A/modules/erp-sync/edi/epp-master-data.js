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
    get MIN_FIELDS () {
        return MIN_FIELDS;
    },
    get mapMasterData () {
        return mapMasterData;
    },
    get normalizeTaxId () {
        return normalizeTaxId;
    }
});
const _eppvalues = require("./epp-values");
const MIN_FIELDS = {
    TOWARY: 12,
    CENNIK: 4,
    KONTRAHENCI: 8,
    GRUPYTOWAROW: 2
};
/** Special VAT symbols with their negative rate codes (description §1.5). */ const SPECIAL_VAT = {
    '-100': 'zw',
    '-200': 'ex',
    '-300': 'ue',
    '-400': 'npo',
    '-500': 'oo'
};
let RecordError = class RecordError extends Error {
};
function text(rec, n, what, maxLength, required = false) {
    const f = rec.fields[n - 1];
    const v = (f?.value ?? '').trim();
    if (required && v === '') throw new RecordError(`field ${n} (${what}) is empty`);
    if (v.length > maxLength) throw new RecordError(`field ${n} (${what}) is ${v.length} characters, at most ${maxLength}`);
    return v;
}
function value(rec, n, what, parse) {
    try {
        return parse(rec.fields[n - 1]?.value ?? '', `field ${n} (${what})`);
    } catch (e) {
        if (e instanceof _eppvalues.EppValueError) throw new RecordError(e.message);
        throw e;
    }
}
function checkCount(rec, keyword) {
    if (rec.fields.length < MIN_FIELDS[keyword]) {
        throw new RecordError(`${rec.fields.length} fields, a ${keyword} record needs at least ${MIN_FIELDS[keyword]}`);
    }
}
function normalizeTaxId(nip, euPrefix) {
    const v = nip.replace(/[\s-]/g, '').toUpperCase();
    if (v === '') return null;
    if (/^[A-Z]{2}/.test(v) || euPrefix.trim() === '' || euPrefix.trim().toUpperCase() === 'PL') return v;
    return euPrefix.trim().toUpperCase() + v;
}
function mapMasterData(file, opts) {
    const out = {
        products: [],
        categories: [],
        priceLists: [],
        prices: [],
        customers: [],
        problems: [],
        warnings: [],
        ignored: []
    };
    const products = new Map();
    const prices = new Map();
    const customers = new Map();
    const groups = new Map();
    const grossChecks = [];
    const each = (block, entity, fn)=>{
        for (const rec of block.records){
            try {
                fn(rec);
            } catch (e) {
                if (!(e instanceof RecordError)) throw e;
                out.problems.push({
                    line: rec.line,
                    raw: rec.raw,
                    reason: `line ${rec.line}, ${block.keyword}: ${e.message}`,
                    entity
                });
            }
        }
    };
    for (const block of file.blocks){
        if (block.kind === 'document') {
            if (block.docType !== 'ZK') out.ignored.push(`document ${block.docType} (line ${block.line})`);
            continue;
        }
        switch(block.keyword){
            case 'TOWARY':
                each(block, 'products', (rec)=>{
                    checkCount(rec, 'TOWARY');
                    const code = text(rec, 2, 'code', 20, true);
                    const vatSymbol = text(rec, 11, 'VAT symbol', 6);
                    const rate = value(rec, 12, 'VAT rate', _eppvalues.parseRateBp);
                    let vatRateBp = rate;
                    if (rate < 0) {
                        const special = SPECIAL_VAT[String(rate)];
                        if (!special) throw new RecordError(`field 12 (VAT rate) ${rate / 100} is not a known special rate`);
                        vatRateBp = 0;
                    } else if (rate > 10000) throw new RecordError(`field 12 (VAT rate) ${rate / 100} % is above 100 %`);
                    const ean = text(rec, 4, 'barcode', 20);
                    if (products.has(code)) out.warnings.push(`line ${rec.line}: product ${code} appears twice in TOWARY; the later record wins`);
                    products.set(code, {
                        erpId: code,
                        modifiedAt: opts.modifiedAt,
                        sku: code,
                        name: text(rec, 5, 'name', 255, true),
                        ean: ean === '' ? null : ean,
                        description: text(rec, 6, 'description', 4000) || null,
                        unit: text(rec, 10, 'unit', 10, true),
                        vatRateBp,
                        vatSymbol: vatSymbol || (rate < 0 ? SPECIAL_VAT[String(rate)] : String(rate / 100)),
                        categoryErpId: null,
                        manufacturer: null,
                        active: true
                    });
                });
                break;
            case 'CENNIK':
                each(block, 'prices', (rec)=>{
                    checkCount(rec, 'CENNIK');
                    const code = text(rec, 1, 'product code', 20, true);
                    const list = text(rec, 2, 'price name', 20, true);
                    const { minor, rounded } = value(rec, 3, 'net price', _eppvalues.parseMinor);
                    const gross = value(rec, 4, 'gross price', _eppvalues.parseDecimal);
                    if (minor < 0) throw new RecordError(`field 3 (net price) is negative`);
                    if (rounded) out.warnings.push(`line ${rec.line}: net price ${rec.fields[2].value} of ${code} (${list}) rounded to ${(minor / 100).toFixed(2)}`);
                    const erpId = `${list}:${code}:1`;
                    if (prices.has(erpId)) out.warnings.push(`line ${rec.line}: price ${list} of ${code} appears twice; the later record wins`);
                    grossChecks.push({
                        rec,
                        erpId,
                        code,
                        net: value(rec, 3, 'net price', (t)=>(0, _eppvalues.rescale)((0, _eppvalues.parseDecimal)(t), 4).units),
                        gross: (0, _eppvalues.rescale)(gross, 4).units
                    });
                    prices.set(erpId, {
                        erpId,
                        modifiedAt: opts.modifiedAt,
                        priceListErpId: list,
                        productErpId: code,
                        netMinor: minor,
                        currency: opts.currency,
                        minQuantity: 1
                    });
                });
                break;
            case 'KONTRAHENCI':
                each(block, 'customers', (rec)=>{
                    checkCount(rec, 'KONTRAHENCI');
                    value(rec, 1, 'type', _eppvalues.parseInteger);
                    const code = text(rec, 2, 'code', 40, true);
                    const shortName = text(rec, 3, 'short name', 40);
                    const name = text(rec, 4, 'full name', 255) || shortName;
                    if (name === '') throw new RecordError('fields 3 and 4 (names) are both empty');
                    const euPrefix = text(rec, 29, 'EU prefix', 2);
                    if (customers.has(code)) out.warnings.push(`line ${rec.line}: customer ${code} appears twice; the later record wins`);
                    customers.set(code, {
                        erpId: code,
                        modifiedAt: opts.modifiedAt,
                        name,
                        shortName: shortName || name,
                        taxId: normalizeTaxId(text(rec, 8, 'NIP', 20), euPrefix),
                        blocked: false,
                        address: {
                            street: text(rec, 7, 'street', 100),
                            postCode: text(rec, 6, 'post code', 10),
                            city: text(rec, 5, 'city', 60),
                            country: text(rec, 28, 'country', 50)
                        },
                        email: text(rec, 13, 'e-mail', 255) || null,
                        phone: text(rec, 10, 'phone', 50) || null
                    });
                });
                break;
            case 'GRUPYTOWAROW':
                each(block, 'categories', (rec)=>{
                    checkCount(rec, 'GRUPYTOWAROW');
                    groups.set(text(rec, 1, 'product code', 20, true), text(rec, 2, 'group name', 50, true));
                });
                break;
            default:
                out.ignored.push(`${block.keyword} (line ${block.line})`);
        }
    }
    // Net and gross must agree with the product's VAT rate (to a grosz): a comma written as the decimal
    // separator shifts the fields and shows up here.
    for (const g of grossChecks){
        const p = products.get(g.code);
        if (!p || prices.get(g.erpId) === undefined) continue;
        const expected = (g.net * BigInt(10000 + p.vatRateBp) + 5000n) / 10000n;
        const diff = expected > g.gross ? expected - g.gross : g.gross - expected;
        if (diff > 100n) {
            prices.delete(g.erpId);
            out.problems.push({
                line: g.rec.line,
                raw: g.rec.raw,
                entity: 'prices',
                reason: `line ${g.rec.line}, CENNIK: net ${g.rec.fields[2].value} and gross ${g.rec.fields[3].value} of ${g.code} do not agree with ` + `its VAT rate ${p.vatRateBp / 100} % (gross ${(0, _eppvalues.formatUnits)(expected, 4)} expected); is a comma used as the decimal separator?`
            });
        }
    }
    for (const [code, group] of groups){
        const p = products.get(code);
        if (p) p.categoryErpId = group;
        else out.warnings.push(`GRUPYTOWAROW names product ${code}, which is not in TOWARY of this file`);
    }
    const categoryNames = [
        ...new Set(groups.values())
    ].sort();
    out.categories = categoryNames.map((name)=>({
            erpId: name,
            modifiedAt: opts.modifiedAt,
            name,
            parentErpId: null
        }));
    out.products = [
        ...products.values()
    ];
    out.prices = [
        ...prices.values()
    ];
    out.customers = [
        ...customers.values()
    ];
    const lists = [
        ...new Set(out.prices.map((p)=>p.priceListErpId))
    ].sort();
    out.priceLists = lists.map((name)=>({
            erpId: name,
            modifiedAt: opts.modifiedAt,
            name,
            currency: opts.currency
        }));
    return out;
}

//# sourceMappingURL=epp-master-data.js.map
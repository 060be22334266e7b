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
    get ZkValidationError () {
        return ZkValidationError;
    },
    get commentFor () {
        return commentFor;
    },
    get computeZkTotals () {
        return computeZkTotals;
    },
    get eppReference () {
        return eppReference;
    },
    get lineQuantity () {
        return lineQuantity;
    },
    get readZk () {
        return readZk;
    },
    get writeZkFile () {
        return writeZkFile;
    },
    get zkFileName () {
        return zkFileName;
    }
});
const _nodecrypto = require("node:crypto");
const _eppfile = require("./epp-file");
const _epptext = require("./epp-text");
const _eppvalues = require("./epp-values");
let ZkValidationError = class ZkValidationError extends Error {
    constructor(message){
        super(message);
        this.name = 'ZkValidationError';
    }
};
/** Text limits of the ZK header fields Kontor fills. */ const LIMITS = {
    kontorReference: 20,
    number: 30,
    poNumber: 30,
    customerErpId: 20,
    productErpId: 20,
    note: 255,
    unit: 10
};
function limit(value, max, what) {
    if (value.length > max) throw new ZkValidationError(`${what} "${value}" is ${value.length} characters; the ZK field holds ${max}`);
    return value;
}
function oneLine(s) {
    return (s ?? '').replace(/[\r\n\t]+/g, ' ').trim();
}
function divRound(num, den) {
    const neg = num < 0n !== den < 0n;
    const a = num < 0n ? -num : num;
    const b = den < 0n ? -den : den;
    let q = a / b;
    if (a % b * 2n >= b) q += 1n;
    return neg ? -q : q;
}
function lineQuantity(lineNo, quantity) {
    let q;
    try {
        q = (0, _eppvalues.quantityToThousandths)(quantity, `line ${lineNo} quantity`);
    } catch (e) {
        throw new ZkValidationError(e.message);
    }
    if (q <= 0n) throw new ZkValidationError(`line ${lineNo}: quantity ${quantity} must be positive`);
    return q;
}
function computeZkTotals(order) {
    const lines = order.lines.map((l)=>{
        if (!Number.isSafeInteger(l.unitNetMinor) || l.unitNetMinor < 0) throw new ZkValidationError(`line ${l.lineNo}: unit net price ${l.unitNetMinor} is not a non-negative integer of minor units`);
        if (!Number.isSafeInteger(l.vatRateBp) || l.vatRateBp < 0 || l.vatRateBp > 10000) throw new ZkValidationError(`line ${l.lineNo}: VAT rate ${l.vatRateBp} bp is out of range`);
        const qtyThousandths = lineQuantity(l.lineNo, l.quantity);
        const unit = BigInt(l.unitNetMinor);
        const bp = BigInt(l.vatRateBp);
        const netMinor = divRound(qtyThousandths * unit, 1000n);
        const vatMinor = divRound(netMinor * bp, 10000n);
        return {
            netMinor,
            vatMinor,
            grossMinor: netMinor + vatMinor,
            unitGrossMinor: divRound(unit * (10000n + bp), 10000n),
            qtyThousandths
        };
    });
    const sum = (k)=>lines.reduce((a, l)=>a + l[k], 0n);
    return {
        lines,
        netMinor: sum('netMinor'),
        vatMinor: sum('vatMinor'),
        grossMinor: sum('grossMinor')
    };
}
const amount = (minor)=>(0, _epptext.raw)((0, _eppvalues.formatUnits)(minor, 2));
const ZERO = (0, _epptext.raw)('0.0000');
function writeZkFile(order, opts) {
    if (order.lines.length === 0) throw new ZkValidationError('an order without lines cannot be written');
    const seen = new Set();
    for (const l of order.lines){
        if (!Number.isSafeInteger(l.lineNo) || l.lineNo <= 0 || seen.has(l.lineNo)) throw new ZkValidationError(`line number ${l.lineNo} is not a unique positive integer`);
        seen.add(l.lineNo);
        limit(l.productErpId, LIMITS.productErpId, `line ${l.lineNo} product code`);
        if (l.productErpId.trim() === '') throw new ZkValidationError(`line ${l.lineNo} has no product code`);
    }
    if (!/^[A-Z]{3}$/.test(order.currency)) throw new ZkValidationError(`currency "${order.currency}" is not an ISO 4217 code`);
    if (order.customerErpId.trim() === '') throw new ZkValidationError('the order has no customer code');
    if (order.kontorReference.trim() === '') throw new ZkValidationError('the order has no Kontor reference');
    if (/[\r\n"]/.test(order.kontorReference)) throw new ZkValidationError('the Kontor reference contains a line break or a quote');
    if (Number.isNaN(order.placedAt.getTime())) throw new ZkValidationError('the order date is not a valid date');
    const totals = computeZkTotals(order);
    const c = order.customer ?? {};
    const date = (0, _epptext.raw)((0, _eppvalues.formatEppDate)(order.placedAt, opts.timeZone));
    const note = oneLine(order.note);
    const header = [
        'ZK',
        (0, _epptext.raw)(1),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        eppReference(order.kontorReference),
        '',
        limit(order.number, LIMITS.number, 'order number'),
        '',
        null,
        limit(oneLine(order.poNumber), LIMITS.poNumber, 'PO number'),
        '',
        limit(order.customerErpId, LIMITS.customerErpId, 'customer code'),
        oneLine(c.shortName).slice(0, 40),
        oneLine(c.name).slice(0, 255),
        oneLine(c.city).slice(0, 30),
        oneLine(c.postCode).slice(0, 6),
        oneLine(c.street).slice(0, 50),
        oneLine(c.taxId).slice(0, 20),
        '',
        '',
        opts.sender.city,
        date,
        date,
        null,
        (0, _epptext.raw)(order.lines.length),
        (0, _epptext.raw)(1),
        '',
        amount(totals.netMinor),
        amount(totals.vatMinor),
        amount(totals.grossMinor),
        ZERO,
        '',
        ZERO,
        '',
        null,
        ZERO,
        amount(totals.grossMinor),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(1),
        (0, _epptext.raw)(0),
        opts.issuedBy,
        '',
        '',
        ZERO,
        ZERO,
        order.currency,
        (0, _epptext.raw)('1.0000'),
        note.slice(0, LIMITS.note),
        commentFor(order.kontorReference),
        '',
        '',
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        '',
        ZERO,
        '',
        ZERO,
        oneLine(c.country).slice(0, 50),
        '',
        (0, _epptext.raw)(0)
    ];
    const lines = order.lines.map((l, i)=>{
        const t = totals.lines[i];
        const qty = (0, _epptext.raw)((0, _eppvalues.formatUnits)(t.qtyThousandths, 3));
        return [
            (0, _epptext.raw)(l.lineNo),
            (0, _epptext.raw)(1),
            l.productErpId,
            (0, _epptext.raw)(1),
            (0, _epptext.raw)(1),
            (0, _epptext.raw)(0),
            (0, _epptext.raw)(0),
            ZERO,
            ZERO,
            limit(oneLine(l.unit) || opts.defaultUnit, LIMITS.unit, `line ${l.lineNo} unit`),
            qty,
            qty,
            ZERO,
            (0, _epptext.raw)((0, _eppvalues.formatMinor)(l.unitNetMinor)),
            amount(t.unitGrossMinor),
            (0, _epptext.raw)((0, _eppvalues.formatUnits)(l.vatRateBp, 2)),
            amount(t.netMinor),
            amount(t.vatMinor),
            amount(t.grossMinor),
            ZERO,
            '',
            ''
        ];
    });
    const { bytes, replaced } = (0, _eppfile.writeEppFile)([
        {
            label: 'INFO',
            records: [
                (0, _eppfile.infoRecord)(opts.sender, opts.codePage ?? 1250, opts.exportedAt, opts.issuedBy, opts.timeZone)
            ]
        },
        {
            label: 'NAGLOWEK',
            records: [
                header
            ]
        },
        {
            label: 'ZAWARTOSC',
            records: lines
        }
    ], opts.codePage ?? 1250);
    return {
        bytes,
        replaced,
        fileName: zkFileName(order.kontorReference)
    };
}
const SHORT_REF = /^[A-Za-z0-9._/-]{1,20}$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function eppReference(kontorReference) {
    if (SHORT_REF.test(kontorReference)) return kontorReference;
    const hash = (0, _nodecrypto.createHash)('sha256').update(kontorReference).digest();
    let bits = 0;
    let value = 0;
    let out = 'K';
    for (const byte of hash){
        value = value << 8 | byte;
        bits += 8;
        while(bits >= 5 && out.length < 20){
            out += BASE32[value >>> bits - 5 & 31];
            bits -= 5;
        }
        if (out.length === 20) break;
    }
    return out;
}
const COMMENT_PREFIX = 'Kontor ';
function commentFor(kontorReference) {
    const c = COMMENT_PREFIX + kontorReference;
    return c.length <= 50 ? c : '';
}
function zkFileName(kontorReference) {
    return `ZK_${kontorReference.replace(/[^A-Za-z0-9._-]/g, '_')}.epp`;
}
function readZk(block, timeZone) {
    const h = block.header.fields.map((f)=>f.value);
    if (block.docType !== 'ZK') throw new ZkValidationError(`document ${block.docType} is not a ZK`);
    if (h.length < 62) throw new ZkValidationError(`line ${block.header.line}: the ZK header has ${h.length} fields, 62 expected`);
    try {
        return {
            status: Number(h[1]),
            kontorReference: h[49].startsWith(COMMENT_PREFIX) && eppReference(h[49].slice(COMMENT_PREFIX.length)) === h[4] ? h[49].slice(COMMENT_PREFIX.length) : h[4],
            eppReference: h[4],
            number: h[6],
            poNumber: h[9],
            customerErpId: h[11],
            issuedAt: (0, _eppvalues.parseEppDate)(h[21], timeZone, 'issue date'),
            currency: h[46],
            note: h[48],
            netMinor: (0, _eppvalues.parseMinor)(h[27]).minor,
            vatMinor: (0, _eppvalues.parseMinor)(h[28]).minor,
            grossMinor: (0, _eppvalues.parseMinor)(h[29]).minor,
            lines: block.lines.map((r)=>{
                const f = r.fields.map((x)=>x.value);
                if (f.length < 22) throw new ZkValidationError(`line ${r.line}: a ZK line has ${f.length} fields, 22 expected`);
                return {
                    lineNo: Number(f[0]),
                    productErpId: f[2],
                    unit: f[9],
                    quantity: (0, _eppvalues.parseQuantity)(f[10]),
                    unitNetMinor: (0, _eppvalues.parseMinor)(f[13]).minor,
                    vatRateBp: (0, _eppvalues.parseRateBp)(f[15]),
                    netMinor: (0, _eppvalues.parseMinor)(f[16]).minor
                };
            })
        };
    } catch (e) {
        if (e instanceof _eppvalues.EppValueError) throw new ZkValidationError(e.message);
        throw e;
    }
}

//# sourceMappingURL=epp-orders.js.map
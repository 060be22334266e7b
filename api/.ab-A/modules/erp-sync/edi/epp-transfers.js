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
    get MM_DOCUMENT_TYPE () {
        return MM_DOCUMENT_TYPE;
    },
    get mmFileName () {
        return mmFileName;
    },
    get writeMmFile () {
        return writeMmFile;
    }
});
const _eppfile = require("./epp-file");
const _epporders = require("./epp-orders");
const _epptext = require("./epp-text");
const _eppvalues = require("./epp-values");
const MM_DOCUMENT_TYPE = 'MMW';
const LIMITS = {
    warehouse: 20,
    productErpId: 20,
    unit: 10
};
const ZERO = (0, _epptext.raw)('0.0000');
function limit(value, max, what) {
    if (!value.trim()) throw new _epporders.ZkValidationError(`${what} is empty`);
    if (value.length > max) throw new _epporders.ZkValidationError(`${what} "${value}" is ${value.length} characters; the MM field holds ${max}`);
    return value;
}
function mmFileName(kontorReference) {
    return `MM_${kontorReference.replace(/[^A-Za-z0-9._-]/g, '_')}.epp`;
}
function writeMmFile(t, opts) {
    if (!t.lines.length) throw new _epporders.ZkValidationError('a transfer without lines cannot be written');
    if (!t.kontorReference.trim() || /[\r\n"]/.test(t.kontorReference)) throw new _epporders.ZkValidationError('the transfer reference is empty or contains a line break or a quote');
    const from = limit(t.fromWarehouse, LIMITS.warehouse, 'source warehouse');
    const to = limit(t.toWarehouse, LIMITS.warehouse, 'target warehouse');
    if (from === to) throw new _epporders.ZkValidationError(`the source and target warehouse are both ${from}`);
    if (Number.isNaN(t.requestedAt.getTime())) throw new _epporders.ZkValidationError('the transfer date is not a valid date');
    const seen = new Set();
    const lines = t.lines.map((l)=>{
        if (!Number.isSafeInteger(l.lineNo) || l.lineNo <= 0 || seen.has(l.lineNo)) throw new _epporders.ZkValidationError(`line number ${l.lineNo} is not a unique positive integer`);
        seen.add(l.lineNo);
        const qty = (0, _epptext.raw)((0, _eppvalues.formatUnits)((0, _epporders.lineQuantity)(l.lineNo, l.quantity), 3));
        return [
            (0, _epptext.raw)(l.lineNo),
            (0, _epptext.raw)(1),
            limit(l.productErpId, LIMITS.productErpId, `line ${l.lineNo} product code`),
            (0, _epptext.raw)(1),
            (0, _epptext.raw)(1),
            (0, _epptext.raw)(0),
            (0, _epptext.raw)(0),
            ZERO,
            ZERO,
            limit((l.unit ?? '').trim() || opts.defaultUnit, LIMITS.unit, `line ${l.lineNo} unit`),
            qty,
            qty,
            ZERO,
            ZERO,
            ZERO,
            ZERO,
            ZERO,
            ZERO,
            ZERO,
            ZERO,
            '',
            ''
        ];
    });
    const date = (0, _epptext.raw)((0, _eppvalues.formatEppDate)(t.requestedAt, opts.timeZone));
    const header = [
        MM_DOCUMENT_TYPE,
        (0, _epptext.raw)(1),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        (0, _epporders.eppReference)(t.kontorReference),
        '',
        `MM ${t.orderKontorReference}`.slice(0, 30),
        '',
        null,
        t.orderKontorReference.slice(0, 30),
        to,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        opts.sender.city,
        date,
        date,
        null,
        (0, _epptext.raw)(t.lines.length),
        (0, _epptext.raw)(1),
        '',
        ZERO,
        ZERO,
        ZERO,
        ZERO,
        '',
        ZERO,
        '',
        null,
        ZERO,
        ZERO,
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(1),
        (0, _epptext.raw)(0),
        opts.issuedBy,
        '',
        '',
        ZERO,
        ZERO,
        'PLN',
        (0, _epptext.raw)('1.0000'),
        `Przesunięcie do odbioru zamówienia Kontor ${t.orderKontorReference}`.slice(0, 255),
        (0, _epporders.commentFor)(t.kontorReference),
        '',
        '',
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        (0, _epptext.raw)(0),
        '',
        ZERO,
        '',
        ZERO,
        '',
        '',
        (0, _epptext.raw)(0)
    ];
    const sender = {
        ...opts.sender,
        warehouseCode: from,
        warehouseName: from
    };
    const { bytes, replaced } = (0, _eppfile.writeEppFile)([
        {
            label: 'INFO',
            records: [
                (0, _eppfile.infoRecord)(sender, opts.codePage ?? 1250, opts.exportedAt, opts.issuedBy, opts.timeZone)
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
        fileName: mmFileName(t.kontorReference)
    };
}

//# sourceMappingURL=epp-transfers.js.map
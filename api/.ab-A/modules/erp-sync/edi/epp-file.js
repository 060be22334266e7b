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
    get CASH_DOCUMENT_TYPES () {
        return CASH_DOCUMENT_TYPES;
    },
    get EPP_WRITE_VERSION () {
        return EPP_WRITE_VERSION;
    },
    get EppFileError () {
        return EppFileError;
    },
    get INFO_FIELDS () {
        return INFO_FIELDS;
    },
    get MASTER_KEYWORDS () {
        return MASTER_KEYWORDS;
    },
    get PURPOSE_OTHER () {
        return PURPOSE_OTHER;
    },
    get TRADE_DOCUMENT_TYPES () {
        return TRADE_DOCUMENT_TYPES;
    },
    get infoRecord () {
        return infoRecord;
    },
    get parseEppFile () {
        return parseEppFile;
    },
    get writeEppFile () {
        return writeEppFile;
    }
});
const _eppencoding = require("./epp-encoding");
const _epptext = require("./epp-text");
const _eppvalues = require("./epp-values");
const MASTER_KEYWORDS = [
    'KONTRAHENCI',
    'GRUPYKONTRAHENTOW',
    'CECHYKONTRAHENTOW',
    'TOWARY',
    'CENNIK',
    'GRUPYTOWAROW',
    'CECHYTOWAROW',
    'PRACOWNICY',
    'URZEDY',
    'IDENTYFIKATORYPLATNOSCI',
    'DOKUMENTYZNACZNIKI'
];
const TRADE_DOCUMENT_TYPES = [
    'FZ',
    'FR',
    'FS',
    'RZ',
    'RS',
    'KFZ',
    'KFS',
    'KRZ',
    'KRS',
    'MMW',
    'PZ',
    'WZ',
    'VPZ',
    'VWZ',
    'PW',
    'RW',
    'ZW',
    'ZD',
    'ZK',
    'PA',
    'FWN',
    'FWO',
    'KWN',
    'KWO',
    'FM'
]; // prettier-ignore
const CASH_DOCUMENT_TYPES = [
    'KP',
    'KW',
    'BP',
    'BW'
];
const INFO_FIELDS = 24;
let EppFileError = class EppFileError extends Error {
    constructor(message, truncated = false){
        super(message), this.truncated = truncated;
        this.name = 'EppFileError';
    }
};
const VERSION = /^1\.(0[5-9]|1[0-9])(\.\d+)?$/;
function parseEppFile(bytes, timeZone) {
    const decoded = (0, _eppencoding.decodeEpp)(bytes); // throws EppEncodingError
    let sections;
    try {
        sections = (0, _epptext.parseEppText)(decoded.text);
    } catch (e) {
        if (e instanceof _epptext.EppSyntaxError) throw new EppFileError(e.message, e.truncated);
        throw e;
    }
    const warnings = [
        ...decoded.warnings
    ];
    const [first, ...rest] = sections;
    if (first.label !== 'INFO') throw new EppFileError(`the first section is [${first.label}]; an EDI++ file starts with [INFO]`);
    if (first.records.length !== 1) throw new EppFileError(`[INFO] (line ${first.line}) must hold exactly one record, it holds ${first.records.length}`);
    const info = parseInfo(first.records[0], decoded.codePage, timeZone);
    if (!VERSION.test(info.version)) throw new EppFileError(`[INFO] names format version "${info.version}"; this reader knows EDI++ 1.05 to 1.11`);
    const blocks = [];
    for(let i = 0; i < rest.length; i++){
        const s = rest[i];
        if (s.label === 'ZAWARTOSC') throw new EppFileError(`line ${s.line}: [ZAWARTOSC] without a [NAGLOWEK] right before it`);
        if (s.label === 'INFO') throw new EppFileError(`line ${s.line}: a second [INFO] section`);
        if (s.label !== 'NAGLOWEK') throw new EppFileError(`line ${s.line}: unknown section [${s.label}]`);
        if (s.records.length !== 1) throw new EppFileError(`line ${s.line}: [NAGLOWEK] must hold exactly one record, it holds ${s.records.length}`);
        const header = s.records[0];
        const next = rest[i + 1];
        const content = next?.label === 'ZAWARTOSC' ? next : null;
        if (content) i++;
        const key = header.fields[0]?.value ?? '';
        if (header.fields.length === 1) {
            if (!MASTER_KEYWORDS.includes(key)) {
                throw new EppFileError(`line ${header.line}: unknown master-data keyword "${key}" in [NAGLOWEK]`);
            }
            if (!content) throw new EppFileError(`line ${header.line}: [NAGLOWEK] "${key}" has no [ZAWARTOSC] section after it (missing section)`);
            blocks.push({
                kind: 'master',
                keyword: key,
                line: s.line,
                records: content.records
            });
            continue;
        }
        if (TRADE_DOCUMENT_TYPES.includes(key) || CASH_DOCUMENT_TYPES.includes(key)) {
            const lines = content?.records ?? [];
            if (TRADE_DOCUMENT_TYPES.includes(key) && header.fields.length >= 25) {
                const declared = header.fields[24].value;
                let count;
                try {
                    count = (0, _eppvalues.parseInteger)(declared, 'number of lines');
                } catch (e) {
                    throw new EppFileError(`line ${header.line}: document ${key} header field 25 (number of lines): ${e.message}`);
                }
                // Accounting exports carry VAT-rate rows instead of lines; only line-per-item content is checked.
                if (lines.length > 0 && lines[0].fields.length >= 20 && count !== lines.length) {
                    throw new EppFileError(`line ${header.line}: document ${key} declares ${count} lines but [ZAWARTOSC] holds ${lines.length} (missing or extra lines)`, lines.length < count);
                }
            }
            blocks.push({
                kind: 'document',
                docType: key,
                line: s.line,
                header,
                lines
            });
            continue;
        }
        throw new EppFileError(`line ${header.line}: [NAGLOWEK] starts with "${key.slice(0, 30)}", neither a master-data keyword nor a document type`);
    }
    if (blocks.length === 0) throw new EppFileError('the file holds only [INFO]: no [NAGLOWEK]/[ZAWARTOSC] sections (missing sections)');
    return {
        info,
        blocks,
        warnings
    };
}
function parseInfo(rec, codePage, timeZone) {
    const f = rec.fields.map((x)=>x.value);
    if (f.length < INFO_FIELDS) {
        throw new EppFileError(`[INFO] (line ${rec.line}) has ${f.length} fields, the EDI++ description has ${INFO_FIELDS} (the record is cut short)`, true);
    }
    let purpose;
    let exportedAt;
    try {
        purpose = (0, _eppvalues.parseInteger)(f[1], 'purpose');
        exportedAt = (0, _eppvalues.parseEppDate)(f[19], timeZone, 'export time');
    } catch (e) {
        if (e instanceof _eppvalues.EppValueError) throw new EppFileError(`[INFO] (line ${rec.line}): ${e.message}`);
        throw e;
    }
    return {
        version: f[0],
        purpose,
        codePage,
        generator: f[3],
        senderCode: f[4],
        senderShortName: f[5],
        senderName: f[6],
        senderCity: f[7],
        senderPostCode: f[8],
        senderStreet: f[9],
        senderTaxId: f[10],
        warehouseCode: f[11],
        warehouseName: f[12],
        exportedBy: f[18],
        exportedAt
    };
}
const EPP_WRITE_VERSION = '1.11';
const PURPOSE_OTHER = 3;
function infoRecord(sender, codePage, exportedAt, exportedBy, timeZone) {
    return [
        EPP_WRITE_VERSION,
        (0, _epptext.raw)(PURPOSE_OTHER),
        (0, _epptext.raw)(codePage),
        'Kontor',
        sender.code,
        sender.shortName,
        sender.name,
        sender.city,
        sender.postCode,
        sender.street,
        sender.taxId,
        sender.warehouseCode,
        sender.warehouseName,
        '',
        '',
        (0, _epptext.raw)(0),
        null,
        null,
        exportedBy,
        (0, _epptext.raw)((0, _eppvalues.formatEppDate)(exportedAt, timeZone)),
        sender.country,
        '',
        '',
        (0, _epptext.raw)(0)
    ];
}
function writeEppFile(sections, codePage) {
    return (0, _eppencoding.encodeEpp)((0, _epptext.formatEppText)(sections), codePage);
}

//# sourceMappingURL=epp-file.js.map
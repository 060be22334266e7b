/**
 * The text layer of an EDI++ file, after decoding: labelled sections (`[INFO]`, `[NAGLOWEK]`, `[ZAWARTOSC]`),
 * one record a line, comma-separated fields, text in double quotes with doubled quotes inside, CRLF line ends,
 * and an empty line at the end of the file. Quoted text may span lines; it is kept as written.
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
    get EppSyntaxError () {
        return EppSyntaxError;
    },
    get formatEppRecord () {
        return formatEppRecord;
    },
    get formatEppText () {
        return formatEppText;
    },
    get parseEppText () {
        return parseEppText;
    },
    get raw () {
        return raw;
    }
});
let EppSyntaxError = class EppSyntaxError extends Error {
    constructor(message, line, truncated = false){
        super(message), this.line = line, this.truncated = truncated;
        this.name = 'EppSyntaxError';
    }
};
const LABEL = /^\[([A-Z_]+)\]\s*$/;
const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
function countNewlines(s) {
    let k = 0;
    for(let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))k++;
    return k;
}
function parseEppText(text) {
    if (text.includes('\u0000')) {
        const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
        throw new EppSyntaxError(`line ${line}: NUL bytes in the file (an unfinished or binary file)`, line, true);
    }
    const sections = [];
    let current = null;
    let pos = 0;
    let line = 1;
    const n = text.length;
    while(pos < n){
        const startLine = line;
        const startPos = pos;
        // A label line?
        if (text[pos] === '[') {
            const end = lineEnd(text, pos);
            const candidate = text.slice(pos, end);
            const m = LABEL.exec(candidate);
            if (!m) throw new EppSyntaxError(`line ${line}: "${candidate.slice(0, 40)}" is not a section label`, line);
            current = {
                label: m[1],
                line,
                records: []
            };
            sections.push(current);
            if (end >= n) throw new EppSyntaxError(`line ${line}: the file ends inside the label line (truncated)`, line, true);
            pos = skipBreak(text, end);
            line++;
            continue;
        }
        // An empty line.
        if (text[pos] === '\r' || text[pos] === '\n') {
            pos = skipBreak(text, pos);
            line++;
            continue;
        }
        // A record.
        const fields = [];
        while(true){
            if (text.charCodeAt(pos) === QUOTE) {
                let value = '';
                let from = pos + 1;
                while(true){
                    const close = text.indexOf('"', from);
                    if (close < 0) {
                        throw new EppSyntaxError(`line ${startLine}: a quoted text never closes before the end of the file (truncated)`, startLine, true);
                    }
                    const part = text.slice(from, close);
                    value += part;
                    line += countNewlines(part);
                    if (text.charCodeAt(close + 1) === QUOTE) {
                        value += '"';
                        from = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
                fields.push({
                    value,
                    quoted: true
                });
                const c = text.charCodeAt(pos);
                if (pos < n && c !== COMMA && c !== CR && c !== LF) {
                    throw new EppSyntaxError(`line ${line}: unexpected "${text[pos]}" after a quoted text (field ${fields.length})`, line);
                }
            } else {
                let end = pos;
                let c = text.charCodeAt(end);
                while(end < n && c !== COMMA && c !== CR && c !== LF){
                    if (c === QUOTE) throw new EppSyntaxError(`line ${line}: a stray quote in field ${fields.length + 1}`, line);
                    c = text.charCodeAt(++end);
                }
                fields.push({
                    value: text.slice(pos, end).trim(),
                    quoted: false
                });
                pos = end;
            }
            if (pos >= n) {
                throw new EppSyntaxError(`line ${startLine}: the last record has no line end (the file is truncated)`, startLine, true);
            }
            if (text.charCodeAt(pos) === COMMA) {
                pos++;
                continue;
            }
            break; // at a line break
        }
        const raw = text.slice(startPos, pos);
        pos = skipBreak(text, pos);
        line++;
        if (!current) throw new EppSyntaxError(`line ${startLine}: data before the first section label`, startLine);
        current.records.push({
            line: startLine,
            fields,
            raw
        });
    }
    if (sections.length === 0) throw new EppSyntaxError('the file is empty', 1, true);
    return sections;
}
function lineEnd(text, pos) {
    let end = pos;
    while(end < text.length && text[end] !== '\r' && text[end] !== '\n')end++;
    return end;
}
function skipBreak(text, pos) {
    if (text[pos] === '\r' && text[pos + 1] === '\n') return pos + 2;
    return pos + 1;
}
const raw = (value)=>({
        raw: String(value)
    });
function formatEppRecord(fields) {
    return fields.map((f)=>{
        if (f === null) return '';
        if (typeof f === 'string') return `"${f.replace(/"/g, '""')}"`;
        if (/[",\r\n]/.test(f.raw)) throw new Error(`unquoted EDI++ value "${f.raw}" contains a separator`);
        return f.raw;
    }).join(',');
}
function formatEppText(sections) {
    let out = '';
    for (const s of sections){
        out += `[${s.label}]\r\n`;
        for (const r of s.records)out += `${formatEppRecord(r)}\r\n`;
        out += '\r\n';
    }
    return out;
}

//# sourceMappingURL=epp-text.js.map
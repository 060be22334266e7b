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
    get EppEncodingError () {
        return EppEncodingError;
    },
    get ICONV_NAME () {
        return ICONV_NAME;
    },
    get declaredCodePage () {
        return declaredCodePage;
    },
    get decodeEpp () {
        return decodeEpp;
    },
    get encodeEpp () {
        return encodeEpp;
    },
    get looksLikeUtf8 () {
        return looksLikeUtf8;
    }
});
const _iconvlite = /*#__PURE__*/ _interop_require_default(require("iconv-lite"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const ICONV_NAME = {
    1250: 'win1250',
    852: 'cp852'
};
let EppEncodingError = class EppEncodingError extends Error {
    constructor(message){
        super(message);
        this.name = 'EppEncodingError';
    }
};
const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
// Hard: never in a sound file. Soft: symbols and box drawing a wrong code page produces.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const HARD = /[\uFFFD\u0001-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F]/g;
const HARD_ONE = new RegExp(HARD.source);
const SOFT = /[\u2500-\u25FF†‡‰«»¤¦¨˝ˇ˘˛˙´¸¬]/g;
const count = (text, re)=>{
    let k = 0;
    re.lastIndex = 0;
    while(re.exec(text))k++;
    return k;
};
/** Judging a code page needs a sample only; undefined bytes are then searched in the whole text. */ const SAMPLE_BYTES = 256 * 1024;
function read(buf, codePage) {
    const text = _iconvlite.default.decode(buf, ICONV_NAME[codePage]);
    return {
        codePage,
        text,
        hard: count(text, HARD),
        soft: count(text, SOFT),
        polish: count(text, POLISH)
    };
}
function looksLikeUtf8(buf) {
    let multi = false;
    for(let i = 0; i < buf.length; i++){
        const b = buf[i];
        if (b < 0x80) continue;
        let extra;
        if (b >= 0xc2 && b <= 0xdf) extra = 1;
        else if (b >= 0xe0 && b <= 0xef) extra = 2;
        else if (b >= 0xf0 && b <= 0xf4) extra = 3;
        else return false;
        if (i + extra >= buf.length) return false;
        for(let k = 1; k <= extra; k++)if ((buf[i + k] & 0xc0) !== 0x80) return false;
        multi = true;
        i += extra;
    }
    return multi;
}
function declaredCodePage(buf) {
    const head = buf.subarray(0, 4096).toString('latin1');
    const m = /^\uFEFF?\[INFO\][ \t]*\r?\n(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(head.replace(/^\u00EF\u00BB\u00BF/, ''));
    if (!m) return null;
    // Fields 1..3: "version",purpose,codepage — split the start of the line respecting quotes.
    const fields = [];
    let cur = '';
    let quoted = false;
    for (const ch of m[1]){
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
            fields.push(cur);
            cur = '';
            if (fields.length === 3) break;
        } else cur += ch;
    }
    if (fields.length < 3) fields.push(cur);
    return fields.length >= 3 ? fields[2].trim() : '';
}
const NAME = {
    1250: 'Windows-1250',
    852: 'CP852'
};
function firstLineWith(text, re) {
    const idx = text.search(new RegExp(re.source));
    return idx < 0 ? 0 : text.slice(0, idx).split('\n').length;
}
function decodeEpp(buf) {
    const warnings = [];
    const declaredRaw = declaredCodePage(buf);
    if (declaredRaw === null) {
        throw new EppEncodingError('the file does not start with an [INFO] section, so it is not an EDI++ file (or it is empty)');
    }
    const declared = declaredRaw.replace(/^"|"$/g, '');
    const hasBom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    if (hasBom || looksLikeUtf8(buf)) {
        throw new EppEncodingError(`the bytes are UTF-8 but EDI++ files are Windows-1250 or CP852` + (declared ? ` ([INFO] declares code page ${declared})` : '') + `; export the file again from the ERP without converting it`);
    }
    const sample = buf.subarray(0, SAMPLE_BYTES);
    const r1250 = read(sample, 1250);
    const r852 = read(sample, 852);
    const bad = (r)=>r.hard * 10 + r.soft;
    const whole = (r)=>{
        if (buf.length <= SAMPLE_BYTES) return r;
        const text = _iconvlite.default.decode(buf, ICONV_NAME[r.codePage]);
        return {
            ...r,
            text,
            hard: HARD_ONE.test(text) ? count(text, HARD) : 0
        };
    };
    if (declared === '1250' || declared === '852') {
        const other = declared === '1250' ? r852 : r1250;
        const sampled = declared === '1250' ? r1250 : r852;
        if (bad(other) < bad(sampled) && other.hard === 0 && other.polish > sampled.polish) {
            const s = sampled;
            throw new EppEncodingError(`[INFO] declares code page ${declared} (${NAME[s.codePage]}) but the text reads as ${NAME[other.codePage]}: ` + `${s.hard + s.soft} characters are garbled in ${NAME[s.codePage]} (first at line ${firstLineWith(s.text, s.hard ? HARD : SOFT)}); ` + `fix the code page in the export settings`);
        }
        const mine = whole(sampled);
        if (mine.hard > 0) {
            throw new EppEncodingError(`${mine.hard} bytes are not valid text in ${NAME[mine.codePage]} (first at line ${firstLineWith(mine.text, HARD)}); ` + `the file is damaged or in another encoding`);
        }
        return {
            text: mine.text,
            codePage: mine.codePage,
            declared,
            warnings
        };
    }
    if (declared !== '') {
        throw new EppEncodingError(`[INFO] declares code page "${declared}"; EDI++ knows only 1250 (Windows) and 852 (Latin 2)`);
    }
    // No declaration: take the better reading.
    const best = whole(bad(r852) < bad(r1250) ? r852 : r1250);
    if (best.hard > 0) {
        throw new EppEncodingError(`[INFO] declares no code page and the bytes are valid neither in Windows-1250 nor in CP852`);
    }
    warnings.push(`[INFO] declares no code page; read as ${NAME[best.codePage]} by the characters found`);
    return {
        text: best.text,
        codePage: best.codePage,
        declared,
        warnings
    };
}
function encodeEpp(text, codePage = 1250) {
    const name = ICONV_NAME[codePage];
    const replaced = [];
    let safe = '';
    for (const ch of text){
        if (ch.charCodeAt(0) < 0x80 || _iconvlite.default.decode(_iconvlite.default.encode(ch, name), name) === ch) {
            safe += ch;
            continue;
        }
        const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        const sub = base !== ch && base.length > 0 && _iconvlite.default.decode(_iconvlite.default.encode(base, name), name) === base ? base : '?';
        replaced.push(`${ch}→${sub}`);
        safe += sub;
    }
    return {
        bytes: _iconvlite.default.encode(safe, name),
        replaced
    };
}

//# sourceMappingURL=epp-encoding.js.map
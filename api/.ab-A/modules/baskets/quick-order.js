/** One line of a quick order as understood (or not). */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "parseQuickOrder", {
    enumerable: true,
    get: function() {
        return parseQuickOrder;
    }
});
const HEADER = /^\s*"?(sku|kod|code|symbol|index|indeks)"?\s*[;,\t]/i;
function parseQuickOrder(text) {
    const out = [];
    const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    rows.forEach((raw, i)=>{
        const lineNo = i + 1;
        if (!raw.trim()) return;
        if (i === 0 && HEADER.test(raw)) return;
        const sep = raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : raw.includes(',') ? ',' : null;
        const cells = (sep ? raw.split(sep) : raw.trim().split(/\s+/)).map((c)=>c.trim().replace(/^"(.*)"$/, '$1').trim());
        const sku = cells[0] || null;
        if (!sku || cells.length < 2 || !cells[1]) {
            out.push({
                lineNo,
                raw,
                sku,
                quantity: null,
                error: 'UNPARSEABLE',
                message: 'Expected "SKU;quantity".'
            });
            return;
        }
        const qText = sep === ',' ? cells[1] : cells[1].replace(',', '.');
        const q = /^\d+(\.\d{1,3})?$/.test(qText) ? Number(qText) : NaN;
        if (!(q > 0) || q > 1e9) {
            out.push({
                lineNo,
                raw,
                sku,
                quantity: null,
                error: 'BAD_QUANTITY',
                message: `"${cells[1]}" is not a quantity (a positive number, up to 3 decimals).`
            });
            return;
        }
        out.push({
            lineNo,
            raw,
            sku,
            quantity: q,
            error: null,
            message: null
        });
    });
    return out;
}

//# sourceMappingURL=quick-order.js.map
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
    get decodeCursor () {
        return decodeCursor;
    },
    get encodeCursor () {
        return encodeCursor;
    },
    get pageSize () {
        return pageSize;
    },
    get toPage () {
        return toPage;
    }
});
const _errors = require("./errors");
function pageSize(args, max, fallback = 20) {
    const n = args.first ?? fallback;
    if (!Number.isInteger(n) || n < 1) throw (0, _errors.badInput)(`"first" must be a whole number from 1 to ${max}, got ${n}.`);
    if (n > max) throw (0, _errors.badInput)(`"first" may be at most ${max} (asked for ${n}); page through the rest with "after".`);
    return n;
}
function encodeCursor(key) {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor, arity) {
    try {
        const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(parsed) && parsed.length === arity && parsed.every((p)=>typeof p === 'string' || typeof p === 'number')) {
            return parsed;
        }
    } catch  {
    /* fall through */ }
    throw (0, _errors.badInput)('The "after" cursor is malformed; use a cursor returned by this list.');
}
function toPage(rows, n, keyOf) {
    const hasNextPage = rows.length > n;
    const nodes = hasNextPage ? rows.slice(0, n) : rows;
    const cursors = nodes.map((r)=>encodeCursor(keyOf(r)));
    return {
        nodes,
        cursors,
        hasNextPage,
        endCursor: cursors.length ? cursors[cursors.length - 1] : null
    };
}

//# sourceMappingURL=pagination.js.map
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
    get BRIDGE_PROTOCOL () {
        return BRIDGE_PROTOCOL;
    },
    get BridgeHttpConnector () {
        return BridgeHttpConnector;
    },
    get decodeBridgeCursor () {
        return decodeBridgeCursor;
    },
    get encodeBridgeCursor () {
        return encodeBridgeCursor;
    }
});
const _erpconnector = require("../erp-connector");
const _bridgeschemas = require("./bridge-schemas");
const BRIDGE_PROTOCOL = 'kontor-bridge/1';
function encodeBridgeCursor(c) {
    return c ? Buffer.from(JSON.stringify({
        modifiedAt: c.modifiedAt,
        erpId: c.erpId
    })).toString('base64url') : '';
}
function decodeBridgeCursor(s) {
    if (!s) return null;
    try {
        const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
        if (typeof v.modifiedAt === 'string' && typeof v.erpId === 'string' && !Number.isNaN(Date.parse(v.modifiedAt))) return v;
    } catch  {
    /* below */ }
    throw new Error(`malformed bridge cursor "${s.slice(0, 80)}"`);
}
const NETWORK_NOT_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH'
]);
let BridgeHttpConnector = class BridgeHttpConnector {
    constructor(baseUrl, options = {}){
        this.options = options;
        this.name = 'bridge';
        this.base = baseUrl.replace(/\/+$/, '');
        this.schemas = options.schemas ?? new _bridgeschemas.BridgeSchemas();
    }
    async call(method, path, init = {}) {
        const headers = {
            accept: 'application/json',
            ...init.headers
        };
        if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
        if (init.body !== undefined) headers['content-type'] = 'application/json';
        try {
            return await fetch(`${this.base}${path}`, {
                method,
                headers,
                body: init.body === undefined ? undefined : JSON.stringify(init.body),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000)
            });
        } catch (err) {
            const e = err;
            const code = e.cause?.code ?? '';
            const what = `${method} ${path}: ${e.name === 'TimeoutError' ? 'timed out' : `${e.message}${code ? ` (${code})` : ''}`}`;
            // a refused connection never reached the ERP; a timeout or a reset may have
            if (method === 'GET' || NETWORK_NOT_SENT.has(code)) throw new _erpconnector.ErpUnavailableError(`the ERP is unreachable: ${what}`);
            throw new _erpconnector.ErpAmbiguousError(`the ERP may or may not have received it: ${what}`);
        }
    }
    async pullChanges(entity, after, limit) {
        const qs = new URLSearchParams({
            after: encodeBridgeCursor(after),
            limit: String(limit)
        });
        const path = `/v1/changes/${entity}?${qs}`;
        const res = await this.call('GET', path);
        if (res.status >= 500 || res.status === 429) throw new _erpconnector.ErpUnavailableError(`GET ${path}: the ERP answered ${res.status}`);
        if (!res.ok) throw new Error(`GET ${path}: the ERP answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        let body;
        try {
            body = JSON.parse(bytes.toString('utf8'));
        } catch (err) {
            // a cut-off or garbled page: nothing in it can be trusted, and the cursor must not move past it
            throw new _erpconnector.ErpUnavailableError(`GET ${path}: the page is not valid JSON (truncated?): ${err.message}`);
        }
        const envelope = this.schemas.check('changes', body);
        if (envelope) throw new _erpconnector.ErpUnavailableError(`GET ${path}: the page ${envelope}`);
        const records = [];
        const quarantined = [];
        for (const raw of body.records ?? []){
            const text = JSON.stringify(raw);
            if (text.includes('\uFFFD')) {
                quarantined.push({
                    entity,
                    raw: text,
                    reason: 'text is not valid UTF-8 (wrongly encoded)',
                    source: path
                });
                continue;
            }
            const problem = this.schemas.check(entity, raw);
            if (problem) {
                quarantined.push({
                    entity,
                    raw: text,
                    reason: `the record ${problem}`,
                    source: path
                });
                continue;
            }
            records.push(raw);
        }
        return {
            records,
            quarantined,
            hasMore: !!body.hasMore,
            next: decodeBridgeCursor(body.next)
        };
    }
    async pushDocument(doc, idempotencyKey) {
        const path = doc.kind === 'order' ? '/v1/orders' : `/v1/documents/${doc.kind}`;
        const body = {
            ...doc.body,
            kontorReference: doc.kontorReference
        };
        const problem = this.schemas.check(_bridgeschemas.DOCUMENT_SCHEMAS[doc.kind] ?? 'document', body);
        if (problem) throw new _erpconnector.ErpRejectedError(`Kontor built an invalid ${doc.kind}: it ${problem}`);
        const res = await this.call('POST', path, {
            body,
            headers: {
                'idempotency-key': idempotencyKey
            }
        });
        return this.readDocument(res, `POST ${path}`, true);
    }
    async findByReference(kind, kontorReference) {
        const path = `/v1/documents/${kind}/${encodeURIComponent(kontorReference)}`;
        const res = await this.call('GET', path);
        if (res.status === 404) return null;
        return this.readDocument(res, `GET ${path}`, false);
    }
    async readDocument(res, what, sent) {
        const text = await res.text();
        if (res.status >= 500 || res.status === 429) {
            const msg = `${what}: the ERP answered ${res.status}`;
            throw sent && res.status !== 503 && res.status !== 429 ? new _erpconnector.ErpAmbiguousError(msg) : new _erpconnector.ErpUnavailableError(msg);
        }
        if (!res.ok) throw new _erpconnector.ErpRejectedError(`${what}: the ERP refused it (${res.status}): ${text.slice(0, 500)}`);
        let doc;
        try {
            doc = JSON.parse(text);
        } catch  {
            throw new _erpconnector.ErpAmbiguousError(`${what}: the ERP's answer is not valid JSON`);
        }
        const problem = this.schemas.check('pushed-document', doc);
        if (problem) throw new _erpconnector.ErpAmbiguousError(`${what}: the ERP's answer ${problem}`);
        return doc;
    }
    async fetchInvoicePdf(invoiceErpId) {
        const path = `/v1/invoices/${encodeURIComponent(invoiceErpId)}/pdf`;
        const res = await this.call('GET', path);
        if (res.status >= 500) throw new _erpconnector.ErpUnavailableError(`GET ${path}: the ERP answered ${res.status}`);
        if (!res.ok) throw new _erpconnector.ErpRejectedError(`GET ${path}: the ERP answered ${res.status}`);
        const buf = Buffer.from(await res.arrayBuffer());
        if (buf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new _erpconnector.ErpRejectedError(`GET ${path}: the answer is not a PDF`);
        return buf;
    }
};

//# sourceMappingURL=bridge-http.connector.js.map
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
    get EDI_ENTITIES () {
        return EDI_ENTITIES;
    },
    get EdiConnector () {
        return EdiConnector;
    },
    get orderFromDocument () {
        return orderFromDocument;
    }
});
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _erpconnector = require("../erp-connector");
const _edifolders = require("./edi-folders");
const _ediinbox = require("./edi-inbox");
const _edijournal = require("./edi-journal");
const _epporders = require("./epp-orders");
const _eppvalues = require("./epp-values");
const _epptransfers = require("./epp-transfers");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const EDI_ENTITIES = [
    'categories',
    'products',
    'priceLists',
    'prices',
    'customers',
    'orderStatuses'
];
/** ZK status byte (field 2) → Kontor status. */ const ZK_STATUS = {
    0: 'received',
    1: 'accepted',
    2: 'cancelled',
    3: 'accepted'
};
let EdiConnector = class EdiConnector {
    constructor(opts){
        this.opts = opts;
        this.name = 'edi++';
        this.prepared = null;
        this.timeZone = opts.timeZone ?? 'Europe/Warsaw';
        this.journal = new _edijournal.EdiJournal(_nodepath.default.join(opts.root, 'state', 'journal'));
        this.inbox = new _ediinbox.EdiInbox({
            root: opts.root,
            clock: opts.clock,
            timeZone: this.timeZone,
            currency: opts.currency ?? 'PLN',
            settleMs: opts.settleMs,
            maxFilesPerScan: opts.maxFilesPerScan,
            recordErrors: opts.recordErrors,
            log: opts.log,
            sink: (f)=>this.store(f),
            onQuarantine: (q)=>this.journal.addNotice({
                    entity: q.entity,
                    raw: q.raw,
                    reason: q.reason,
                    source: `edi++:${q.name}`
                })
        });
    }
    prepare() {
        this.prepared ??= this.inbox.prepare();
        return this.prepared;
    }
    /** One pass over inbox/ (for jobs and tests). */ async scanOnce() {
        await this.prepare();
        return this.inbox.scanOnce();
    }
    start(intervalMs) {
        this.inbox.start(intervalMs);
    }
    async close() {
        await this.inbox.stop();
    }
    /** Writes the records of an accepted file to the journal: one modifiedAt for the whole file. */ async store(f) {
        // Under the inbox lock: re-read the last time from disk, in case another process wrote since.
        this.journal.refresh();
        const modifiedAt = await this.journal.nextModifiedAt(this.opts.clock.now());
        const stamp = (rs)=>rs.map((r)=>({
                    ...r,
                    modifiedAt
                }));
        const d = f.data;
        await this.journal.append('categories', modifiedAt, stamp(d.categories));
        await this.journal.append('products', modifiedAt, stamp(d.products));
        await this.journal.append('priceLists', modifiedAt, stamp(d.priceLists));
        await this.journal.append('prices', modifiedAt, stamp(d.prices));
        await this.journal.append('customers', modifiedAt, stamp(d.customers));
        const statuses = [];
        for (const zk of f.orders){
            if (!zk.eppReference) continue; // not an order Kontor sent
            if (zk.kontorReference === zk.eppReference) zk.kontorReference = await this.fullReference(zk.eppReference) ?? zk.eppReference;
            const status = ZK_STATUS[zk.status] ?? 'received';
            statuses.push({
                erpId: `ZK:${zk.kontorReference}`,
                modifiedAt,
                kontorReference: zk.kontorReference,
                documentKind: 'order',
                erpNumber: zk.number || null,
                status,
                changedAt: (zk.issuedAt ?? this.opts.clock.now()).toISOString()
            });
            await (0, _edifolders.writeFileAtomic)(this.stateFile('orders', zk.kontorReference), JSON.stringify({
                kontorReference: zk.kontorReference,
                erpId: `ZK:${zk.kontorReference}`,
                erpNumber: zk.number || null,
                status
            }));
        }
        await this.journal.append('orderStatuses', modifiedAt, statuses);
        // Records refused one by one (policy skip-record) reach the engine's quarantine like refused files.
        for (const p of d.problems){
            await this.journal.addNotice({
                entity: p.entity,
                raw: p.raw,
                reason: p.reason,
                source: `edi++:${f.name}:${p.line}`
            });
        }
    }
    async pullChanges(entity, after, limit) {
        if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
        if (!EDI_ENTITIES.includes(entity)) return {
            records: [],
            quarantined: [],
            hasMore: false
        };
        if (this.opts.scanOnPull !== false) await this.scanOnce();
        else await this.prepare();
        const { records, hasMore } = await this.journal.read(entity, after, limit);
        const quarantined = await this.journal.takeNotices(entity);
        return {
            records: records,
            quarantined,
            hasMore
        };
    }
    async pushDocument(doc, idempotencyKey) {
        if (doc.kind === 'transferRequest') return this.pushTransfer(doc, idempotencyKey);
        if (doc.kind === 'orderCancellation') throw new _erpconnector.ErpRejectedError(await this.cancellationByHand(doc));
        if (doc.kind === 'orderChange') throw new _erpconnector.ErpRejectedError(await this.changeByHand(doc));
        if (doc.kind !== 'order') throw new _erpconnector.ErpRejectedError(`EDI++ (Subiekt GT) carries only orders and transfers; "${doc.kind}" cannot be sent this way`);
        await this.prepare();
        const existing = await this.findByReference('order', doc.kontorReference);
        if (existing) return existing;
        let order;
        let file;
        try {
            order = orderFromDocument(doc);
            file = (0, _epporders.writeZkFile)(order, this.writeOptions());
        } catch (e) {
            if (e instanceof _epporders.ZkValidationError) throw new _erpconnector.ErpRejectedError(`the order cannot be written as a ZK document: ${e.message}`);
            throw e;
        }
        const pushed = {
            kontorReference: doc.kontorReference,
            erpId: file.fileName,
            erpNumber: null,
            status: 'received'
        };
        try {
            const short = (0, _epporders.eppReference)(doc.kontorReference);
            if (short !== doc.kontorReference) await (0, _edifolders.writeFileAtomic)(this.stateFile('refs', short), doc.kontorReference);
            await (0, _edifolders.writeFileAtomic)(_nodepath.default.join(this.opts.root, 'outbox', file.fileName), file.bytes, {
                exclusive: true
            });
            await (0, _edifolders.writeFileAtomic)(this.stateFile('sent', doc.kontorReference), JSON.stringify({
                ...pushed,
                idempotencyKey,
                replaced: file.replaced
            }));
        } catch (e) {
            // Nothing visible was written when the rename did not happen; the look-up before a resend settles the rest.
            throw new _erpconnector.ErpUnavailableError(`the ZK file could not be written to ${this.opts.root}/outbox: ${e.message}`);
        }
        return pushed;
    }
    /**
   * EDI++ 1.11 has no document that cancels another, and Subiekt does not change a document it imported from a
   * second file: a cancellation is refused for good with what to do by hand, so it waits among the dead letters
   * (which staff see) instead of being lost or turned into a second ZK.
   */ async cancellationByHand(doc) {
        await this.prepare();
        const known = await this.findByReference('order', doc.kontorReference);
        const number = typeof doc.body.number === 'string' ? doc.body.number : null;
        const reason = typeof doc.body.reason === 'string' && doc.body.reason ? ` (reason: ${doc.body.reason})` : '';
        const which = `${known?.erpNumber ? `ZK ${known.erpNumber}` : 'the ZK'} with original number ${(0, _epporders.eppReference)(doc.kontorReference)}` + (number ? ` (Kontor order ${number})` : '');
        const where = known ? `It was written as ${(0, _epporders.zkFileName)(doc.kontorReference)}` : 'No ZK was written for it (a proforma, or the order never reached the outbox)';
        return `EDI++ has no cancellation document: cancel ${which} in Subiekt GT by hand${reason}. ${where}; ` + `if its file is still in outbox/ and Subiekt has not imported it, delete the file instead.`;
    }
    /**
   * Nor has EDI++ 1.11 a document that amends a ZK (a second ZK with the same original number would be a second
   * order): a change of an order's lines is refused for good with the lines the ZK must have now, so staff can
   * make it so in Subiekt from the dead letters.
   */ async changeByHand(doc) {
        await this.prepare();
        const b = doc.body;
        const order = typeof b.orderKontorReference === 'string' && b.orderKontorReference ? b.orderKontorReference : doc.kontorReference;
        const known = await this.findByReference('order', order);
        const number = typeof b.number === 'string' && b.number ? b.number : null;
        const currency = typeof b.currency === 'string' ? b.currency : '';
        const money = (v)=>typeof v === 'number' && Number.isSafeInteger(v) ? `${(0, _eppvalues.formatUnits)(v, 2, 2)} ${currency}`.trim() : '?';
        const lines = (Array.isArray(b.lines) ? b.lines : []).map((l, i)=>{
            const vat = typeof l.vatRateBp === 'number' ? `, VAT ${l.vatRateBp / 100}%` : '';
            return `${typeof l.lineNo === 'number' ? l.lineNo : i + 1}. ${String(l.productErpId ?? '?')} × ${String(l.quantity ?? '?')} at ${money(l.unitNetMinor)} net${vat}`;
        });
        const which = `${known?.erpNumber ? `ZK ${known.erpNumber}` : 'the ZK'} with original number ${(0, _epporders.eppReference)(order)}` + (number ? ` (Kontor order ${number})` : '');
        const reason = typeof b.reason === 'string' && b.reason ? ` (reason: ${b.reason})` : '';
        if (!known) {
            return `EDI++ has no document that changes an order, and no ZK was written for order ${(0, _epporders.eppReference)(order)}` + `${number ? ` (Kontor order ${number})` : ''} (a proforma, or the order never reached the outbox): nothing to change in ` + `Subiekt GT unless it was entered there by hand; if so, give it exactly these lines: ${lines.join('; ')}; ` + `net ${money(b.netMinor)}, gross ${money(b.grossMinor)}${reason}.`;
        }
        return `EDI++ has no document that changes an order: change ${which} in Subiekt GT by hand so that it has exactly these lines ` + `(quantities as shown, remove any other line): ${lines.join('; ')}; net ${money(b.netMinor)}, gross ${money(b.grossMinor)}${reason}. ` + `It was written as ${(0, _epporders.zkFileName)(order)}; if its file is still in outbox/, let Subiekt import it first, then change it.`;
    }
    async pushTransfer(doc, idempotencyKey) {
        await this.prepare();
        const existing = await this.findByReference('transferRequest', doc.kontorReference);
        if (existing) return existing;
        const b = doc.body;
        const s = (k)=>typeof b[k] === 'string' ? b[k] : '';
        const transfer = {
            kontorReference: doc.kontorReference,
            orderKontorReference: s('orderKontorReference') || doc.kontorReference,
            fromWarehouse: s('fromWarehouseErpId'),
            toWarehouse: s('toWarehouseErpId'),
            requestedAt: this.opts.clock.now(),
            lines: (Array.isArray(b.lines) ? b.lines : []).map((l, i)=>({
                    lineNo: typeof l.lineNo === 'number' ? l.lineNo : i + 1,
                    productErpId: typeof l.productErpId === 'string' ? l.productErpId : '',
                    quantity: typeof l.quantity === 'number' ? l.quantity : NaN,
                    unit: typeof l.unit === 'string' ? l.unit : null
                }))
        };
        let file;
        try {
            file = (0, _epptransfers.writeMmFile)(transfer, this.writeOptions());
        } catch (e) {
            if (e instanceof _epporders.ZkValidationError) throw new _erpconnector.ErpRejectedError(`the transfer cannot be written as an MM document: ${e.message}`);
            throw e;
        }
        const pushed = {
            kontorReference: doc.kontorReference,
            erpId: file.fileName,
            erpNumber: null,
            status: 'received'
        };
        try {
            await (0, _edifolders.writeFileAtomic)(_nodepath.default.join(this.opts.root, 'outbox', file.fileName), file.bytes, {
                exclusive: true
            });
            await (0, _edifolders.writeFileAtomic)(this.stateFile('sent-transfers', doc.kontorReference), JSON.stringify({
                ...pushed,
                idempotencyKey
            }));
        } catch (e) {
            throw new _erpconnector.ErpUnavailableError(`the MM file could not be written to ${this.opts.root}/outbox: ${e.message}`);
        }
        return pushed;
    }
    /** What every document Kontor writes for Subiekt carries: sender, time zone, code page, issuer, unit, time. */ writeOptions() {
        return {
            sender: this.opts.sender,
            timeZone: this.timeZone,
            codePage: this.opts.codePage,
            issuedBy: this.opts.issuedBy ?? 'Kontor',
            defaultUnit: this.opts.defaultUnit ?? 'szt.',
            exportedAt: this.opts.clock.now()
        };
    }
    async findByReference(kind, kontorReference) {
        if (kind === 'transferRequest') return this.findTransfer(kontorReference);
        if (kind !== 'order') return null;
        await this.prepare();
        for (const dir of [
            'orders',
            'sent'
        ]){
            try {
                const j = JSON.parse(await _nodefs.promises.readFile(this.stateFile(dir, kontorReference), 'utf8'));
                return {
                    kontorReference,
                    erpId: j.erpId,
                    erpNumber: j.erpNumber,
                    status: j.status
                };
            } catch (e) {
                if (e.code !== 'ENOENT') throw e;
            }
        }
        try {
            await _nodefs.promises.access(_nodepath.default.join(this.opts.root, 'outbox', (0, _epporders.zkFileName)(kontorReference)));
            return {
                kontorReference,
                erpId: (0, _epporders.zkFileName)(kontorReference),
                erpNumber: null,
                status: 'received'
            };
        } catch  {
            return null;
        }
    }
    async findTransfer(kontorReference) {
        await this.prepare();
        try {
            const j = JSON.parse(await _nodefs.promises.readFile(this.stateFile('sent-transfers', kontorReference), 'utf8'));
            return {
                kontorReference,
                erpId: j.erpId,
                erpNumber: j.erpNumber,
                status: j.status
            };
        } catch (e) {
            if (e.code !== 'ENOENT') throw e;
        }
        try {
            await _nodefs.promises.access(_nodepath.default.join(this.opts.root, 'outbox', (0, _epptransfers.mmFileName)(kontorReference)));
            return {
                kontorReference,
                erpId: (0, _epptransfers.mmFileName)(kontorReference),
                erpNumber: null,
                status: 'received'
            };
        } catch  {
            return null;
        }
    }
    async fetchInvoicePdf(invoiceErpId) {
        throw new _erpconnector.ErpRejectedError(`EDI++ carries no invoice PDFs (invoice ${invoiceErpId})`);
    }
    /** The full reference behind a shortened one written into field 5. */ async fullReference(short) {
        try {
            return await _nodefs.promises.readFile(this.stateFile('refs', short), 'utf8');
        } catch (e) {
            if (e.code === 'ENOENT') return null;
            throw e;
        }
    }
    stateFile(kind, kontorReference) {
        return _nodepath.default.join(this.opts.root, 'state', kind, `${encodeURIComponent(kontorReference).replace(/\./g, '%2E')}.json`);
    }
};
function orderFromDocument(doc) {
    const b = doc.body;
    const str = (o, k)=>typeof o[k] === 'string' ? o[k] : null;
    const placed = str(b, 'placedAt');
    if (!Array.isArray(b.lines)) throw new _epporders.ZkValidationError('the order body has no lines');
    // Delivery wishes have no ZK field of their own: they follow the notes in the remarks.
    const d = b.delivery && typeof b.delivery === 'object' ? b.delivery : null;
    const delivery = d ? [
        str(d, 'method'),
        str(d, 'date'),
        str(d, 'address'),
        str(d, 'contactName'),
        str(d, 'contactPhone')
    ].filter((x)=>x).join(', ') : '';
    const note = [
        str(b, 'notes') ?? str(b, 'note'),
        delivery ? `Dostawa: ${delivery}` : null
    ].filter((x)=>x).join(' | ');
    return {
        kontorReference: doc.kontorReference,
        number: str(b, 'number') ?? doc.kontorReference.slice(0, 30),
        customerErpId: str(b, 'customerErpId') ?? '',
        customer: b.customer && typeof b.customer === 'object' ? b.customer : null,
        placedAt: placed ? new Date(placed) : new Date(NaN),
        currency: str(b, 'currency') ?? '',
        poNumber: str(b, 'customerPoNumber') ?? str(b, 'poNumber'),
        note: note || null,
        lines: b.lines.map((l, i)=>{
            const num = (k)=>typeof l[k] === 'number' ? l[k] : NaN;
            return {
                lineNo: typeof l.lineNo === 'number' ? l.lineNo : i + 1,
                productErpId: str(l, 'productErpId') ?? '',
                quantity: num('quantity'),
                unitNetMinor: num('unitNetMinor'),
                vatRateBp: num('vatRateBp'),
                unit: str(l, 'unit')
            };
        })
    };
}

//# sourceMappingURL=edi-connector.js.map
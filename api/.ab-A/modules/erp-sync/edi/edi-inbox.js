"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "EdiInbox", {
    enumerable: true,
    get: function() {
        return EdiInbox;
    }
});
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _edifolders = require("./edi-folders");
const _eppencoding = require("./epp-encoding");
const _eppfile = require("./epp-file");
const _eppmasterdata = require("./epp-master-data");
const _epporders = require("./epp-orders");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const MAX_REASON_PROBLEMS = 50;
let EdiInbox = class EdiInbox {
    constructor(opts){
        this.opts = opts;
        this.running = null;
        this.timer = null;
        this.loop = null;
        this.stopped = true;
        this.totals = {
            scans: 0,
            accepted: 0,
            quarantined: 0,
            duplicates: 0,
            retried: 0,
            skippedRecords: 0
        };
        this.folders = new _edifolders.EdiFolders(opts.root);
    }
    /** Creates the folders. */ async prepare() {
        await this.folders.ensure();
    }
    /** One pass over inbox/. Concurrent calls share the pass in progress. */ scanOnce() {
        if (!this.running) {
            this.running = this.scan().finally(()=>{
                this.running = null;
            });
        }
        return this.running;
    }
    /** Polls inbox/ every `intervalMs` (1 s to 10 min) until stop(). */ start(intervalMs = 5000) {
        if (!this.stopped) return;
        const every = Math.min(600_000, Math.max(1000, intervalMs));
        this.stopped = false;
        const tick = async ()=>{
            try {
                await this.scanOnce();
            } catch (e) {
                this.opts.log?.warn({
                    err: e
                }, 'EDI++ inbox scan failed');
            }
            if (!this.stopped) this.timer = setTimeout(()=>this.loop = tick(), every);
        };
        this.loop = this.prepare().then(tick, (e)=>{
            this.opts.log?.warn({
                err: e
            }, 'EDI++ folders could not be prepared');
            if (!this.stopped) this.timer = setTimeout(()=>this.loop = tick(), every);
        });
    }
    async stop() {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        await this.loop;
        await this.running;
    }
    async scan() {
        const result = {
            files: [],
            accepted: 0,
            quarantined: 0,
            duplicates: 0,
            retried: 0,
            skippedRecords: 0,
            waiting: 0,
            recovered: 0,
            busy: false
        };
        // Only what claiming needs; a broken done/ or quarantine/ fails per file, not the scan.
        for (const f of [
            'inbox',
            'processing',
            'state'
        ])await _nodefs.promises.mkdir(this.folders.dir(f), {
            recursive: true
        });
        if (!await this.lock()) {
            result.busy = true;
            return result;
        }
        try {
            await this.scanLocked(result);
        } finally{
            await _nodefs.promises.rm(this.lockPath(), {
                force: true
            });
        }
        this.totals.scans++;
        this.totals.accepted += result.accepted;
        this.totals.quarantined += result.quarantined;
        this.totals.duplicates += result.duplicates;
        this.totals.retried += result.retried;
        this.totals.skippedRecords += result.skippedRecords;
        return result;
    }
    lockPath() {
        return this.folders.dir('state', 'inbox.lock');
    }
    /**
   * One scan at a time per folder, across processes: the lock is a file created exclusively. A lock not
   * touched for `lockStaleMs` (its holder died) is taken over.
   */ async lock() {
        for(let attempt = 0; attempt < 2; attempt++){
            try {
                const fh = await _nodefs.promises.open(this.lockPath(), 'wx');
                await fh.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
                await fh.close();
                return true;
            } catch (e) {
                if (e.code !== 'EEXIST') throw e;
                const st = await _nodefs.promises.stat(this.lockPath()).catch(()=>null);
                if (st && Date.now() - st.mtimeMs < (this.opts.lockStaleMs ?? 10 * 60_000)) return false;
                this.opts.log?.warn({
                    lock: this.lockPath()
                }, 'EDI++ inbox lock is stale; taking it over');
                await _nodefs.promises.rm(this.lockPath(), {
                    force: true
                });
            }
        }
        return false;
    }
    async scanLocked(result) {
        // Holding the lock, anything in processing/ was left by a scan that died: back into inbox/.
        for (const name of (await _nodefs.promises.readdir(this.folders.dir('processing')))){
            if (name.startsWith('.')) continue;
            await _nodefs.promises.rename(this.folders.dir('processing', name), this.folders.dir('inbox', await this.freeInboxName((0, _edifolders.originalName)(name))));
            result.recovered++;
        }
        const settleMs = this.opts.settleMs ?? 2000;
        const names = (await _nodefs.promises.readdir(this.folders.dir('inbox'))).filter(_edifolders.isEppName).sort();
        const max = this.opts.maxFilesPerScan ?? 100;
        for (const name of names){
            if (result.files.length >= max) break;
            const src = this.folders.dir('inbox', name);
            let stat;
            try {
                stat = await _nodefs.promises.stat(src);
            } catch  {
                continue; // taken meanwhile
            }
            if (!stat.isFile()) continue;
            if (settleMs > 0 && Date.now() - stat.mtimeMs < settleMs) {
                result.waiting++;
                continue;
            }
            const stamped = (0, _edifolders.stampName)(name, this.opts.clock.now());
            const claimed = this.folders.dir('processing', stamped);
            try {
                await _nodefs.promises.rename(src, claimed);
            } catch (e) {
                if (e.code === 'ENOENT') continue; // another consumer took it
                throw e;
            }
            let outcome;
            try {
                outcome = await this.processClaimed(name, stamped);
            } catch (e) {
                // File-system trouble (a share gone, no space): hand the file back for the next scan and go on.
                this.opts.log?.warn({
                    file: name,
                    err: e
                }, 'EDI++ file could not be processed; it goes back to inbox/');
                await _nodefs.promises.rename(claimed, this.folders.dir('inbox', await this.freeInboxName(name))).catch(()=>undefined);
                outcome = {
                    name,
                    status: 'retry',
                    error: e.message
                };
            }
            result.files.push(outcome);
            if (outcome.status === 'accepted' || outcome.status === 'partial') {
                result.accepted++;
                result.skippedRecords += outcome.problems.length;
            } else if (outcome.status === 'duplicate') result.duplicates++;
            else if (outcome.status === 'quarantined') result.quarantined++;
            else result.retried++;
            await _nodefs.promises.utimes(this.lockPath(), new Date(), new Date()).catch(()=>undefined);
        }
    }
    async processClaimed(name, stamped) {
        const claimed = this.folders.dir('processing', stamped);
        const bytes = await _nodefs.promises.readFile(claimed);
        const hash = (0, _edifolders.sha256)(bytes);
        const maxBytes = this.opts.maxFileBytes ?? 512 * 1024 * 1024;
        if (bytes.length > maxBytes) return this.quarantine(name, stamped, bytes, hash, `the file is ${bytes.length} bytes, more than the limit of ${maxBytes}`);
        if (bytes.length === 0) return this.quarantine(name, stamped, bytes, hash, 'the file is empty (0 bytes)');
        const firstName = await this.seenAs(hash);
        if (firstName !== null) {
            await _nodefs.promises.rename(claimed, this.folders.dir('done', stamped));
            await this.writeAck(stamped, [
                'status: duplicate',
                `file: ${name}`,
                `sha256: ${hash}`,
                `reason: the same content was already accepted as ${firstName}; nothing was imported again`
            ]);
            this.opts.log?.info({
                file: name,
                duplicateOf: firstName
            }, 'EDI++ duplicate file dropped');
            return {
                name,
                status: 'duplicate',
                duplicateOf: firstName
            };
        }
        let file;
        let data;
        const orders = [];
        try {
            file = (0, _eppfile.parseEppFile)(bytes, this.opts.timeZone);
            data = (0, _eppmasterdata.mapMasterData)(file, {
                modifiedAt: this.opts.clock.now().toISOString(),
                currency: this.opts.currency
            });
            for (const b of file.blocks){
                if (b.kind !== 'document' || b.docType !== 'ZK') continue;
                try {
                    orders.push((0, _epporders.readZk)(b, this.opts.timeZone));
                } catch (e) {
                    if (!(e instanceof _epporders.ZkValidationError)) throw e;
                    data.problems.push({
                        line: b.header.line,
                        raw: b.header.raw,
                        reason: `line ${b.header.line}, ZK: ${e.message}`,
                        entity: 'orderStatuses'
                    });
                }
            }
        } catch (e) {
            if (e instanceof _eppfile.EppFileError || e instanceof _eppencoding.EppEncodingError) {
                const kind = e instanceof _eppencoding.EppEncodingError ? 'wrong encoding' : e.truncated ? 'truncated' : 'malformed';
                return this.quarantine(name, stamped, bytes, hash, `${kind}: ${e.message}`);
            }
            // A reader bug must not make the file come back forever, nor stop the others.
            this.opts.log?.warn({
                file: name,
                err: e
            }, 'EDI++ reader failed unexpectedly');
            return this.quarantine(name, stamped, bytes, hash, `unreadable: unexpected error while reading: ${e.message}`);
        }
        const policy = this.opts.recordErrors ?? 'quarantine-file';
        if (data.problems.length > 0 && policy === 'quarantine-file') {
            const shown = data.problems.slice(0, MAX_REASON_PROBLEMS).map((p)=>`  - ${p.reason}`);
            const more = data.problems.length > MAX_REASON_PROBLEMS ? [
                `  … and ${data.problems.length - MAX_REASON_PROBLEMS} more`
            ] : [];
            return this.quarantine(name, stamped, bytes, hash, `${data.problems.length} record(s) cannot be read; nothing from this file was imported:\n${[
                ...shown,
                ...more
            ].join('\n')}`, data.problems[0].entity);
        }
        const usable = data.products.length + data.prices.length + data.customers.length + data.categories.length + orders.length;
        if (usable === 0 && data.problems.length === 0) {
            return this.quarantine(name, stamped, bytes, hash, `malformed: the file holds no products, prices, customers or ZK orders (found: ${data.ignored.join(', ') || 'nothing'})`);
        }
        try {
            await this.opts.sink({
                name,
                sha256: hash,
                file,
                data,
                orders
            });
        } catch (e) {
            await _nodefs.promises.rename(claimed, this.folders.dir('inbox', await this.freeInboxName(name)));
            this.opts.log?.warn({
                file: name,
                err: e
            }, 'EDI++ file could not be stored; it stays in inbox/ for the next scan');
            return {
                name,
                status: 'retry',
                error: e.message
            };
        }
        await this.remember(hash, name);
        await _nodefs.promises.rename(claimed, this.folders.dir('done', stamped));
        const counts = {
            products: data.products.length,
            categories: data.categories.length,
            priceLists: data.priceLists.length,
            prices: data.prices.length,
            customers: data.customers.length,
            orders: orders.length
        };
        const status = data.problems.length > 0 ? 'partial' : 'accepted';
        await this.writeAck(stamped, [
            `status: ${status}`,
            `file: ${name}`,
            `sha256: ${hash}`,
            `format: EDI++ ${file.info.version}, code page ${file.info.codePage}, from "${file.info.generator}"`,
            ...Object.entries(counts).map(([k, v])=>`${k}: ${v}`),
            `refused records: ${data.problems.length}`,
            ...data.problems.map((p)=>`refused: ${p.reason}`),
            ...data.warnings.concat(file.warnings).map((w)=>`warning: ${w}`),
            ...data.ignored.map((i)=>`ignored: ${i}`)
        ]);
        this.opts.log?.info({
            file: name,
            ...counts,
            refused: data.problems.length
        }, 'EDI++ file accepted');
        return {
            name,
            status,
            counts,
            problems: data.problems,
            warnings: [
                ...data.warnings,
                ...file.warnings
            ]
        };
    }
    async quarantine(name, stamped, bytes, hash, reason, entity = guessEntity(bytes)) {
        await _nodefs.promises.rename(this.folders.dir('processing', stamped), this.folders.dir('quarantine', stamped));
        const text = [
            `File: ${name}`,
            `Put in quarantine: ${this.opts.clock.now().toISOString()}`,
            `SHA-256: ${hash}`,
            '',
            `Reason: ${reason}`,
            '',
            'Nothing from this file was imported. Correct the export in the ERP (or the file) and drop it into inbox/ again.',
            ''
        ].join('\r\n');
        await (0, _edifolders.writeFileAtomic)(this.folders.dir('quarantine', `${stamped}.reason.txt`), text);
        this.opts.log?.warn({
            file: name,
            reason
        }, 'EDI++ file quarantined');
        await this.opts.onQuarantine?.({
            name,
            reason,
            entity,
            raw: bytes.subarray(0, 4096).toString('latin1')
        });
        return {
            name,
            status: 'quarantined',
            reason,
            entity
        };
    }
    async writeAck(stamped, lines) {
        await (0, _edifolders.writeFileAtomic)(this.folders.dir('done', `${stamped}.ack`), [
            ...lines,
            `at: ${this.opts.clock.now().toISOString()}`,
            ''
        ].join('\r\n'));
    }
    hashDir() {
        return this.folders.dir('state', 'hashes');
    }
    /** The name under which the same content was accepted before, or null. */ async seenAs(hash) {
        try {
            return (await _nodefs.promises.readFile(_nodepath.default.join(this.hashDir(), hash), 'utf8')).trim();
        } catch (e) {
            if (e.code === 'ENOENT') return null;
            throw e;
        }
    }
    async remember(hash, name) {
        await (0, _edifolders.writeFileAtomic)(_nodepath.default.join(this.hashDir(), hash), name);
    }
    async freeInboxName(name) {
        try {
            await _nodefs.promises.access(this.folders.dir('inbox', name));
        } catch  {
            return name;
        }
        return (0, _edifolders.stampName)(name, this.opts.clock.now());
    }
};
/** Which entity a refused file most likely carried, by the keywords in its bytes. */ function guessEntity(bytes) {
    const head = bytes.subarray(0, 64 * 1024).toString('latin1');
    if (head.includes('"KONTRAHENCI"')) return 'customers';
    if (head.includes('"TOWARY"')) return 'products';
    if (head.includes('"CENNIK"')) return 'prices';
    return 'products';
}

//# sourceMappingURL=edi-inbox.js.map
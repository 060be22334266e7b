"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "EdiJournal", {
    enumerable: true,
    get: function() {
        return EdiJournal;
    }
});
const _nodecrypto = require("node:crypto");
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _edifolders = require("./edi-folders");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
let EdiJournal = class EdiJournal {
    constructor(dir){
        this.dir = dir;
        this.lastMs = -1;
        this.cache = null;
    }
    /** Forgets the cached last time; the next call reads it from disk. */ refresh() {
        this.lastMs = -1;
    }
    /** The next modifiedAt: the clock's time, or 1 ms after the last segment if the clock has not moved on. */ async nextModifiedAt(now) {
        if (this.lastMs < 0) this.lastMs = await this.scanLastMs();
        const ms = Math.max(now.getTime(), this.lastMs + 1);
        this.lastMs = ms;
        return new Date(ms).toISOString();
    }
    async scanLastMs() {
        let last = 0;
        let entities = [];
        try {
            entities = await _nodefs.promises.readdir(this.dir);
        } catch  {
            return 0;
        }
        for (const e of entities){
            if (e === 'notices') continue;
            for (const f of (await this.segments(e)))last = Math.max(last, Number(f.slice(0, 15)));
        }
        return last;
    }
    async segments(entity) {
        try {
            return (await _nodefs.promises.readdir(_nodepath.default.join(this.dir, entity))).filter((f)=>/^\d{15}-[0-9a-f]+\.jsonl$/.test(f)).sort();
        } catch (e) {
            if (e.code === 'ENOENT') return [];
            throw e;
        }
    }
    async append(entity, modifiedAt, records) {
        if (records.length === 0) return;
        const ms = Date.parse(modifiedAt);
        const sorted = [
            ...records
        ].sort((a, b)=>a.erpId < b.erpId ? -1 : a.erpId > b.erpId ? 1 : 0);
        const dir = _nodepath.default.join(this.dir, entity);
        await _nodefs.promises.mkdir(dir, {
            recursive: true
        });
        const name = `${String(ms).padStart(15, '0')}-${(0, _nodecrypto.randomBytes)(4).toString('hex')}.jsonl`;
        await (0, _edifolders.writeFileAtomic)(_nodepath.default.join(dir, name), sorted.map((r)=>JSON.stringify(r)).join('\n') + '\n');
    }
    /** Records strictly after `after` in (modifiedAt, erpId) order, at most `limit`. */ async read(entity, after, limit) {
        const out = [];
        const afterMs = after ? Date.parse(after.modifiedAt) : -1;
        for (const file of (await this.segments(entity))){
            const ms = Number(file.slice(0, 15));
            if (ms < afterMs) continue;
            for (const r of (await this.load(entity, file))){
                if (after && ms === afterMs && r.erpId <= after.erpId) continue;
                if (out.length === limit) return {
                    records: out,
                    hasMore: true
                };
                out.push(r);
            }
        }
        return {
            records: out,
            hasMore: false
        };
    }
    async load(entity, file) {
        const key = `${entity}/${file}`;
        if (this.cache?.file === key) return this.cache.records;
        const text = await _nodefs.promises.readFile(_nodepath.default.join(this.dir, entity, file), 'utf8');
        const records = text.split('\n').filter((l)=>l !== '').map((l)=>JSON.parse(l));
        this.cache = {
            file: key,
            records
        };
        return records;
    }
    async addNotice(notice) {
        const dir = _nodepath.default.join(this.dir, 'notices', notice.entity);
        await _nodefs.promises.mkdir(dir, {
            recursive: true
        });
        await (0, _edifolders.writeFileAtomic)(_nodepath.default.join(dir, `${Date.now()}-${(0, _nodecrypto.randomBytes)(4).toString('hex')}.json`), JSON.stringify(notice));
    }
    /** Hands out waiting notices of one entity once (they are removed as they are read). */ async takeNotices(entity, max = 1000) {
        const dir = _nodepath.default.join(this.dir, 'notices', entity);
        let files;
        try {
            files = (await _nodefs.promises.readdir(dir)).filter((f)=>f.endsWith('.json')).sort();
        } catch  {
            return [];
        }
        const out = [];
        for (const f of files.slice(0, max)){
            // Claimed by a rename first, so two processes pulling at once never both hand it out.
            const taken = _nodepath.default.join(dir, `.${f}.${(0, _nodecrypto.randomBytes)(4).toString('hex')}.taken`);
            try {
                await _nodefs.promises.rename(_nodepath.default.join(dir, f), taken);
            } catch (e) {
                if (e.code === 'ENOENT') continue;
                throw e;
            }
            out.push(JSON.parse(await _nodefs.promises.readFile(taken, 'utf8')));
            await _nodefs.promises.rm(taken, {
                force: true
            });
        }
        return out;
    }
};

//# sourceMappingURL=edi-journal.js.map
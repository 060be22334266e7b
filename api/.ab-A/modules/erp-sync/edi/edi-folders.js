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
    get EdiFolders () {
        return EdiFolders;
    },
    get FOLDERS () {
        return FOLDERS;
    },
    get isEppName () {
        return isEppName;
    },
    get originalName () {
        return originalName;
    },
    get sha256 () {
        return sha256;
    },
    get stampName () {
        return stampName;
    },
    get writeFileAtomic () {
        return writeFileAtomic;
    }
});
const _nodecrypto = require("node:crypto");
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const FOLDERS = [
    'inbox',
    'processing',
    'done',
    'quarantine',
    'outbox',
    'state'
];
let EdiFolders = class EdiFolders {
    constructor(root){
        this.root = root;
    }
    dir(folder, ...rest) {
        return _nodepath.default.join(this.root, folder, ...rest);
    }
    async ensure() {
        for (const f of FOLDERS)await _nodefs.promises.mkdir(this.dir(f), {
            recursive: true
        });
    }
};
function sha256(bytes) {
    return (0, _nodecrypto.createHash)('sha256').update(bytes).digest('hex');
}
async function writeFileAtomic(target, data, opts = {}) {
    const dir = _nodepath.default.dirname(target);
    await _nodefs.promises.mkdir(dir, {
        recursive: true
    });
    const tmp = _nodepath.default.join(dir, `.${_nodepath.default.basename(target)}.${(0, _nodecrypto.randomBytes)(6).toString('hex')}.tmp`);
    const fh = await _nodefs.promises.open(tmp, 'wx');
    try {
        await fh.writeFile(data);
        await fh.sync();
    } finally{
        await fh.close();
    }
    try {
        if (opts.exclusive) {
            // link() fails if the target exists, unlike rename(); the temporary name is removed either way.
            try {
                await _nodefs.promises.link(tmp, target);
            } catch (e) {
                if (e.code === 'EEXIST') return false;
                throw e;
            }
            return true;
        }
        await _nodefs.promises.rename(tmp, target);
        return true;
    } finally{
        await _nodefs.promises.rm(tmp, {
            force: true
        });
    }
}
function stampName(original, at) {
    const t = at.toISOString().replace(/[-:]/g, '').replace('.', '');
    return `${t}-${(0, _nodecrypto.randomBytes)(3).toString('hex')}_${original}`;
}
function isEppName(name) {
    return /\.epp$/i.test(name) && !name.startsWith('.') && !name.startsWith('~');
}
function originalName(stamped) {
    const i = stamped.indexOf('_');
    return /^\d{8}T\d{9}Z-[0-9a-f]{6}_/.test(stamped) && i > 0 ? stamped.slice(i + 1) : stamped;
}

//# sourceMappingURL=edi-folders.js.map
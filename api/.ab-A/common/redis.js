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
    get connectRedis () {
        return connectRedis;
    },
    get dropKeys () {
        return dropKeys;
    },
    get waitForRedis () {
        return waitForRedis;
    }
});
const _ioredis = require("ioredis");
function connectRedis(url, name, extra = {}) {
    const redis = new _ioredis.Redis(url, {
        connectionName: `kontor-${name}`,
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        retryStrategy: (times)=>Math.min(times * 200, 2000),
        ...extra
    });
    redis.on('error', ()=>undefined); // reported by callers and readiness; reconnects on its own
    return redis;
}
async function waitForRedis(redis, url, timeoutMs = 5000) {
    const redacted = url.replace(/\/\/[^@]*@/, '//***@');
    const problem = (why)=>new Error(`Redis at ${redacted} did not answer (${why}). Is it running? Set REDIS_URL to one that is.`);
    let timer;
    const timeout = new Promise((_, reject)=>{
        timer = setTimeout(()=>reject(problem(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
        await Promise.race([
            redis.connect().catch((err)=>Promise.reject(problem(err.message))),
            timeout
        ]);
    } catch (err) {
        redis.disconnect();
        throw err;
    } finally{
        clearTimeout(timer);
    }
}
async function dropKeys(url, prefix) {
    const redis = connectRedis(url, 'cleanup', {
        enableOfflineQueue: true
    });
    try {
        await redis.connect();
        let cursor = '0';
        do {
            const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
            if (keys.length) await redis.del(...keys);
            cursor = next;
        }while (cursor !== '0')
    } finally{
        redis.disconnect();
    }
}

//# sourceMappingURL=redis.js.map
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "LoginRateLimiter", {
    enumerable: true,
    get: function() {
        return LoginRateLimiter;
    }
});
let LoginRateLimiter = class LoginRateLimiter {
    constructor(redis, prefix, limits){
        this.redis = redis;
        this.prefix = prefix;
        this.limits = limits;
        this.accountKey = (email)=>`${this.prefix}rl:login:acct:${email}`;
        this.ipKey = (ip)=>`${this.prefix}rl:login:ip:${ip}`;
    }
    /** Counts this attempt against the IP and says whether the account or IP is over its limit. */ async admit(email, ip) {
        const w = this.limits.windowSeconds;
        const pipeline = this.redis.multi().get(this.accountKey(email)).ttl(this.accountKey(email));
        if (ip) pipeline.incr(this.ipKey(ip)).expire(this.ipKey(ip), w, 'NX').ttl(this.ipKey(ip));
        const res = await pipeline.exec() ?? [];
        const failures = Number(res[0]?.[1] ?? 0);
        const acctTtl = Number(res[1]?.[1] ?? -1);
        const ipCount = ip ? Number(res[2]?.[1] ?? 0) : 0;
        const ipTtl = ip ? Number(res[4]?.[1] ?? -1) : -1;
        if (failures >= this.limits.maxFailuresPerAccount) return {
            allowed: false,
            retryAfterSeconds: Math.max(acctTtl, 1)
        };
        if (ipCount > this.limits.maxAttemptsPerIp) return {
            allowed: false,
            retryAfterSeconds: Math.max(ipTtl, 1)
        };
        return {
            allowed: true,
            retryAfterSeconds: 0
        };
    }
    async recordFailure(email) {
        await this.redis.multi().incr(this.accountKey(email)).expire(this.accountKey(email), this.limits.windowSeconds, 'NX').exec();
    }
    async recordSuccess(email) {
        await this.redis.del(this.accountKey(email));
    }
};

//# sourceMappingURL=rate-limiter.js.map
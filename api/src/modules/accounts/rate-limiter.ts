import type { Redis } from 'ioredis';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxAttemptsPerIp: number;
  windowSeconds: number;
}

/**
 * Login throttling kept in Redis, so every API instance shares it: failed attempts per account and
 * all attempts per IP address, each in a fixed window. When Redis cannot answer, logins are refused
 * (fail closed) rather than left unthrottled.
 */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits: LoginLimits,
  ) {}

  private accountKey = (email: string) => `${this.prefix}rl:login:acct:${email}`;
  private ipKey = (ip: string) => `${this.prefix}rl:login:ip:${ip}`;

  /** Counts this attempt against the IP and says whether the account or IP is over its limit. */
  async admit(email: string, ip: string | null): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const w = this.limits.windowSeconds;
    const pipeline = this.redis.multi().get(this.accountKey(email)).ttl(this.accountKey(email));
    if (ip) pipeline.incr(this.ipKey(ip)).expire(this.ipKey(ip), w, 'NX').ttl(this.ipKey(ip));
    const res = (await pipeline.exec()) ?? [];
    const failures = Number(res[0]?.[1] ?? 0);
    const acctTtl = Number(res[1]?.[1] ?? -1);
    const ipCount = ip ? Number(res[2]?.[1] ?? 0) : 0;
    const ipTtl = ip ? Number(res[4]?.[1] ?? -1) : -1;
    if (failures >= this.limits.maxFailuresPerAccount) return { allowed: false, retryAfterSeconds: Math.max(acctTtl, 1) };
    if (ipCount > this.limits.maxAttemptsPerIp) return { allowed: false, retryAfterSeconds: Math.max(ipTtl, 1) };
    return { allowed: true, retryAfterSeconds: 0 };
  }

  async recordFailure(email: string): Promise<void> {
    await this.redis.multi().incr(this.accountKey(email)).expire(this.accountKey(email), this.limits.windowSeconds, 'NX').exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }
}

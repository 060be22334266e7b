import { Redis, type RedisOptions } from 'ioredis';

/** A Redis connection that fails fast when Redis is gone instead of queueing commands forever. */
export function connectRedis(url: string, name: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    connectionName: `kontor-${name}`,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
}

export async function waitForRedis(redis: Redis, url: string, timeoutMs = 5000): Promise<void> {
  const redacted = url.replace(/\/\/[^@]*@/, '//***@');
  const timer = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`Redis at ${redacted} did not answer within ${timeoutMs} ms. Is it running? Set REDIS_URL.`)),
      timeoutMs,
    ).unref(),
  );
  await Promise.race([redis.connect(), timer]);
}

import { Redis, type RedisOptions } from 'ioredis';

/** A Redis connection that fails fast when Redis is gone instead of queueing commands forever. */
export function connectRedis(url: string, name: string, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    connectionName: `kontor-${name}`,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...extra,
  });
  redis.on('error', () => undefined); // reported by callers and readiness; reconnects on its own
  return redis;
}

/** Connects, or fails with a message that names the URL and what to do. */
export async function waitForRedis(redis: Redis, url: string, timeoutMs = 5000): Promise<void> {
  const redacted = url.replace(/\/\/[^@]*@/, '//***@');
  const problem = (why: string) => new Error(`Redis at ${redacted} did not answer (${why}). Is it running? Set REDIS_URL to one that is.`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(problem(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.connect().catch((err: Error) => Promise.reject(problem(err.message))), timeout]);
  } catch (err) {
    redis.disconnect();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Deletes every key under `prefix` (an instance's or a test's queues, rate limits and caches), in batches. */
export async function dropKeys(url: string, prefix: string): Promise<void> {
  const redis = connectRedis(url, 'cleanup', { enableOfflineQueue: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

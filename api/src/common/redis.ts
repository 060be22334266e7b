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

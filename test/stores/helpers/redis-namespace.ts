import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** A key prefix no other test (or a developer's data on a shared REDIS_URL) uses. */
export function testPrefix(): string {
  return `archbot-test:${randomBytes(4).toString('hex')}:`;
}

/** A plain connection for reaching under a store (damaging keys, checking TTLs, cleaning up). */
export function rawRedis(url: string): Redis {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => {}); // failures surface as rejected commands in the test itself
  return redis;
}

/** Deletes every key under `prefix`. */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

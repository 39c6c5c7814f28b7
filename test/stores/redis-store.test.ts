import { describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis, quitRedis } from '../../src/stores/redis-connection.js';
import { RedisFeedbackLog } from '../../src/stores/redis-feedback.js';
import { RedisStore } from '../../src/stores/redis-store.js';
import { memoryLogger } from '../helpers/kb.js';
import { feedbackLogContract } from './feedback-log-contract.js';
import { dropPrefix, testPrefix } from './helpers/redis-namespace.js';
import { freePort } from './helpers/redis-server.js';
import { proxiedRedis } from './helpers/tcp-proxy.js';
import { useTestRedis } from './helpers/use-test-redis.js';
import { sessionStoreContract } from './session-store-contract.js';

/** Lets `ms` pass for every key under `prefix` as far as expiry goes: its TTL is cut by `ms`. */
async function advanceRedis(redis: Redis, prefix: string, ms: number): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    for (const key of keys) {
      const left = await redis.pttl(key);
      if (left < 0) continue; // no expiry (-1), or gone meanwhile (-2)
      if (left - ms <= 0) await redis.del(key);
      else await redis.pexpire(key, left - ms);
    }
    cursor = next;
  } while (cursor !== '0');
}

const testRedis = useTestRedis();

sessionStoreContract('redis', { shared: true, corruptible: true }, async () => {
  const prefix = testPrefix();
  const logger = memoryLogger();
  return {
    // Every instance is its own connection: two instances are two bot processes.
    open: async () => RedisStore.connect(testRedis.url, { logger, prefix }),
    // Redis expires keys on its own clock; rather than sleep, every key's remaining time is cut.
    advance: (ms) => advanceRedis(testRedis.raw, prefix, ms),
    corrupt: async (key, text) => {
      await testRedis.raw.hset(`${prefix}${key}`, 'j', text);
    },
    cleanup: () => dropPrefix(testRedis.raw, prefix),
  };
});

feedbackLogContract('redis', async () => {
  const prefix = testPrefix();
  const connections: Redis[] = [];
  return {
    open: async (options) => {
      const redis = await connectRedis(testRedis.url, { logger: memoryLogger() });
      connections.push(redis);
      return new RedisFeedbackLog(redis, prefix, options);
    },
    cleanup: async () => {
      for (const redis of connections) await quitRedis(redis);
      await dropPrefix(testRedis.raw, prefix);
    },
  };
});

describe('redis store', () => {
  it('keeps sessions under its prefix with an expiry, so abandoned ones cost nothing', async () => {
    const prefix = testPrefix();
    const store = await RedisStore.connect(testRedis.url, { logger: memoryLogger(), prefix });
    await store.compareAndSet('session:t', null, { a: 1 }, 60_000);
    const ttl = await testRedis.raw.pttl(`${prefix}session:t`);
    await store.close();
    await dropPrefix(testRedis.raw, prefix);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('replaces a key of the wrong type at revision 0 instead of failing on it', async () => {
    const prefix = testPrefix();
    const store = await RedisStore.connect(testRedis.url, { logger: memoryLogger(), prefix });
    await testRedis.raw.set(`${prefix}session:t`, 'left by hand');
    const got = await store.get('session:t');
    const replaced = await store.compareAndSet('session:t', 0, { a: 1 }, 60_000);
    const after = await store.get('session:t');
    await store.close();
    await dropPrefix(testRedis.raw, prefix);
    expect(got).toEqual({ value: 'left by hand', revision: 0 });
    expect(replaced).toBe(true);
    expect(after).toEqual({ value: { a: 1 }, revision: 1 });
  });

  it('fails to start with "cannot reach Redis" and never prints the password', async () => {
    const port = await freePort();
    const attempt = connectRedis(`redis://bot:hunter22secret@127.0.0.1:${port}`, { logger: memoryLogger() });
    await expect(attempt).rejects.toThrow(new RegExp(`^cannot reach Redis at redis://\\*\\*\\*:\\*\\*\\*@127\\.0\\.0\\.1:${port}: `));
    await expect(attempt).rejects.not.toThrow(/hunter22secret/);
  });

  it('survives losing Redis mid-run: requests fail, one error is logged, and it reconnects', async () => {
    const { proxy, url } = await proxiedRedis(testRedis.url);
    const logger = memoryLogger();
    const prefix = testPrefix();
    const store = await RedisStore.connect(url, { logger, prefix, commandTimeoutMs: 300 });
    try {
      expect(await store.compareAndSet('session:t', null, { a: 1 }, 60_000)).toBe(true);
      await proxy.stop();
      await expect(store.get('session:t')).rejects.toThrow();
      await expect(store.compareAndSet('session:t', 1, { a: 2 }, 60_000)).rejects.toThrow();
      const lost = logger.lines.filter((l) => l.message === 'lost the connection to Redis; retrying');
      expect(lost).toHaveLength(1);
      expect(lost[0]?.level).toBe('error');

      await proxy.start();
      await expect.poll(() => logger.lines.some((l) => l.message === 'reconnected to Redis'), { timeout: 5_000 }).toBe(true);
      expect(await store.get('session:t')).toEqual({ value: { a: 1 }, revision: 1 });
    } finally {
      await store.close();
      await proxy.stop();
      await dropPrefix(testRedis.raw, prefix);
    }
  });
});

import { afterAll, beforeAll } from 'vitest';
import type { Redis } from 'ioredis';
import { rawRedis } from './redis-namespace.js';
import { redisForTests, type RedisServer } from './redis-server.js';

export interface TestRedis {
  /** Where the test Redis listens. */
  readonly url: string;
  /** A plain connection for reaching under a store (cleaning up a prefix, checking TTLs). */
  readonly raw: Redis;
}

/**
 * The suite's Redis for one test file: started (or taken from REDIS_URL) before its tests, with a
 * raw connection, both closed after. Read `url` and `raw` inside tests and hooks, not at load time.
 */
export function useTestRedis(): TestRedis {
  let server: RedisServer | undefined;
  let raw: Redis | undefined;
  beforeAll(async () => {
    server = await redisForTests();
    raw = rawRedis(server.url);
    await raw.connect();
  });
  afterAll(async () => {
    raw?.disconnect();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestRedis: read url and raw inside a test or hook');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    get raw() {
      return started(raw);
    },
  };
}

import { afterAll, beforeAll } from 'vitest';
import type { Redis } from 'ioredis';
import { dropPrefix, rawRedis, testPrefix } from './redis-namespace.js';
import { redisForTests, type RedisServer } from './redis-server.js';

export interface TestRedis {
  /** Where the test Redis listens. */
  readonly url: string;
  /** A plain connection for reaching under a store (cleaning up a prefix, checking TTLs). */
  readonly raw: Redis;
  /** A key prefix of this file's own (no other test's, nor a developer's data on a shared REDIS_URL); its keys are deleted after the file's tests. */
  readonly prefix: string;
}

/**
 * The suite's Redis for one test file (or one describe block, when called inside it): started (or taken from
 * REDIS_URL) before its tests, with a raw connection, both closed after, and the keys under `prefix` deleted. Read `url`
 * and `raw` inside tests and hooks, not at load time; `prefix` is there at once.
 */
export function useTestRedis(): TestRedis {
  let server: RedisServer | undefined;
  let raw: Redis | undefined;
  const prefix = testPrefix();
  beforeAll(async () => {
    server = await redisForTests();
    raw = rawRedis(server.url);
    await raw.connect();
  });
  afterAll(async () => {
    if (raw) await dropPrefix(raw, prefix);
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
    prefix,
  };
}

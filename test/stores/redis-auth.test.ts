// A wrong or missing Redis password used to surface as "Connection is closed", which sends people
// looking at the network. The server says WRONGPASS or NOAUTH; so does archbot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis, quitRedis } from '../../src/stores/redis-connection.js';
import { openStores } from '../../src/stores/open-stores.js';
import { memoryLogger } from '../helpers/kb.js';
import { rawRedis } from './helpers/redis-namespace.js';
import { ownRedisServer, type RedisServer } from './helpers/redis-server.js';

const PASSWORD = 'right-horse-battery';
let server: RedisServer;
let host: string;
beforeAll(async () => {
  server = await ownRedisServer(['--requirepass', PASSWORD]);
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server?.stop();
});

describe('Redis refusing the password', () => {
  it('fails start-up with "Redis refused the password" for a wrong one, never showing it', async () => {
    const attempt = openStores({ redisUrl: `redis://:Wr0ngSecretPw@${host}`, dataDir: '/nonexistent', kind: 'persistent', logger: memoryLogger() });
    await expect(attempt).rejects.toThrow(`cannot reach Redis at redis://:***@${host}: Redis refused the password (WRONGPASS)`);
    await expect(attempt).rejects.not.toThrow(/Wr0ngSecretPw|Connection is closed/);
  });

  it('says a password is needed when REDIS_URL gives none', async () => {
    await expect(connectRedis(`redis://${host}`, { logger: memoryLogger() })).rejects.toThrow(/Redis refused the password: it requires one and REDIS_URL gives none \(NOAUTH\)/);
  });

  it('logs the refusal once when the password changes under a running bot', async () => {
    const logger = memoryLogger();
    const redis = await connectRedis(`redis://:${PASSWORD}@${host}`, { logger });
    const admin: Redis = rawRedis(`redis://:${PASSWORD}@${host}`);
    await admin.connect();
    try {
      await admin.config('SET', 'requirepass', 'rotated-elsewhere');
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
      await expect.poll(() => logger.lines.filter((l) => l.message === 'Redis refused the password; retrying'), { timeout: 10_000 }).toHaveLength(1);
      expect(logger.lines.find((l) => l.message === 'Redis refused the password; retrying')?.fields.error).toMatch(/WRONGPASS/);
      expect(JSON.stringify(logger.lines)).not.toContain(PASSWORD);
    } finally {
      await admin.config('SET', 'requirepass', PASSWORD);
      admin.disconnect();
      await quitRedis(redis);
    }
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { configuredStoreOptions, openStores, type OpenedStores } from '../../src/stores/open-stores.js';
import { lastDays } from '../../src/stores/feedback-text.js';
import { memoryLogger } from '../helpers/kb.js';
import { dropPrefix, testPrefix } from './helpers/redis-namespace.js';
import { freePort } from './helpers/redis-server.js';
import { useTestRedis } from './helpers/use-test-redis.js';
import { tempDir } from './helpers/temp-dir.js';
import { until } from '../helpers/until.js';

const redis = useTestRedis();
const dir = tempDir();
let stores: OpenedStores | undefined;

afterEach(async () => {
  await stores?.close();
  stores = undefined;
});
afterAll(() => {
  dir.remove();
});

const asked = { kind: 'asked', at: Date.now(), platform: 'slack', user: 'h:1', concept: 'pod' } as const;

describe('openStores', () => {
  it('keeps everything in memory for a one-off run, and says so', async () => {
    stores = await openStores({ dataDir: join(dir.path, 'unused'), kind: 'memory', logger: memoryLogger() });
    expect(stores.describe).toMatch(/^memory \(sessions and feedback are lost/);
    expect(await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000)).toBe(true);
    expect(existsSync(join(dir.path, 'unused'))).toBe(false);
  });

  it('opens one SQLite file for sessions and feedback when persistent, creating DATA_DIR', async () => {
    const dataDir = join(dir.path, 'data');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000);
    await stores.feedback.record(asked);
    await stores.close();
    await stores.close(); // a second close (shutdown racing a signal) is harmless

    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    expect(stores.describe).toBe(`sqlite at ${join(dataDir, 'archbot.db')}`);
    expect((await stores.store.get('session:a'))?.value).toEqual({ a: 1 });
    expect((await stores.feedback.report(lastDays(30, Date.now(), 5))).topics).toEqual([{ concept: 'pod', count: 1 }]);
  });

  it('writes the feedback of questions still queued when the stores close (shutdown loses none)', async () => {
    const dataDir = join(dir.path, 'queued');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    // As the bot records: without waiting, then straight to shutdown.
    const written = [0, 1, 2].map(() => stores?.feedback.record(asked));
    await stores.close();
    await Promise.all(written);

    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    expect((await stores.feedback.report(lastDays(30, Date.now(), 5))).topics).toEqual([{ concept: 'pod', count: 3 }]);
  });

  it('counts in a report what was recorded just before it, without waiting for the writes', async () => {
    stores = await openStores({ dataDir: join(dir.path, 'at-once'), kind: 'persistent', logger: memoryLogger() });
    const written = [stores.feedback.record(asked), stores.feedback.record({ ...asked, concept: 'etcd' })];
    const report = await stores.feedback.report(lastDays(30, Date.now(), 5));
    await Promise.all(written);
    expect(report.topics.map((t) => t.concept).sort()).toEqual(['etcd', 'pod']);
  });

  it('keeps feedback for FEEDBACK_RETENTION_DAYS, as the bot configures its stores', async () => {
    const DAY = 86_400_000;
    const opened = async (retention: string | undefined): Promise<OpenedStores> => {
      const env = { DATA_DIR: join(dir.path, `retention-${retention ?? 'default'}`), ...(retention ? { FEEDBACK_RETENTION_DAYS: retention } : {}) };
      const read = readConfig(env);
      if (!read.ok) throw new Error(read.errors.join('; '));
      return openStores(configuredStoreOptions(read.config, memoryLogger()));
    };
    const topicsAfter = async (retention: string | undefined): Promise<string[]> => {
      stores = await opened(retention);
      await stores.feedback.record({ ...asked, at: Date.now() - 5 * DAY, concept: 'etcd' });
      await stores.feedback.record(asked);
      const report = await stores.feedback.report(lastDays(30, Date.now(), 5));
      await stores.close();
      stores = undefined;
      return report.topics.map((t) => t.concept).sort();
    };
    // Five days old: kept by the default 90-day retention, gone with a 2-day one.
    expect(await topicsAfter(undefined)).toEqual(['etcd', 'pod']);
    expect(await topicsAfter('2')).toEqual(['pod']);
  });

  it('uses Redis when REDIS_URL is set, even for a persistent run, and says so', async () => {
    const prefix = testPrefix();
    stores = await openStores({ redisUrl: redis.url, redisPrefix: prefix, dataDir: join(dir.path, 'r'), kind: 'persistent', logger: memoryLogger() });
    expect(stores.describe).toMatch(/^redis at rediss?:\/\//);
    expect(stores.describe).toContain(`${new URL(redis.url).host} (keys prefixed ${prefix})`);
    await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000);
    await stores.feedback.record(asked);
    expect(await redis.raw.exists(`${prefix}session:a`, `${prefix}feedback:d:${new Date().toISOString().slice(0, 10)}:topics`)).toBe(2);
    expect(existsSync(join(dir.path, 'r'))).toBe(false);
    await stores.close();
    await dropPrefix(redis.raw, prefix);
  });

  it('sends the feedback of questions still queued when the stores close, with Redis too (shutdown loses none)', async () => {
    const prefix = testPrefix();
    const options = { redisUrl: redis.url, redisPrefix: prefix, dataDir: join(dir.path, 'rq'), kind: 'persistent', logger: memoryLogger() } as const;
    stores = await openStores(options);
    const written = [0, 1, 2].map(() => stores?.feedback.record(asked));
    await stores.close();
    await Promise.all(written);

    stores = await openStores(options);
    expect((await stores.feedback.report(lastDays(30, Date.now(), 5))).topics).toEqual([{ concept: 'pod', count: 3 }]);
    await stores.close();
    await dropPrefix(redis.raw, prefix);
  });

  it('sends a burst of questions to Redis as one transaction, and a report right after counts them all', async () => {
    const prefix = testPrefix();
    stores = await openStores({ redisUrl: redis.url, redisPrefix: prefix, dataDir: join(dir.path, 'rb'), kind: 'persistent', logger: memoryLogger() });
    // What the server ran, by connection (other tests may share the server): MULTIs from the one writing under this prefix.
    const ran: Array<{ args: string[]; source: string }> = [];
    const monitor = await redis.raw.monitor();
    monitor.on('monitor', (_time: string, args: string[], source: string) => ran.push({ args, source }));
    // As twenty mentions arriving at once record theirs: without waiting.
    const written = Array.from({ length: 20 }, (_, i) => stores?.feedback.record({ ...asked, concept: i % 2 ? 'pod' : 'etcd' }));
    await Promise.all(written);
    const ours = (): Array<{ args: string[]; source: string }> => ran.filter((c) => c.args.some((a) => a.startsWith(prefix)));
    // Four commands a question (two counters, each with its expiry), all seen by the monitor.
    await until(() => ours().length >= 80, () => `80 commands under the prefix, saw ${ours().length}`);
    monitor.disconnect();
    const writer = new Set(ours().map((c) => c.source));
    expect(ran.filter((c) => writer.has(c.source) && c.args[0]?.toLowerCase() === 'multi')).toHaveLength(1);
    const report = await stores.feedback.report(lastDays(30, Date.now(), 5));
    expect(report.topics).toEqual([
      { concept: 'etcd', count: 10 },
      { concept: 'pod', count: 10 },
    ]);
    await stores.close();
    await dropPrefix(redis.raw, prefix);
  });

  it('refuses to start when Redis cannot be reached, naming where without the password', async () => {
    const port = await freePort();
    const attempt = openStores({
      redisUrl: `redis://:Sup3rSecretPw@127.0.0.1:${port}/0`,
      dataDir: dir.path,
      kind: 'persistent',
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toThrow(`cannot reach Redis at redis://:***@127.0.0.1:${port}/0`);
    await expect(attempt).rejects.not.toThrow(/Sup3rSecretPw/);
  });
});

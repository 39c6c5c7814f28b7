import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { openStores } from '../../src/stores/open-stores.js';
import { captureIo } from '../helpers/io.js';
import { memoryLogger } from '../helpers/kb.js';
import { dropPrefix, rawRedis, testPrefix } from '../stores/helpers/redis-namespace.js';
import { redisForTests } from '../stores/helpers/redis-server.js';
import { seed } from './seed.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archbot-insights-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('archbot insights', () => {
  it('writes the page as one self-contained file from the SQLite data', async () => {
    const dataDir = join(dir, 'data');
    const stores = await openStores({ kind: 'persistent', dataDir, logger: memoryLogger() });
    await seed(stores.feedback, Date.now());
    await stores.close();
    const out = join(dir, 'insights.html');
    const io = captureIo();
    expect(await main(['insights', '--out', out, '--days', '90'], { DATA_DIR: dataDir }, io)).toBe(0);
    expect(io.out()).toMatch(/Wrote .*insights\.html \(last 90 days, html\)/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>archbot insights: last 90 days</title>');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(8);
    expect(html).not.toMatch(/<script|<link|src="http/i);

    const csv = captureIo();
    expect(await main(['insights', '--format', 'csv'], { DATA_DIR: dataDir }, csv)).toBe(0);
    expect(csv.out()).toMatch(/^section,item,series,count,examples,nearest\r\n/);
  });

  it('reads Redis data too, and counts the same numbers as SQLite for the same events', async () => {
    const redis = await redisForTests();
    const prefix = testPrefix();
    const now = Date.now();
    const dataDir = join(dir, 'data');
    try {
      for (const options of [{ dataDir }, { dataDir, redisUrl: redis.url, redisPrefix: prefix }]) {
        const stores = await openStores({ kind: 'persistent', logger: memoryLogger(), ...options });
        await seed(stores.feedback, now);
        await stores.close();
      }
      const exported = async (env: Record<string, string>) => {
        const io = captureIo();
        expect(await main(['insights', '--format', 'json'], { DATA_DIR: dataDir, ...env }, io)).toBe(0);
        return (JSON.parse(io.out()) as { rows: unknown[] }).rows;
      };
      const fromRedis = await exported({ REDIS_URL: redis.url, REDIS_PREFIX: prefix });
      expect(fromRedis.length).toBeGreaterThan(40);
      expect(fromRedis).toEqual(await exported({}));
    } finally {
      const raw = rawRedis(redis.url);
      await raw.connect();
      await dropPrefix(raw, prefix);
      raw.disconnect();
      await redis.stop();
    }
  });

  it('names a bad option or window with exit 2', async () => {
    const io = captureIo();
    expect(await main(['insights', '--days', '14'], { DATA_DIR: dir }, io)).toBe(2);
    expect(io.err()).toMatch(/days must be one of 7, 30, 90/);
    const out = captureIo();
    expect(await main(['insights', '--out'], { DATA_DIR: dir }, out)).toBe(2);
    expect(out.err()).toMatch(/--out needs a value/);
  });
});

// What an operator sees when the store goes away under a running bot: /readyz stays 200 (the store
// is shared by every replica; failing readiness on it would pull them all out of the load
// balancer), its body and the archbot_store_up gauge say the store is down, and a SQLite file
// deleted under the process is reported instead of silently written into.
import { EventEmitter } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { FakeDiscord } from '../adapters/discord/helpers/fake-discord.js';
import { captureIo } from '../helpers/io.js';
import { useTestRedis } from './helpers/use-test-redis.js';
import { proxiedRedis } from './helpers/tcp-proxy.js';
import { tempDir } from './helpers/temp-dir.js';

const redis = useTestRedis();

interface Running {
  base: string;
  logs: string[];
  stop(): Promise<number>;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `npx archbot` with Discord (a loopback fake) and the given store settings. */
async function serve(storeEnv: Record<string, string>): Promise<Running> {
  const fake = new FakeDiscord();
  await fake.start();
  cleanups.push(() => fake.close());
  const signals = new EventEmitter();
  const logs: string[] = [];
  let port = 0;
  let listened: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (listened = resolve));
  const env = { DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...storeEnv };
  const io = captureIo();
  const exited = main([], env, io, { signals, exit: () => undefined, onListening: (p) => ((port = p), listened()), write: (l) => logs.push(l) });
  await Promise.race([listening, exited.then(() => Promise.reject(new Error(`archbot exited: ${io.err()}`)))]);
  let stopped: Promise<number> | undefined;
  const stop = () => {
    if (!stopped) {
      signals.emit('SIGTERM', 'SIGTERM');
      stopped = exited;
    }
    return stopped;
  };
  cleanups.push(async () => void (await stop()));
  return { base: `http://127.0.0.1:${port}`, logs, stop };
}

async function readiness(base: string): Promise<{ status: number; body: { stores?: Record<string, string> } }> {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, body: (await res.json()) as { stores?: Record<string, string> } };
}

async function storeUp(base: string): Promise<string[]> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith('archbot_store_up{'));
}

describe('a store outage, as /readyz and /metrics show it', () => {
  it('stays ready while Redis is gone, says so in the body and the gauge, and recovers with it', async () => {
    const { proxy, url } = await proxiedRedis(redis.url);
    cleanups.push(() => proxy.stop());
    const app = await serve({ REDIS_URL: url, REDIS_PREFIX: `archbot-test:ready:${proxy.port}:` });

    expect(await readiness(app.base)).toMatchObject({ status: 200, body: { stores: { sessions: 'up', feedback: 'up' } } });
    expect(await storeUp(app.base)).toEqual(['archbot_store_up{store="sessions"} 1', 'archbot_store_up{store="feedback"} 1']);

    await proxy.stop();
    expect(await readiness(app.base)).toMatchObject({ status: 200, body: { status: 'ready', stores: { sessions: 'down', feedback: 'down' } } });
    expect(await storeUp(app.base)).toEqual(['archbot_store_up{store="sessions"} 0', 'archbot_store_up{store="feedback"} 0']);

    await proxy.start();
    await expect.poll(async () => (await readiness(app.base)).body.stores?.sessions, { timeout: 10_000 }).toBe('up');
    expect(await app.stop()).toBe(0);
  });

  it('reports a frozen Redis as down without making /readyz wait on it', async () => {
    const { proxy, url } = await proxiedRedis(redis.url);
    cleanups.push(() => proxy.stop());
    const app = await serve({ REDIS_URL: url, REDIS_PREFIX: `archbot-test:frozen:${proxy.port}:` });
    proxy.freeze();
    cleanups.push(() => proxy.thaw());
    expect(await readiness(app.base)).toMatchObject({ status: 200, body: { stores: { sessions: 'down' } } });
  });

  it('warns, and reports the store down, when the SQLite file is deleted under it', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const app = await serve({ DATA_DIR: dir.path });
    expect(await readiness(app.base)).toMatchObject({ status: 200, body: { stores: { sessions: 'up' } } });

    const file = join(dir.path, 'archbot.db');
    rmSync(file);
    await expect.poll(() => app.logs.join(''), { timeout: 10_000 }).toContain(`the SQLite database ${file} was deleted while archbot was running`);
    expect(app.logs.filter((l) => l.includes('was deleted while archbot was running'))[0]).toMatch(/"level":"warn"/);
    expect(await readiness(app.base)).toMatchObject({ status: 200, body: { stores: { sessions: 'down' } } });
    expect(await storeUp(app.base)).toContain('archbot_store_up{store="sessions"} 0');
  });
});

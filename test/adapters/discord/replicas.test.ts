// Two archbot processes logged in with one bot token both receive every gateway event of their
// shard. discord.js already drops a MESSAGE_CREATE it has cached, so the dedupe that matters is the
// one between replicas, through the store they share: one question, one answer.
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordPlatform } from '../../../src/adapters/discord/discord-platform.js';
import { readConfig } from '../../../src/config.js';
import { createBot } from '../../../src/core/bot.js';
import type { Platform, SessionStore } from '../../../src/core/types.js';
import { RedisStore } from '../../../src/stores/redis-store.js';
import { SqliteStore } from '../../../src/stores/sqlite-store.js';
import { memoryLogger, realKb } from '../../helpers/kb.js';
import { dropPrefix, testPrefix } from '../../stores/helpers/redis-namespace.js';
import { useTestRedis } from '../../stores/helpers/use-test-redis.js';
import { tempDir } from '../../stores/helpers/temp-dir.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { posts } from './helpers/harness.js';
import { BOT_ID, CHANNEL_ID, GUILD_ID, botUser, message, person } from './helpers/payloads.js';

const redis = useTestRedis();

interface SharedStore {
  /** One store instance per replica, over the same data. */
  open(): Promise<SessionStore>;
  cleanup(): Promise<void>;
}

const backends: Array<[string, () => SharedStore]> = [
  [
    'redis',
    () => {
      const prefix = testPrefix();
      return { open: () => RedisStore.connect(redis.url, { logger: memoryLogger(), prefix }), cleanup: () => dropPrefix(redis.raw, prefix) };
    },
  ],
  [
    'sqlite',
    () => {
      const dir = tempDir();
      return { open: async () => SqliteStore.open(dir.path), cleanup: async () => dir.remove() };
    },
  ],
];

describe.each(backends)('two discord replicas sharing %s', (_name, backend) => {
  let fake: FakeDiscord;
  let shared: SharedStore;
  const running: Array<{ platform: Platform; store: SessionStore; logger: ReturnType<typeof memoryLogger> }> = [];

  async function replica(): Promise<(typeof running)[number]> {
    const store = await shared.open();
    const logger = memoryLogger();
    const bot = createBot({ kb: realKb(), store, logger });
    const config = readConfig({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl });
    if (!config.ok) throw new Error(config.errors.join('; '));
    const platform = createDiscordPlatform({ bot, config: config.config, logger, store });
    const started = { platform, store, logger };
    running.push(started);
    await platform.start();
    return started;
  }

  afterEach(async () => {
    for (const r of running.splice(0)) {
      await r.platform.stop();
      await r.store.close?.();
    }
    await fake.close();
    await shared.cleanup();
  });

  it('answers a mention delivered to both gateways once', async () => {
    fake = new FakeDiscord();
    await fake.start();
    shared = backend();
    const replicas = [await replica(), await replica()];
    expect(fake.gateway.identifies).toHaveLength(2);

    const asked = message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: `<@${BOT_ID}> what is etcd`, mentions: [botUser()] });
    fake.dispatch('MESSAGE_CREATE', asked);

    const answers = () => posts(fake.calls, CHANNEL_ID).filter((c) => (c.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === asked.id);
    const skipped = () => replicas.flatMap((r) => r.logger.lines).filter((l) => l.message === 'discord: repeated delivery ignored' && l.fields.message === asked.id);
    // Both replicas have decided once one answered and the other logged the repeat; nothing can follow.
    await expect.poll(() => ({ answers: answers().length, skipped: skipped().length }), { timeout: 10_000 }).toEqual({ answers: 1, skipped: 1 });
    expect(answers()).toHaveLength(1);
  });
});

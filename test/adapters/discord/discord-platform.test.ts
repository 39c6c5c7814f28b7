import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordPlatform } from '../../../src/adapters/discord/discord-platform.js';
import { readConfig } from '../../../src/config.js';
import { createBot } from '../../../src/core/bot.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { SessionStore, StoredValue } from '../../../src/core/types.js';
import { memoryLogger, realKb } from '../../helpers/kb.js';
import { until } from '../../helpers/until.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { callbacks, newestWithButton, startHarness, textOf, type Harness } from './helpers/harness.js';
import { APP_ID, DM_CHANNEL_ID, buttonClick, inDm, decideCommand } from './helpers/payloads.js';

const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;


function platformFor(fake: FakeDiscord, env: Record<string, string> = { DISCORD_TOKEN: 'secret-token-value' }) {
  const config = readConfig({ ...env, DISCORD_API_URL: fake.apiUrl });
  if (!config.ok) throw new Error(config.errors.join('; '));
  const store = new MemoryStore();
  const logger = memoryLogger();
  const platform = createDiscordPlatform({ bot: createBot({ kb: realKb(), store, logger }), config: config.config, logger, store });
  return { platform, logger };
}

describe('discord connection', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function fakeDiscord(options?: { heartbeatInterval?: number }): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.start();
    cleanup.push(() => fake.close());
    return fake;
  }

  it('connects to the gateway the configured API names, without privileged intents, and is ready after READY', async () => {
    const fake = await fakeDiscord();
    const { platform } = platformFor(fake);
    cleanup.push(() => platform.stop());
    expect(platform.isReady()).toBe(false);
    await platform.start();
    expect(platform.isReady()).toBe(true);

    expect(fake.calls[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(fake.gateway.connections[0]?.pathname).toBe('/gateway');
    expect(fake.gateway.connections[0]?.searchParams.get('v')).toBe('10');
    const identify = fake.gateway.identifies[0] as { token: string; intents: number };
    expect(identify.token).toBe('secret-token-value');
    expect(identify.intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
    expect(identify.intents & MESSAGE_CONTENT).toBe(0);

    await platform.stop();
    expect(platform.isReady()).toBe(false);
  });

  it('heartbeats at the interval the gateway asks for', async () => {
    const fake = await fakeDiscord({ heartbeatInterval: 100 });
    const { platform } = platformFor(fake);
    cleanup.push(() => platform.stop());
    await platform.start();
    await until(() => fake.gateway.heartbeats >= 2, () => `two heartbeats, saw ${fake.gateway.heartbeats}`, 3_000);
    expect(platform.isReady()).toBe(true);
  });

  it('says which setting is wrong when the token is missing or refused, without printing it', async () => {
    const fake = await fakeDiscord();
    const missing = platformFor(fake, {});
    await expect(missing.platform.start()).rejects.toThrow(/DISCORD_TOKEN/);
    await missing.platform.stop();

    fake.override('GET', /^\/gateway\/bot$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const refused = platformFor(fake);
    cleanup.push(() => refused.platform.stop());
    const failure = await refused.platform.start().then(
      () => new Error('start() should have failed'),
      (err: unknown) => err,
    );
    expect(String(failure)).toMatch(/DISCORD_TOKEN/);
    expect(String(failure)).not.toMatch(/secret-token-value/);
    expect(refused.platform.isReady()).toBe(false);
  });
});

/** A store whose session reads take `delayMs`: a slow Redis, as the bot sees it. */
class SlowStore implements SessionStore {
  delayMs = 0;
  constructor(private readonly inner: SessionStore) {}
  async get(key: string): Promise<StoredValue | undefined> {
    if (key.startsWith('session:') && this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    return this.inner.get(key);
  }
  compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean> {
    return this.inner.compareAndSet(key, expected, value, ttlMs);
  }
  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
}

describe('discord interaction deadline', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('acknowledges slow work within 3 seconds, then delivers the real response', async () => {
    let slow: SlowStore | undefined;
    h = await startHarness({ store: (inner) => (slow = new SlowStore(inner)) });
    if (!slow) throw new Error('store not built');
    slow.delayMs = 2_150;

    // A command: a "thinking…" placeholder first, then the placeholder becomes the question.
    let from = h.mark();
    let sentAt = Date.now();
    const command = decideCommand(inDm());
    h.fake.interact(command);
    let calls = await h.fake.settle(from, { count: 2, timeoutMs: 6_000 });
    expect(calls[0]?.body).toMatchObject({ type: 5 });
    expect((calls[0]?.at ?? Infinity) - sentAt).toBeLessThan(3_000);
    expect(calls[1]).toMatchObject({ method: 'PATCH', path: `/webhooks/${APP_ID}/${String(command.token)}/messages/@original` });
    expect(textOf(calls[1]?.body as Record<string, unknown>)).toMatch(/1\/6/);

    // A click: acknowledged without a change, then the clicked message edited and the next question sent.
    const { msg, customId } = newestWithButton(h.fake, DM_CHANNEL_ID, /One server/);
    from = h.mark();
    sentAt = Date.now();
    const click = buttonClick(customId, msg, inDm());
    h.fake.interact(click);
    calls = await h.fake.settle(from, { count: 3, timeoutMs: 6_000 });
    expect(callbacks(calls).map((c) => c.body.type)).toEqual([6]);
    expect((calls[0]?.at ?? Infinity) - sentAt).toBeLessThan(3_000);
    expect(calls[1]).toMatchObject({ method: 'PATCH', path: `/webhooks/${APP_ID}/${String(click.token)}/messages/@original`, body: { components: [] } });
    expect(textOf(calls[1]?.body as Record<string, unknown>)).toMatch(/chose \*\*One server/);
    expect(calls[2]).toMatchObject({ method: 'POST', path: `/webhooks/${APP_ID}/${String(click.token)}` });
    expect(textOf(calls[2]?.body as Record<string, unknown>)).toMatch(/2\/6/);
  });
});

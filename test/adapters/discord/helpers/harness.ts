import type { APIEmbed } from 'discord.js';
import { createDiscordPlatform } from '../../../../src/adapters/discord/discord-platform.js';
import { messageText } from '../../../../src/adapters/discord/render-embeds.js';
import { readConfig } from '../../../../src/config.js';
import { MemoryStore } from '../../../../src/core/sessions/memory-store.js';
import type { Clock, Platform, RateLimit, SessionStore } from '../../../../src/core/types.js';
import type { PlatformMetrics } from '../../../../src/server/metrics.js';
import { createBot } from '../../../../src/core/bot.js';
import { memoryLogger, realKb } from '../../../helpers/kb.js';
import { FakeDiscord, type RecordedCall } from './fake-discord.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, DM_CHANNEL_TYPE, GUILD_ID, botUser, message, person, type Json } from './payloads.js';
import type { KnowledgeBase } from '../../../../src/core/knowledge-base.js';

export interface Harness {
  fake: FakeDiscord;
  platform: Platform;
  logger: ReturnType<typeof memoryLogger>;
  /** Index of the next recorded call: pass it to `fake.settle` to wait for what follows. */
  mark(): number;
  /** Dispatches an interaction and waits for the `count` calls it causes. */
  interact(interaction: Json, count?: number): Promise<RecordedCall[]>;
  /** A person's DM to the bot; returns the dispatched message. */
  dm(text: string, author?: Json): Json;
  /** A guild message that @mentions the bot, in a channel or a thread the client knows. */
  mention(text: string, options?: { channelId?: string; author?: Json }): Json;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: Clock;
  /** Gateway heartbeat interval the fake asks for; long by default so tests see no heartbeats. */
  heartbeatInterval?: number;
  /** Wraps the bot's store (for a slow store); the default is a MemoryStore. */
  store?: (inner: MemoryStore) => SessionStore;
  metrics?: PlatformMetrics;
  rateLimit?: RateLimit;
  /** The content; the shipped article by default. */
  kb?: KnowledgeBase;
}

/** A real discord.js client, logged in to the loopback fake and READY. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = new FakeDiscord(options.heartbeatInterval === undefined ? {} : { heartbeatInterval: options.heartbeatInterval });
  await fake.start();
  const inner = new MemoryStore(options.clock ?? Date.now);
  const store = options.store ? options.store(inner) : inner;
  const logger = memoryLogger();
  let n = 0;
  const bot = createBot({ kb: options.kb ?? realKb(), store, logger, clock: options.clock ?? Date.now, newId: () => `s${++n}`, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) });
  const config = readConfig({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl });
  if (!config.ok) throw new Error(config.errors.join('; '));
  // Counts the adapter's work in flight, so `fake.settle` waits for it instead of for a quiet spell.
  let busy = 0;
  const intake = {
    accepting: () => true,
    track<T>(work: Promise<T>): Promise<T> {
      busy += 1;
      const done = (): void => void (busy -= 1);
      work.then(done, done);
      return work;
    },
  };
  fake.busy = () => busy;
  fake.barrier = true;
  const platform = createDiscordPlatform({ bot, config: config.config, logger, store, intake, ...(options.metrics ? { metrics: options.metrics } : {}) });
  try {
    await platform.start();
  } catch (err) {
    await platform.stop();
    await fake.close();
    throw err;
  }
  return {
    fake,
    platform,
    logger,
    mark: () => fake.calls.length,
    interact: (interaction, count = 1) => {
      const from = fake.calls.length;
      fake.interact(interaction);
      return fake.settle(from, { count });
    },
    dm(text, author = person()) {
      const sent = message({ channel_id: DM_CHANNEL_ID, channel_type: DM_CHANNEL_TYPE, author, content: text });
      fake.dispatch('MESSAGE_CREATE', sent);
      return sent;
    },
    mention(text, { channelId = CHANNEL_ID, author = person() } = {}) {
      const sent = message({ channel_id: channelId, guild_id: GUILD_ID, author, content: `<@${BOT_ID}> ${text}`, mentions: [botUser()] });
      fake.dispatch('MESSAGE_CREATE', sent);
      return sent;
    },
    async close() {
      await platform.stop();
      await fake.close();
    },
  };
}

/** The message body a call carries, if it creates or edits a message. */
export function messageBody(call: RecordedCall): Json | undefined {
  const body = call.body as Json | undefined;
  if (!body) return undefined;
  if (/\/callback$/.test(call.path)) return (body.data as Json | undefined) ?? undefined;
  if (/^\/(channels\/\d+\/messages|webhooks\/)/.test(call.path) && !/\/threads$/.test(call.path)) return body;
  return undefined;
}

/** What a person would read in the messages these calls posted or edited, in order. */
export function shownText(calls: RecordedCall[]): string {
  return calls
    .map(messageBody)
    .filter((b): b is Json => b !== undefined)
    .map(textOf)
    .join('\n');
}

/** The text of one message body (content, embed titles, descriptions, fields, footers). */
export function textOf(body: Json | undefined): string {
  if (!body) return '';
  return messageText({ content: typeof body.content === 'string' ? body.content : null, embeds: (body.embeds as APIEmbed[] | undefined) ?? [] });
}

export const posts = (calls: RecordedCall[], channelId: string): RecordedCall[] =>
  calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

export const callbacks = (calls: RecordedCall[]): Array<RecordedCall & { body: { type: number; data?: Json } }> =>
  calls.filter((c): c is RecordedCall & { body: { type: number; data?: Json } } => c.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(c.path));

/** Every button on a stored bot message, as [label, custom_id]. */
export function buttonsOf(msg: Json): Array<{ label: string; customId: string }> {
  const rows = (msg.components as Array<{ components?: Array<{ label?: string; custom_id?: string }> }> | undefined) ?? [];
  return rows.flatMap((row) => row.components ?? []).map((b) => ({ label: b.label ?? '', customId: b.custom_id ?? '' }));
}

/** The newest bot message in `channelId` with a button whose label matches. */
export function newestWithButton(fake: FakeDiscord, channelId: string, label: RegExp): { msg: Json; customId: string } {
  const found = [...fake.messages.values()]
    .reverse()
    .filter((m) => m.channel_id === channelId)
    .map((msg) => ({ msg, button: buttonsOf(msg).find((b) => label.test(b.label)) }))
    .find((x) => x.button !== undefined);
  if (!found?.button) throw new Error(`no bot message in ${channelId} has a button matching ${String(label)}`);
  return { msg: found.msg, customId: found.button.customId };
}

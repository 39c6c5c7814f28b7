import { afterEach, beforeEach, expect } from 'vitest';
import { createSlackPlatform } from '../../../../src/adapters/slack/slack-platform.js';
import type { Intake, ServedPlatform } from '../../../../src/adapters/platform-deps.js';
import { readConfig, type Config } from '../../../../src/config.js';
import type { MemoryStore } from '../../../../src/core/sessions/memory-store.js';
import type { Clock, RateLimit } from '../../../../src/core/types.js';
import { startHttpServer, type RunningHttpServer } from '../../../../src/server/http-server.js';
import type { PlatformMetrics } from '../../../../src/server/metrics.js';
import { testBot, type memoryLogger } from '../../../helpers/kb.js';
import { buttonsOf } from './blocks.js';
import { FakeSlack, type FakeMessage } from './fake-slack.js';
import { ALICE, CHANNEL_ID, appMention, blockActionsForm, eventCallback, slashCommandForm, type EventBody, type Person } from './payloads.js';
import { postSigned, SIGNING_SECRET, type SignOptions } from './signed-request.js';
import type { KnowledgeBase } from '../../../../src/core/knowledge-base.js';

export const BOT_TOKEN = 'xoxb-1111-2222-testbottoken';
export const APP_TOKEN = 'xapp-1-A0ARCH-3333-testapptoken';

const FORM = 'application/x-www-form-urlencoded';

export interface SlackHarness {
  fake: FakeSlack;
  store: MemoryStore;
  logger: ReturnType<typeof memoryLogger>;
  platform: ServedPlatform;
  /** The app's request URL, as it would be in the manifest. */
  eventsUrl: string;
  server: RunningHttpServer;
  /** A raw signed POST, for tests that tamper with the signature or timestamp. */
  post(body: string, contentType: string, options?: SignOptions): Promise<Response>;
  command(text: string, options?: { user?: Person; channel?: string }): Promise<Response>;
  event(event: EventBody, options?: SignOptions & { eventId?: string }): Promise<Response>;
  /** Clicks the button whose label matches on `message`, as `user`. */
  click(message: FakeMessage, label: RegExp, user?: Person): Promise<Response>;
  /** Clicks a button in the App Home view the bot published for `user`. */
  clickHome(label: RegExp, user?: Person): Promise<Response>;
  /**
   * Proves earlier deliveries were fully handled: a mention in BARRIER_CHANNEL, sent after them,
   * has been answered. Tests that expect silence wait on this instead of sleeping.
   */
  barrier(): Promise<void>;
  /**
   * Runs `act` (one delivery) and resolves once the adapter has finished replying to it: the
   * adapter logs a line per handled event, so this waits for exactly one more such line.
   */
  handled(act: () => Promise<Response>): Promise<void>;
  close(): Promise<void>;
}

/** A channel used only by `barrier()`; tests leave its messages out of what they count. */
export const BARRIER_CHANNEL = 'C0BARRIER';

/** The environment of a Slack app in HTTP mode, its Web API pointed at the fake. */
export function slackEnv(fake: FakeSlack, env: Record<string, string> = {}): Record<string, string> {
  return { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'warn', ...env };
}

/** Settings as `readConfig` reads them from the environment, pointed at the fake Web API. */
export function slackConfig(fake: FakeSlack, env: Record<string, string> = {}): Config {
  const config = readConfig(slackEnv(fake, env));
  if (!config.ok) throw new Error(config.errors.join('; '));
  return config.config;
}

/**
 * The Slack platform in HTTP mode behind the shared HTTP server on a loopback port, with the Web
 * API faked on another: everything between them is real HTTP, signed the way Slack signs it.
 */
export interface HarnessOptions {
  clock?: Clock;
  metrics?: PlatformMetrics;
  rateLimit?: RateLimit;
  /** Shutdown's view of the adapter, as serve wires it. */
  intake?: Intake;
  /** The Web API client's timeout, shortened so a slow-Slack test need not wait 10 s. */
  apiTimeoutMs?: number;
  /** The content; the shipped article by default. */
  kb?: KnowledgeBase;
  /** Markup other than Slack's, as a descriptor would hand it over. */
  markup?: readonly RegExp[];
}

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = new FakeSlack();
  await fake.start();
  const { bot, store, logger } = testBot({ ...(options.clock ? { clock: options.clock } : {}), ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}), ...(options.kb ? { kb: options.kb } : {}) });
  const platform = createSlackPlatform({ bot, config: slackConfig(fake), logger, store, ...(options.metrics ? { metrics: options.metrics } : {}), ...(options.intake ? { intake: options.intake } : {}), ...(options.markup ? { markup: options.markup } : {}) }, options.apiTimeoutMs ? { apiTimeoutMs: options.apiTimeoutMs } : {});
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    routes: platform.routes ?? [],
    readiness: () => ({ ready: platform.isReady(), checks: { slack: platform.isReady() } }),
    logger,
  });
  await platform.start();
  const eventsUrl = `http://127.0.0.1:${server.port}/slack/events`;
  const post = (body: string, contentType: string, sign?: SignOptions): Promise<Response> => postSigned(eventsUrl, body, contentType, sign);

  const click = (message: FakeMessage | undefined, label: RegExp, user: Person, buttons: ReturnType<typeof buttonsOf>): Promise<Response> => {
    const button = buttons.find((b) => label.test(b.label));
    if (!button) throw new Error(`no button matching ${label}; buttons: ${buttons.map((b) => b.label).join(' | ') || 'none'}`);
    const responseUrl = message ? fake.responseUrl({ channel: message.channel, user: user.id, source: message.ts }) : undefined;
    const target = message
      ? { ts: message.ts, channel: message.channel, threadTs: message.threadTs, ephemeral: message.ephemeral, text: message.text, blocks: message.blocks }
      : undefined;
    return post(blockActionsForm({ ...(target ? { message: target } : {}), actionId: button.actionId, label: button.label, user, ...(responseUrl ? { responseUrl } : {}) }), FORM);
  };

  return {
    fake,
    store,
    logger,
    platform,
    eventsUrl,
    server,
    post,
    command: (text, where = {}) => {
      const user = where.user ?? ALICE;
      const channel = where.channel ?? CHANNEL_ID;
      const responseUrl = fake.responseUrl({ channel, user: user.id, source: undefined });
      return post(slashCommandForm({ text, user, channel, responseUrl }), FORM);
    },
    event: (event, sign = {}) => post(JSON.stringify(eventCallback(event, sign.eventId)), 'application/json', sign),
    click: (message, label, user = ALICE) => click(message, label, user, buttonsOf(message.blocks)),
    clickHome: (label, user = ALICE) => click(undefined, label, user, buttonsOf(fake.homeViews.get(user.id) ?? [])),
    async handled(act) {
      const count = (): number => logger.lines.filter((l) => l.message === 'slack: event handled').length;
      const before = count();
      const res = await act();
      if (res.status !== 200) throw new Error(`Slack request refused with ${res.status}`);
      await fake.waitFor(() => count() > before, 'the adapter to finish handling the delivery');
    },
    async barrier() {
      const before = fake.visible(BARRIER_CHANNEL).length;
      const res = await post(JSON.stringify(eventCallback(appMention('help', { channel: BARRIER_CHANNEL }))), 'application/json');
      if (res.status !== 200) throw new Error(`barrier event refused with ${res.status}`);
      await fake.waitFor(() => fake.visible(BARRIER_CHANNEL).length > before, 'the barrier mention to be answered');
    },
    async close() {
      await platform.stop();
      await server.close();
      await fake.close();
      // A failure the person never saw is still a failure: every test ends with a clean error log.
      const errors = logger.lines.filter((l) => l.level === 'error');
      if (errors.length > 0) throw new Error(`errors were logged: ${errors.map((l) => `${l.message} ${JSON.stringify(l.fields)}`).join('; ')}`);
    },
  };
}

/**
 * A fresh harness for every test of the calling `describe`, closed after it; every test also ends
 * by checking that the fake refused nothing the adapter sent.
 */
export function useSlackHarness(set: (harness: SlackHarness) => void, options: HarnessOptions | (() => HarnessOptions) = {}): void {
  let current: SlackHarness | undefined;
  beforeEach(async () => {
    // A function gives each test its own stateful options (a rate limiter starts empty every time).
    current = await startSlackHarness(typeof options === 'function' ? options() : options);
    set(current);
  });
  afterEach(async () => {
    const harness = current;
    current = undefined;
    if (!harness) return;
    expect(harness.fake.refused).toEqual([]);
    await harness.close();
  });
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from '@slack/bolt';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { slackDescriptor } from '../../../src/adapters/slack/descriptor.js';
import { ownDms } from '../../../src/adapters/slack/own-dms.js';
import { createSlackPlatform, SLACK_EVENTS_PATH, slackListeners } from '../../../src/adapters/slack/slack-platform.js';
import { userNames } from '../../../src/adapters/slack/user-names.js';
import { readConfig } from '../../../src/config.js';
import { testBot } from '../../helpers/kb.js';

const MANIFEST = fileURLToPath(new URL('../../../deploy/slack/manifest.yaml', import.meta.url));
const ADAPTER = fileURLToPath(new URL('../../../src/adapters/slack/', import.meta.url));

/** What the adapter answers: its listener table (listen.ts), which is all it registers with Bolt. */
interface Subscriptions {
  events: Set<string>;
  /** The command listener takes every slash command of the app. */
  commands: 'every' | 'none';
  interactive: boolean;
  /** Listeners registered with Bolt directly (app.event, app.command, ...), outside the table. */
  outsideTable: string[];
}

function subscriptionsOfAdapter(): Subscriptions {
  const spies = {
    event: vi.spyOn(App.prototype, 'event'),
    message: vi.spyOn(App.prototype, 'message'),
    command: vi.spyOn(App.prototype, 'command'),
    action: vi.spyOn(App.prototype, 'action'),
    view: vi.spyOn(App.prototype, 'view'),
    shortcut: vi.spyOn(App.prototype, 'shortcut'),
    options: vi.spyOn(App.prototype, 'options'),
  };
  try {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-manifest-test', SLACK_SIGNING_SECRET: 'manifest-test-secret' });
    if (!config.ok) throw new Error(config.errors.join('; '));
    const { bot, store, logger } = testBot();
    createSlackPlatform({ bot, store, logger, config: config.config });
    const listeners = slackListeners({ bot, store, logger, names: userNames(logger, () => undefined), dms: ownDms(), limits: slackDescriptor.limits });
    return {
      events: new Set(Object.keys(listeners.events)),
      commands: typeof listeners.command === 'function' ? 'every' : 'none',
      interactive: typeof listeners.click === 'function',
      outsideTable: Object.entries(spies).flatMap(([name, spy]) => (spy.mock.calls.length > 0 ? [name] : [])),
    };
  } finally {
    for (const spy of Object.values(spies)) spy.mockRestore();
  }
}

/**
 * `client.chat.postMessage(` and the like, and `chatCall(client, 'chat.postMessage'` (a reply's
 * chat calls), in the adapter's sources: the Web API methods it calls.
 */
function webApiMethodsOfAdapter(): Set<string> {
  const methods = new Set<string>();
  for (const file of readdirSync(ADAPTER).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(`${ADAPTER}${file}`, 'utf8');
    for (const m of source.matchAll(/\bclient\.([a-z]+)\.([a-zA-Z]+)\(/g)) methods.add(`${m[1]}.${m[2]}`);
    for (const m of source.matchAll(/\bchatCall\([^,]+, '([a-z]+\.[a-zA-Z]+)'/g)) methods.add(m[1] ?? '');
  }
  return methods;
}

// From Slack's documentation of each event and method: the bot scope it requires (none for
// views.publish). A method or event missing here fails the test until its scope is looked up.
const EVENT_SCOPES: Record<string, string | undefined> = { app_mention: 'app_mentions:read', 'message.im': 'im:history', app_home_opened: undefined };
const METHOD_SCOPES: Record<string, string | undefined> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'conversations.open': 'im:write',
  'users.info': 'users:read',
  'views.publish': undefined,
};

/** The adapter answers `message` events only in its DM (channel messages arrive as app_mention). */
const eventTypeOf = (manifestEvent: string) => manifestEvent.split('.')[0] ?? manifestEvent;

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string() }),
    slash_commands: z.array(z.object({ command: z.string(), url: z.string(), description: z.string().max(100), usage_hint: z.string().optional() })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
    socket_mode_enabled: z.boolean(),
  }),
});

describe('deploy/slack/manifest.yaml', () => {
  const manifest = manifestSchema.parse(yaml.load(readFileSync(MANIFEST, 'utf8')));

  let adapter: Subscriptions;
  let methods: Set<string>;
  beforeAll(() => {
    adapter = subscriptionsOfAdapter();
    methods = webApiMethodsOfAdapter();
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('subscribes to exactly the events the adapter listens to', () => {
    const subscribed = manifest.settings.event_subscriptions.bot_events;
    expect(new Set(subscribed.map(eventTypeOf))).toEqual(adapter.events);
    // Only the DM's messages: the adapter ignores channel messages that do not mention it.
    expect(subscribed.filter((e) => e.startsWith('message.'))).toEqual(['message.im']);
  });

  it('has slash commands exactly when the adapter answers them, and turns on interactivity exactly when it has a click listener', () => {
    expect(manifest.features.slash_commands.length).toBeGreaterThan(0);
    expect(adapter.commands).toBe('every');
    expect(manifest.settings.interactivity.is_enabled).toBe(adapter.interactive);
  });

  it('registers every listener through its one table, none with Bolt directly', () => {
    expect(adapter.outsideTable).toEqual([]);
  });

  it('asks for exactly the scopes its events and Web API calls need', () => {
    expect(methods.size).toBeGreaterThan(0);
    const needed = new Set<string>(adapter.commands === 'every' ? ['commands'] : []);
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(Object.keys(EVENT_SCOPES), `scope of event ${event}`).toContain(event);
      if (EVENT_SCOPES[event]) needed.add(EVENT_SCOPES[event]);
    }
    for (const method of methods) {
      expect(Object.keys(METHOD_SCOPES), `scope of method ${method}`).toContain(method);
      if (METHOD_SCOPES[method]) needed.add(METHOD_SCOPES[method]);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('sends /arch, events and clicks to the one request URL the adapter serves', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/arch']);
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(url).toBe(`https://YOUR-HOST${SLACK_EVENTS_PATH}`);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('has the Home tab and a writable Messages tab, and starts in HTTP mode', () => {
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});

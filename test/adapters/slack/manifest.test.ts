import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/slack-platform.js';

const MANIFEST = fileURLToPath(new URL('../../../deploy/slack/manifest.yaml', import.meta.url));

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

  it('asks for exactly the scopes the adapter uses and subscribes to exactly its events', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write', 'users:read']);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
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

import type { PlatformDeps, ServedPlatform } from './platform-deps.js';

/**
 * A platform's adapter, and with it its SDK, is imported only when that platform is configured:
 * loading discord.js and Bolt took most of archbot's start-up, and a Slack-only bot (or the
 * terminal, or `archbot ask`) has no use for the other one in its memory.
 */
export async function loadPlatform(name: 'slack' | 'discord', deps: PlatformDeps): Promise<ServedPlatform> {
  if (name === 'slack') return (await import('./slack/slack-platform.js')).createSlackPlatform(deps);
  return (await import('./discord/discord-platform.js')).createDiscordPlatform(deps);
}

import * as z from 'zod';
import { optionalText, url } from '../../config-fields.js';
import type { PlatformDescriptor } from '../descriptor.js';
import { DISCORD_LIMITS } from './limits.js';
import { DISCORD_MARKUP } from './markup.js';

/** A Discord id (application, server): digits only. */
export const SNOWFLAKE = /^\d{5,25}$/;

const configSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), { message: 'must be a numeric snowflake id' }),
  DISCORD_API_URL: url,
});

export type DiscordSettings = z.infer<typeof configSchema>;

export const discordDescriptor: PlatformDescriptor<typeof configSchema.shape> = {
  name: 'discord',
  title: 'Discord',
  configSchema,
  wanted: (env) => Boolean(env.DISCORD_TOKEN),
  secrets: (env) => [env.DISCORD_TOKEN],
  markup: DISCORD_MARKUP,
  limits: DISCORD_LIMITS,
  secretPatterns: [/[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,40}/g], // Discord bot tokens
  command: {
    synopsis: 'archbot discord register [--guild ID]',
    summary: 'register the /arch command with Discord (one bulk overwrite)',
    run: async (args, settings, io, content) => (await import('./register-cli.js')).discordCommand(args, settings, io, content),
  },
  // discord.js is loaded here, only once Discord is configured.
  start: async (deps) => (await import('./discord-platform.js')).createDiscordPlatform(deps),
};

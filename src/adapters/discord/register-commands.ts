import { REST, Routes } from 'discord.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/types.js';
import { archCommand } from './commands.js';

export interface RegisterOptions {
  config: Config;
  /** Register in one server only: updates show at once there, handy while developing. */
  guildId?: string;
  logger?: Logger;
}

/**
 * Registers archbot's commands with one bulk overwrite (PUT), which replaces the whole set: running
 * it again with the same definition changes nothing, and a command removed from the code
 * disappears from Discord. Global commands can take a while to show; guild ones show at once.
 */
export async function registerCommands(options: RegisterOptions): Promise<{ count: number; route: string }> {
  const { config, guildId, logger } = options;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token) throw new Error('DISCORD_TOKEN is required to register commands');
  if (!applicationId) throw new Error('DISCORD_APPLICATION_ID is required to register commands');
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) throw new Error('--guild must be a numeric server id');

  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const body = [archCommand()];
  const result = await rest.put(route, { body });
  const count = Array.isArray(result) ? result.length : body.length;
  logger?.info({ route, count, scope: guildId ? 'guild' : 'global' }, 'registered discord commands');
  return { count, route };
}

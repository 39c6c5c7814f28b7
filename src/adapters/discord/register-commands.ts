import { REST, Routes } from 'discord.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import type { DiscordSettings } from './descriptor.js';
import { archCommand } from './commands.js';

export interface RegisterOptions {
  config: DiscordSettings;
  /** The content the descriptions and the checklist choices come from. */
  kb: KnowledgeBase;
  /** Register in one server only: updates show at once there, handy while developing. */
  guildId?: string;
}

/**
 * Registers archbot's commands with one bulk overwrite (PUT), which replaces the whole set: running
 * it again with the same definition changes nothing, and a command removed from the code
 * disappears from Discord. Global commands can take a while to show; guild ones show at once.
 */
export async function registerCommands(options: RegisterOptions): Promise<{ count: number }> {
  const { config, guildId, kb } = options;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token) throw new Error('DISCORD_TOKEN is required to register commands');
  if (!applicationId) throw new Error('DISCORD_APPLICATION_ID is required to register commands');

  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const body = [archCommand(kb)];
  const result = await rest.put(route, { body });
  return { count: Array.isArray(result) ? result.length : body.length };
}

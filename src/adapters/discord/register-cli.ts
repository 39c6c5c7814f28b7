import { DiscordAPIError } from 'discord.js';
import { UsageError, type Io } from '../../cli/io.js';
import { errorMessage } from '../../core/errors.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { SNOWFLAKE, type DiscordSettings } from './descriptor.js';
import { inviteUrl } from './invite.js';
import { registerCommands } from './register-commands.js';

const USAGE = 'usage: archbot discord register [--guild SERVER_ID]';

/** Where each required setting comes from, so the message says what to do, not just what is wrong. */
const REQUIRED = {
  DISCORD_TOKEN: 'the bot token (Developer Portal > your application > Bot > Reset Token)',
  DISCORD_APPLICATION_ID: 'the application id (Developer Portal > your application > General Information)',
} as const;

function parseArgs(args: string[]): { guildId?: string; help: boolean } {
  let guildId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    let value: string | undefined;
    if (arg === '--guild') value = args[++i];
    else if (arg.startsWith('--guild=')) value = arg.slice('--guild='.length);
    else throw new UsageError(`discord register: unexpected "${arg}"; ${USAGE}`);
    if (value === undefined || value === '') throw new UsageError(`discord register: --guild needs a server id; ${USAGE}`);
    if (!SNOWFLAKE.test(value)) throw new UsageError(`discord register: --guild must be a numeric server id (right-click the server > Copy Server ID), not "${value.slice(0, 40)}"`);
    guildId = value;
  }
  return guildId === undefined ? { help: false } : { guildId, help: false };
}

/** Discord's answer, turned into what to fix. Never includes the token: the REST error does not carry it. */
function explain(err: unknown, guildId: string | undefined): string {
  if (err instanceof DiscordAPIError) {
    const base = `Discord refused the registration (HTTP ${err.status}: ${err.message})`;
    if (err.status === 401) return `${base}. DISCORD_TOKEN is not a valid bot token.`;
    if (err.status === 403 || err.status === 404) {
      return guildId
        ? `${base}. Check that the bot is in server ${guildId} (invited with the applications.commands scope) and that DISCORD_APPLICATION_ID is this bot's application.`
        : `${base}. Check that DISCORD_APPLICATION_ID is the application the token belongs to.`;
    }
    return `${base}.`;
  }
  return `could not reach Discord: ${errorMessage(err)}`;
}

/**
 * `archbot discord register [--guild ID]` (`args` are what follows `register`). Puts the /arch
 * command in one bulk overwrite, so running it again changes nothing. Exit 0 done, 1 refused by
 * Discord or unreachable, 2 usage or a missing setting.
 */
export async function discordRegisterCommand(args: string[], config: DiscordSettings, io: Io, content: () => KnowledgeBase | undefined): Promise<number> {
  const { guildId, help } = parseArgs(args);
  if (help) {
    io.stdout.write(`${USAGE}\nRegisters /arch globally, or in one server with --guild (shows at once there; handy while testing).\n`);
    return 0;
  }
  for (const name of Object.keys(REQUIRED) as Array<keyof typeof REQUIRED>) {
    if (!config[name]) {
      io.stderr.write(`archbot: ${name} is not set. Set it to ${REQUIRED[name]} and run this again.\n`);
      return 2;
    }
  }
  // The command's descriptions and checklist choices come from the content.
  const kb = content();
  if (!kb) return 1;
  try {
    const { count } = await registerCommands({ config, kb, ...(guildId ? { guildId } : {}) });
    const where = guildId
      ? `in server ${guildId}; it shows there at once`
      : 'for every server the bot is in and its DMs; new global commands can take a while to show (Ctrl+R reloads Discord)';
    io.stdout.write(`Registered ${count} ${count === 1 ? 'command' : 'commands'} (/arch ask, decide, topics, help) ${where}.\n`);
    io.stdout.write(`To add the bot to a server, open: ${inviteUrl(config.DISCORD_APPLICATION_ID as string)}\n`);
    return 0;
  } catch (err) {
    io.stderr.write(`archbot: ${explain(err, guildId)}\n`);
    return 1;
  }
}

/** `archbot discord …` (`args` follow `discord`): `register` is its one subcommand. */
export async function discordCommand(args: string[], settings: DiscordSettings, io: Io, content: () => KnowledgeBase | undefined): Promise<number> {
  const [sub = '', ...rest] = args;
  if (sub !== 'register') throw new UsageError(`unknown discord command "${sub}"; usage: archbot discord register [--guild ID]`);
  return discordRegisterCommand(rest, settings, io, content);
}

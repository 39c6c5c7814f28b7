import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import type { Platform } from '../../core/types.js';
import type { PlatformDeps } from '../platform-deps.js';
import { discordDescriptor, type DiscordSettings } from './descriptor.js';
import { readingPastMarkup } from '../shared/markup.js';
import { NO_PINGS } from './channel-messages.js';
import type { DiscordContext } from './discord-context.js';
import { onInteraction } from './on-interaction.js';
import { onDiscordMessage, onMessage } from './on-message.js';
import { fillOptionalFields } from './fill-optional-fields.js';
import { takeMessage } from './raw-messages.js';
import { guard } from './guard.js';
import { inviteUrl } from './invite.js';
import { restOptions } from './rest-backoff.js';
import { errorMessage } from '../../core/errors.js';

/**
 * The gateway connection. No privileged intent: Guilds (channels and threads in the cache),
 * GuildMessages (mentions, which carry their text without Message Content), DirectMessages; the
 * Channel partial lets DMs arrive although DM channels are never cached in advance.
 */
export function clientOptions(apiUrl: string | undefined): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // The default for anything sent through discord.js's own methods; raw posts set it themselves.
    allowedMentions: NO_PINGS,
    // discord.js caches every author and member it sees, forever, and 200 messages per channel;
    // archbot reads none of them back (it answers from each event's own payload), so the caches are
    // bounded by count, oldest out first, keeping the bot's own user and member.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 10,
      UserManager: { maxSize: 1_000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 1_000, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    // Base URL without /v10; discord.js then also asks this API for the gateway URL (/gateway/bot).
    // 5xx are retried after a backoff rather than four times within a few milliseconds.
    rest: restOptions(apiUrl),
  };
}

export function createDiscordPlatform(deps: PlatformDeps<DiscordSettings>): Platform {
  const { config, logger, store } = deps;
  const bot = readingPastMarkup(deps.bot, deps.markup ?? discordDescriptor.markup);
  const client = new Client(clientOptions(config.DISCORD_API_URL));
  const ctx: DiscordContext = { client, bot, logger, store, limits: deps.limits ?? discordDescriptor.limits, ...(deps.metrics ? { metrics: deps.metrics } : {}), ...(deps.intake ? { intake: deps.intake } : {}) };

  // Before discord.js reads a dispatch (it emits Raw first, synchronously, with the same object).
  client.on(Events.Raw, (packet: unknown) => {
    fillOptionalFields(packet);
    // A message for the bot is answered from the payload; discord.js then skips it (raw-messages.ts).
    const message = takeMessage(packet, client, logger);
    if (message) guard(ctx, 'message', () => onMessage(ctx, message), { message: message.id });
  });
  // What the raw hook left to discord.js.
  client.on(Events.MessageCreate, (message) => guard(ctx, 'message', () => onDiscordMessage(ctx, message), { message: message.id }));
  client.on(Events.InteractionCreate, (interaction) =>
    guard(ctx, 'interaction', () => onInteraction(ctx, interaction), { interaction: interaction.id }, interaction),
  );
  // An 'error' event without a listener would crash the process; here it is a log line.
  client.on(Events.Error, (err) => logger.error({ err: err.message }, 'discord client error'));
  client.on(Events.ShardError, (err, shard) => logger.warn({ err: err.message, shard }, 'discord gateway connection error; reconnecting'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'discord gateway session resumed'));

  return {
    name: 'discord',
    /** Logs in and resolves once the gateway session is READY (and guilds have arrived). */
    async start() {
      const token = config.DISCORD_TOKEN;
      if (!token) throw new Error('DISCORD_TOKEN is not set');
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(token);
      } catch (err) {
        throw new Error(loginFailure(err));
      }
      await ready;
      logger.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord connected');
      const applicationId = client.application?.id;
      if (client.guilds.cache.size === 0 && applicationId) {
        logger.info({ invite: inviteUrl(applicationId) }, 'the bot is in no server yet; open the invite link to add it');
      }
    },
    async stop() {
      await client.destroy();
    },
    isReady() {
      return client.isReady();
    },
  };
}

/** What to tell the operator; discord.js errors never carry the token, and neither does this. */
function loginFailure(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return 'Discord refused DISCORD_TOKEN: use the bot token from the Developer Portal (Bot > Reset Token)';
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents) {
    return 'Discord refused the gateway intents archbot asks for (Guilds, Guild Messages, Direct Messages)';
  }
  return `could not connect to Discord: ${errorMessage(err)}`;
}

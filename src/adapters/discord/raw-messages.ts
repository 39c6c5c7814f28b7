import { Constants, type Client } from 'discord.js';
import type { Logger } from '../../core/types.js';
import type { IncomingMessage } from './on-message.js';
import { isRecord } from './raw-payload.js';
import { dropUnreadMessage } from './unread-messages.js';

/** What a dispatch the bot answers from its raw payload is renamed to, so discord.js does not build it too. */
export const READ_DISPATCH = 'ARCHBOT_READ_MESSAGE_CREATE';

const NOT_SYSTEM: readonly number[] = Constants.NonSystemMessageTypes;

/**
 * A MESSAGE_CREATE the bot answers, taken off the raw dispatch. discord.js would build a Message for
 * it (author, member, mentions, embeds, attachments, each cached) only for the bot to read six
 * fields: that was most of discord.js's work per mention, and most of what it allocated. Here the
 * fields are read from the payload and the dispatch is renamed (READ_DISPATCH), so discord.js drops
 * it. A message the bot never reads is renamed too (`dropUnreadMessage`); anything this cannot
 * settle from the payload and discord.js's cache (before the bot knows its own id, a system
 * message, a server channel discord.js has not cached or that holds no text) is left to discord.js,
 * whose MessageCreate event takes it the way it always did (`onDiscordMessage`).
 */
export function takeMessage(packet: unknown, client: Client, logger?: Logger): IncomingMessage | undefined {
  // One guard for both: a dispatch the bot does not read is renamed there and comes back undefined.
  const read = dropUnreadMessage(packet, client.user?.id, logger);
  if (read === undefined) return undefined;
  const { packet: dispatch, d } = read;
  // discord.js counts a message without a type as not a system message.
  if ('type' in d && !NOT_SYSTEM.includes(d.type as number)) return undefined;
  const author = isRecord(d.author) ? d.author : undefined;
  if (typeof d.id !== 'string' || typeof d.channel_id !== 'string' || typeof author?.id !== 'string' || typeof d.content !== 'string') return undefined;
  const guildId = typeof d.guild_id === 'string' ? d.guild_id : null;
  const cached = client.channels.cache.get(d.channel_id);
  // A server channel comes from the cache the Guilds intent fills; a DM's channel is not needed (it is never a thread).
  if (guildId === null ? cached !== undefined && !cached.isDMBased() : cached === undefined || !cached.isTextBased()) return undefined;
  dispatch.t = READ_DISPATCH;
  return { id: d.id, channelId: d.channel_id, guildId, authorId: author.id, content: d.content, channel: guildId === null ? null : (cached ?? null) };
}

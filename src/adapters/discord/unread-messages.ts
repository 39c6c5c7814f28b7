import type { Logger } from '../../core/types.js';
import { readsMessage, type MessageFacts } from './on-message.js';
import { isRecord } from './raw-payload.js';

/** What a dispatch the bot never reads is renamed to: discord.js has no handler by that name, and drops it. */
export const UNREAD_DISPATCH = 'ARCHBOT_UNREAD_MESSAGE_CREATE';

/** The facts `readsMessage` decides on, from a raw MESSAGE_CREATE's fields. */
export function rawMessageFacts(d: Record<string, unknown>, botId: string): MessageFacts {
  const author = isRecord(d.author) ? d.author : undefined;
  return {
    fromBot: author?.bot === true,
    fromWebhook: typeof d.webhook_id === 'string' && d.webhook_id !== '',
    inServer: typeof d.guild_id === 'string',
    mentionsBot: Array.isArray(d.mentions) && d.mentions.some((m) => isRecord(m) && m.id === botId),
  };
}

/**
 * The Guild Messages intent brings every message of every channel the bot can see, its own replies
 * included (a reply with its embeds and buttons comes back as 2-3 kB of JSON). discord.js would build
 * each into a Message (author, member, mentions, embeds, components) and cache it, for `isForBot` to
 * drop at once. Here a MESSAGE_CREATE the bot would not read (`readsMessage`, the rule `isForBot`
 * applies too) is renamed on the raw dispatch, before discord.js reads it (fill-optional-fields.ts
 * changes dispatches there too): a bot's or a webhook's message, and a server message that does not
 * mention the bot. Before the bot knows its own id nothing is renamed.
 */
export function dropUnreadMessage(packet: unknown, botId: string | undefined, logger?: Logger): ReadMessage | undefined {
  if (botId === undefined || !isRecord(packet) || packet.t !== 'MESSAGE_CREATE' || !isRecord(packet.d)) return undefined;
  if (readsMessage(rawMessageFacts(packet.d, botId))) return { packet, d: packet.d };
  packet.t = UNREAD_DISPATCH;
  logger?.debug({ message: packet.d.id }, 'discord: a message not for the bot dropped before discord.js reads it');
  return undefined;
}

/** A MESSAGE_CREATE the bot reads, as `dropUnreadMessage` left it: the dispatch and its payload. */
export interface ReadMessage {
  packet: Record<string, unknown>;
  d: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a dispatch the bot never reads is renamed to: discord.js has no handler by that name, and drops it. */
export const UNREAD_DISPATCH = 'ARCHBOT_UNREAD_MESSAGE_CREATE';

/**
 * The Guild Messages intent brings every message of every channel the bot can see, its own replies
 * included (a reply with its embeds and buttons comes back as 2-3 kB of JSON). discord.js would build
 * each into a Message (author, member, mentions, embeds, components) and cache it, for `isForBot` to
 * drop at once: on the bench, its own replies alone doubled discord.js's share of the bot's time per
 * mention. Here a MESSAGE_CREATE that cannot be for the bot is renamed on the raw dispatch, before
 * discord.js reads it (fill-optional-fields.ts does the same kind of thing): a bot's or a webhook's
 * message, and a server message that does not mention the bot. DMs from people and mentions go on as
 * before, and `isForBot` still decides on them.
 */
export function dropUnreadMessage(packet: unknown, botId: string | undefined): void {
  if (botId === undefined || !isRecord(packet) || packet.t !== 'MESSAGE_CREATE' || !isRecord(packet.d)) return;
  const d = packet.d;
  const author = isRecord(d.author) ? d.author : undefined;
  const fromBot = author?.bot === true || (typeof d.webhook_id === 'string' && d.webhook_id !== '');
  const inServer = typeof d.guild_id === 'string';
  const mentionsBot = Array.isArray(d.mentions) && d.mentions.some((m) => isRecord(m) && m.id === botId);
  if (fromBot || (inServer && !mentionsBot)) packet.t = UNREAD_DISPATCH;
}

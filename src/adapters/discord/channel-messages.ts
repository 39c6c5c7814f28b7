import { Routes, type APIChannel, type APIMessage, type REST } from 'discord.js';
import type { DiscordMessage } from './render-embeds.js';
import { LIMITS } from './limits.js';
import { truncate } from '../shared/text.js';

/**
 * Every message leaves with mentions switched off: `@everyone`, roles or users quoted from a
 * question render but ping no one.
 */
export const NO_PINGS = { parse: [] } as const;

/**
 * Posts straight through discord.js's REST client rather than a cached channel object: it works
 * the same for DMs (whose channels arrive as partials), text channels and threads just opened.
 */
export async function postToChannel(rest: REST, channelId: string, message: DiscordMessage, replyTo?: string): Promise<APIMessage> {
  const body = {
    ...(message.content ? { content: truncate(message.content, LIMITS.content) } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: NO_PINGS,
    // A deleted question should not stop the answer from being posted.
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
  return (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
}

/** Starts a public thread on a message (`POST /channels/{channel}/messages/{message}/threads`). */
export async function startThread(rest: REST, channelId: string, messageId: string, name: string): Promise<APIChannel> {
  const body = { name: truncate(name, LIMITS.threadName), auto_archive_duration: 1440 };
  return (await rest.post(Routes.threads(channelId, messageId), { body })) as APIChannel;
}

import { RequestMethod, Routes, type APIChannel, type REST, type ResponseLike } from 'discord.js';
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
 * Discord answers with the whole message it created (our embeds and buttons, the author, 2-3 kB of
 * JSON); nothing here reads it, so it is received but neither kept nor parsed (`queueRequest`
 * instead of `post`, which parses every answer). A refusal still rejects with discord.js's DiscordAPIError,
 * and rate limits are handled as for any call.
 */
export async function postToChannel(rest: REST, channelId: string, message: DiscordMessage, replyTo?: string): Promise<void> {
  const body = {
    ...(message.content ? { content: truncate(message.content, LIMITS.content) } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: NO_PINGS,
    // A deleted question should not stop the answer from being posted.
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
  const answer = await rest.queueRequest({ fullRoute: Routes.channelMessages(channelId), method: RequestMethod.Post, body });
  await discardBody(answer);
}

/**
 * Reads an answer to the end without keeping it, so the connection is free for the next call.
 * undici's body (discord.js's REST client on Node) drops each chunk as it arrives (`dump`, which
 * stops reading past 128 KiB); `arrayBuffer` would gather and join them first, only to be dropped.
 */
async function discardBody(answer: ResponseLike): Promise<void> {
  const { body } = answer;
  if (body && 'dump' in body && typeof body.dump === 'function') await (body.dump as () => Promise<unknown>).call(body);
  else await answer.arrayBuffer();
}

/** Starts a public thread on a message (`POST /channels/{channel}/messages/{message}/threads`). */
export async function startThread(rest: REST, channelId: string, messageId: string, name: string): Promise<APIChannel> {
  const body = { name: truncate(name, LIMITS.threadName), auto_archive_duration: 1440 };
  return (await rest.post(Routes.threads(channelId, messageId), { body })) as APIChannel;
}

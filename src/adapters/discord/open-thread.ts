import type { User } from 'discord.js';
import type { Outcome } from '../../core/types.js';
import { postToChannel, startThread } from './channel-messages.js';
import type { DiscordContext } from './discord-context.js';
import { renderReply } from './render-embeds.js';
import { threadUnder, type Where } from './thread-id.js';
import { toInbound } from './to-inbound.js';

/**
 * The core asked for the conversation to move into its own thread (a decision started in a
 * channel): open a public thread on `messageId`, then run `then` there as the same person and post
 * its replies in the thread. Nothing in a thread can be ephemeral, so every reply is visible.
 */
export async function continueInThread(
  ctx: DiscordContext,
  parent: Where,
  messageId: string,
  openThread: NonNullable<Outcome['openThread']>,
  user: Pick<User, 'id'>,
): Promise<void> {
  const rest = ctx.client.rest;
  const thread = await startThread(rest, parent.channelId, messageId, openThread.title);
  const where = threadUnder(parent, thread.id);
  const outcome = await ctx.bot.handle(toInbound(where, user, openThread.then));
  for (const reply of outcome.replies) {
    for (const message of renderReply(reply)) await postToChannel(rest, thread.id, message);
  }
  ctx.logger.info({ thread: thread.id, parent: parent.channelId }, 'opened a discord thread for a decision');
}

import { DiscordAPIError, type APIChannel } from 'discord.js';
import type { Outcome } from '../../core/types.js';
import { postToChannel, startThread } from './channel-messages.js';
import type { DiscordContext } from './discord-context.js';
import { renderReply, type DiscordMessage } from './render-embeds.js';
import { threadIdOf, threadUnder, type Where } from './thread-id.js';
import { DISCORD_TEXT } from './texts.js';

const NO_THREAD: DiscordMessage = {
  embeds: [{ description: DISCORD_TEXT.noThread }],
  components: [],
  ephemeral: true,
};

/**
 * The core asked for the conversation to move into its own thread (a decision started in a
 * channel): open a public thread on `messageId`, tell the core its id, and post the replies the
 * core gives for it there. Nothing in a thread can be ephemeral, so every reply is visible.
 */
export async function continueInThread(
  ctx: DiscordContext,
  parent: Where,
  messageId: string,
  openThread: NonNullable<Outcome['openThread']>,
  tell: (message: DiscordMessage) => Promise<unknown>,
): Promise<void> {
  const rest = ctx.client.rest;
  let thread: APIChannel;
  try {
    thread = await startThread(rest, parent.channelId, messageId, openThread.title);
  } catch (err) {
    // 403 (a permission missing in this channel) or 400 (a channel type without threads): the
    // message just sent says "answer in the thread", so the person must hear there is none.
    if (!(err instanceof DiscordAPIError)) throw err;
    ctx.logger.warn({ channel: parent.channelId, status: err.status, code: err.code }, 'discord refused to open a thread for a decision');
    await tell(NO_THREAD);
    return;
  }
  const replies = await openThread.opened(threadIdOf(threadUnder(parent, thread.id)));
  for (const reply of replies) {
    for (const message of renderReply(reply, ctx.limits)) await postToChannel(rest, thread.id, message);
  }
  ctx.logger.info({ thread: thread.id, parent: parent.channelId }, 'opened a discord thread for a decision');
}

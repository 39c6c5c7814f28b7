import { answerMessage } from './answer-message.js';
import type { HandlerDeps } from './handler-deps.js';
import type { SlackListeners } from './listen.js';
import { isDmChannel } from './thread-id.js';
import { fromDirectMessage, type MessageLike } from './to-inbound.js';

/** Messages in the bot's DM: questions, `decide`, and typed answers to a running decision. */
export function onDirectMessage(deps: HandlerDeps): SlackListeners['events']['message'] {
  return async ({ event, body, context, client }) => {
    const message = event as MessageLike;
    // Only DMs: channel messages reach the bot as app_mention, which has its own handler.
    if (message.channel_type !== 'im' && !isDmChannel(message.channel)) return;
    await answerMessage(deps, { message, body, botUserId: context.botUserId, client }, fromDirectMessage);
  };
}

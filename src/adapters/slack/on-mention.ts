import { answerMessage } from './answer-message.js';
import type { HandlerDeps } from './handler-deps.js';
import type { SlackListeners } from './listen.js';
import { isDmChannel } from './thread-id.js';
import { fromMention, type MessageLike } from './to-inbound.js';

/** `@archbot …` in a channel: answered in the mention's thread (a new one under it if needed). */
export function onMention(deps: HandlerDeps): SlackListeners['events']['app_mention'] {
  return async ({ event, body, context, client }) => {
    const message: MessageLike = event;
    // A mention in a DM also arrives as message.im, which answers it; answering both would double up.
    if (isDmChannel(message.channel)) return;
    await answerMessage(deps, { message, body, botUserId: context.botUserId, client }, fromMention);
  };
}

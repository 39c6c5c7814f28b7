import type { App } from '@slack/bolt';
import { answer } from './deliver.js';
import { firstDelivery } from './dedupe.js';
import type { HandlerDeps } from './handler-deps.js';
import { isDmChannel } from './thread-id.js';
import { fromDirectMessage, isFromPerson, type MessageLike } from './to-inbound.js';

/** Messages in the bot's DM: questions, `decide`, and typed answers to a running decision. */
export function onDirectMessage(app: App, deps: HandlerDeps): void {
  app.event('message', async ({ event, body, context, client }) => {
    const message = event as MessageLike;
    // Only DMs: channel messages reach the bot as app_mention, which has its own handler.
    if (message.channel_type !== 'im' && !isDmChannel(message.channel)) return;
    if (!isFromPerson(message, context.botUserId)) return;
    if (!(await firstDelivery(deps.store, body.event_id, deps.logger))) return;
    const team = body.team_id || message.team || 'T0';
    const routed = fromDirectMessage(team, message);
    routed.event.actor = await deps.names.withName(client, routed.event.actor);
    await answer({ client, bot: deps.bot, logger: deps.logger }, routed);
  });
}

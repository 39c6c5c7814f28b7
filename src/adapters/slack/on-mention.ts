import type { App } from '@slack/bolt';
import { answer } from './deliver.js';
import { firstDelivery } from './dedupe.js';
import type { HandlerDeps } from './handler-deps.js';
import { isDmChannel } from './thread-id.js';
import { fromMention, isFromPerson, type MessageLike } from './to-inbound.js';

/** `@archbot …` in a channel: answered in the mention's thread (a new one under it if needed). */
export function onMention(app: App, deps: HandlerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const message: MessageLike = event;
    // A mention in a DM also arrives as message.im, which answers it; answering both would double up.
    if (isDmChannel(message.channel)) return;
    if (!isFromPerson(message, context.botUserId)) return;
    if (!(await firstDelivery(deps.store, body.event_id, deps.logger))) return;
    const team = body.team_id || message.team || 'T0';
    const routed = fromMention(team, message);
    routed.event.actor = await deps.names.withName(client, routed.event.actor);
    await answer({ client, bot: deps.bot, logger: deps.logger }, routed);
  });
}

import type { App, webApi } from '@slack/bolt';
import { answer } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import { fromCommand } from './to-inbound.js';

/**
 * `/arch …`. Slack gives a command 3 seconds, so it is acknowledged with an empty body first and
 * answered afterwards through its response_url (ephemeral) or in the channel (`decide`).
 * Every command of this app lands here, so renaming `/arch` in the manifest needs no code change.
 */
export function onCommand(app: App, deps: HandlerDeps): void {
  const ownDms = new Map<string, string>();
  /** The bot's own DM with `user`. Any other D… channel is a DM between people, where the bot cannot post. */
  const ownDm = async (client: webApi.WebClient, user: string): Promise<string | undefined> => {
    const known = ownDms.get(user);
    if (known !== undefined) return known;
    const opened = (await client.conversations.open({ users: user })).channel?.id;
    if (opened === undefined) return undefined;
    ownDms.set(user, opened);
    if (ownDms.size > MAX_DMS) ownDms.delete(ownDms.keys().next().value ?? '');
    return opened;
  };
  app.command(/.*/, async ({ command, ack, respond, client }) => {
    await ack();
    const routed = fromCommand(command, respond);
    if (routed.where.place === 'dm' && (await ownDm(client, command.user_id).catch(() => undefined)) !== command.channel_id) {
      // `/arch` in a DM between two people: private, through the response_url, like in a channel.
      routed.event.place = 'channel';
      routed.where.place = 'channel';
    }
    await answer({ client, bot: deps.bot, logger: deps.logger }, routed);
  });
}

/** Remembered bot DM ids, one per person, at most this many. */
const MAX_DMS = 5_000;

import { answer } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import type { SlackListeners } from './listen.js';
import { isDmChannel } from './thread-id.js';
import { fromCommand } from './to-inbound.js';

/**
 * `/arch …`. Slack gives a command 3 seconds, so it is acknowledged with an empty body first and
 * answered afterwards through its response_url (ephemeral) or in the channel (`decide`).
 * Every command of this app lands here, so renaming `/arch` in the manifest needs no code change.
 */
export function onCommand(deps: HandlerDeps): SlackListeners['command'] {
  return async ({ command, ack, respond, client }) => {
    await ack();
    // `/arch` in a DM between two people is answered privately, like in a channel.
    const inOwnDm = isDmChannel(command.channel_id) && (await deps.dms.of(client, command.user_id).catch(() => undefined)) === command.channel_id;
    await answer({ client, bot: deps.bot, logger: deps.logger, limits: deps.limits }, fromCommand(command, respond, inOwnDm));
  };
}

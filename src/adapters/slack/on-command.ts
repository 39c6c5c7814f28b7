import type { App } from '@slack/bolt';
import { answer } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import { fromCommand } from './to-inbound.js';

/**
 * `/arch …`. Slack gives a command 3 seconds, so it is acknowledged with an empty body first and
 * answered afterwards through its response_url (ephemeral) or in the channel (`decide`).
 * Every command of this app lands here, so renaming `/arch` in the manifest needs no code change.
 */
export function onCommand(app: App, deps: HandlerDeps): void {
  app.command(/.*/, async ({ command, ack, respond, client }) => {
    await ack();
    await answer({ client, bot: deps.bot, logger: deps.logger }, fromCommand(command, respond));
  });
}

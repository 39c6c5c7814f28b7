import type { webApi } from '@slack/bolt';
import { answer } from './deliver.js';
import { firstDelivery } from './dedupe.js';
import type { HandlerDeps } from './handler-deps.js';
import { isFromPerson, type MessageLike, type Routed } from './to-inbound.js';

/** What a message event listener is handed by Bolt, as far as answering it goes. */
export interface MessageArgs {
  message: MessageLike;
  body: { event_id?: string; team_id?: string };
  botUserId: string | undefined;
  client: webApi.WebClient;
}

/**
 * A person's message (a mention or a DM), answered once: bots and subtypes are skipped, a repeated
 * delivery is dropped, the author's display name is looked up, then the core answers.
 */
export async function answerMessage(deps: HandlerDeps, args: MessageArgs, route: (team: string, message: MessageLike & { user: string }) => Routed): Promise<void> {
  const { message, body, client } = args;
  if (!isFromPerson(message, args.botUserId)) return;
  if (!(await firstDelivery(deps.store, body.event_id, deps.logger))) return;
  const routed = route(body.team_id || message.team || 'T0', message);
  routed.event.actor = await deps.names.withName(client, routed.event.actor);
  await answer({ client, bot: deps.bot, logger: deps.logger, limits: deps.limits }, routed);
}

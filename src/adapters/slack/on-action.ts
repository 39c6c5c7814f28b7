import type { BlockAction, RespondFn } from '@slack/bolt';
import { notice } from '../../core/make-reply.js';
import { claimDelivery } from '../../core/sessions/claim-once.js';
import type { Input } from '../../core/types.js';
import { answer, deliver } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import type { SlackListeners } from './listen.js';
import { threadId } from './thread-id.js';
import { clickActor, clickTeam, fromClick, type Routed } from './to-inbound.js';
import { NOTICE } from '../../core/texts.js';

const ALREADY_SHARED = notice('stale', NOTICE.stale.alreadyShared);
const UNKNOWN_BUTTON = notice('unknown-action', NOTICE['unknown-action'].button);

/**
 * Every button click. One listener for all of them: the action id carries the whole action
 * (`encodeAction`), so there is nothing to route on; an id that does not decode is answered with
 * a notice instead of leaving Slack's "this didn't work" warning.
 */
export function onAction(deps: HandlerDeps): SlackListeners['click'] {
  return async ({ ack, body, action, respond, client }) => {
    await ack();
    const ctx = { client, bot: deps.bot, logger: deps.logger, limits: deps.limits };
    const decoded = deps.bot.decode(action.action_id);
    const input: Input = decoded ? { type: 'action', action: decoded } : { type: 'text', text: '' };
    const routed = fromClick(body, input, respond) ?? (await fromHome(await deps.dms.of(client, body.user.id), body, input, respond));
    if (!decoded) {
      deps.logger.info({ actionId: action.action_id.slice(0, 100) }, 'slack: unrecognised button');
      await deliver(ctx, { replies: [UNKNOWN_BUTTON] }, routed.where);
      return;
    }
    if (decoded.type === 'share' && !(await firstShare(deps, routed, action.action_id))) {
      await deliver(ctx, { replies: [ALREADY_SHARED] }, routed.where);
      return;
    }
    await answer(ctx, routed);
  };
}

/** A replayed click is signed like the first, for five minutes: long enough to outlive that window. */
const SHARE_TTL_MS = 60 * 60 * 1000;

/**
 * Sharing posts for everyone, so it happens once per answer: the same signed click replayed (or
 * double-clicked) claims the same key. Other clicks need no such claim: a session step is
 * guarded by its compare-and-set, and the rest only answer the person who clicked.
 */
function firstShare(deps: HandlerDeps, routed: Routed, actionId: string): Promise<boolean> {
  const { team, channel, clicked } = routed.where;
  if (!clicked) return Promise.resolve(true);
  return claimDelivery(deps.store, `slack:share:${team}:${channel}:${clicked.ts}:${actionId}`, SHARE_TTL_MS, deps.logger);
}

/** A click outside any message (the App Home): the conversation happens in the person's DM with the bot. */
function fromHome(channel: string | undefined, body: BlockAction, input: Input, respond: RespondFn | undefined): Routed {
  if (!channel) throw new Error('conversations.open returned no channel');
  const team = clickTeam(body);
  return {
    event: { platform: 'slack', thread: threadId(team, channel), place: 'dm', actor: clickActor(body), input },
    where: { team, channel, user: body.user.id, place: 'dm', ...(respond ? { respond } : {}) },
  };
}

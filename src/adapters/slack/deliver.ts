import type { PlatformLimits } from '../descriptor.js';
import type { webApi } from '@slack/bolt';
import type { Bot } from '../../core/bot.js';
import { isEphemeral } from '../../core/reply.js';
import type { InboundEvent, Logger, Outcome, Reply } from '../../core/types.js';
import { chatCall, postedTs } from './chat-call.js';
import { renderReply, type SlackMessage } from './render-blocks.js';
import { threadId } from './thread-id.js';
import type { Where } from './to-inbound.js';
import { SLACK_TEXT } from './texts.js';

// Turns an Outcome into Slack calls. Which call depends on where the event came from: a command
// answers through its response_url, a click edits the clicked message, a thread gets thread_ts.

export interface DeliverContext {
  client: webApi.WebClient;
  bot: Bot;
  logger: Logger;
  /** The descriptor's limits, which every reply is rendered within. */
  limits: PlatformLimits;
}

/** Errors meaning "the bot is not in that conversation"; the person can fix them by inviting it. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

export function slackErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('data' in err)) return undefined;
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

const INVITE_HINT: SlackMessage = {
  text: SLACK_TEXT.inviteMe,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: SLACK_TEXT.inviteMe } }],
};

export async function deliver(ctx: DeliverContext, outcome: Outcome, where: Where): Promise<void> {
  if (outcome.update) await update(ctx, outcome.update, where);
  if (outcome.openThread) {
    await openThread(ctx, outcome, where);
    return;
  }
  for (const reply of outcome.replies) await post(ctx, reply, where);
}

/** Replaces the clicked message: chat.update for real messages, respond() for ephemeral ones (they have no editable ts). */
async function update(ctx: DeliverContext, reply: Reply, where: Where): Promise<void> {
  const message = renderReply(reply, ctx.limits);
  if (where.clicked?.ephemeral && where.respond) {
    await where.respond({ ...message, replace_original: true });
  } else if (where.clicked) {
    await chatCall(ctx.client, 'chat.update', { channel: where.channel, ts: where.clicked.ts }, message);
  } else {
    await post(ctx, reply, where);
  }
}

async function post(ctx: DeliverContext, reply: Reply, where: Where): Promise<void> {
  const message = renderReply(reply, ctx.limits);
  // In a DM only the person can see the bot's messages anyway; ephemeral there would vanish on reload.
  if (isEphemeral(reply) && where.place !== 'dm') await postEphemeral(ctx, message, where);
  else await postVisible(ctx, message, where, where.threadTs);
}

async function postEphemeral(ctx: DeliverContext, message: SlackMessage, where: Where): Promise<void> {
  if (where.preferRespond && where.respond) {
    await where.respond({ ...message, response_type: 'ephemeral', replace_original: false });
    return;
  }
  try {
    await chatCall(ctx.client, 'chat.postEphemeral', { channel: where.channel, user: where.user, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) }, message);
  } catch (err) {
    if (!where.respond || !NOT_A_MEMBER.has(slackErrorCode(err) ?? '')) throw err;
    await where.respond({ ...message, response_type: 'ephemeral', replace_original: false });
  }
}

/**
 * Posts for everyone; returns the new message's ts. Outside the channels the bot was invited to,
 * a response_url can still post (a shared answer); without one, the person is told to invite it.
 */
async function postVisible(ctx: DeliverContext, message: SlackMessage, where: Where, threadTs: string | undefined): Promise<string | undefined> {
  try {
    const result = await chatCall(ctx.client, 'chat.postMessage', { channel: where.channel, ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false, unfurl_media: false }, message);
    return postedTs(result);
  } catch (err) {
    if (!NOT_A_MEMBER.has(slackErrorCode(err) ?? '')) throw err;
    if (where.respond) {
      await where.respond({ ...message, response_type: 'in_channel', replace_original: false });
      return undefined;
    }
    ctx.logger.warn({ channel: where.channel, error: slackErrorCode(err) }, 'slack: cannot post, the bot is not in the conversation');
    return undefined;
  }
}

/**
 * `/arch decide` in a channel: post the announcement at the top level, tell the core the thread
 * under it (in Slack a thread is the replies to a message), and post the decision's first messages
 * there. Needs the bot in the channel (a response_url post has no ts to thread on).
 */
async function openThread(ctx: DeliverContext, outcome: Outcome, where: Where): Promise<void> {
  const opening = outcome.openThread;
  let rootTs: string | undefined;
  try {
    for (const reply of outcome.replies) {
      const result = await chatCall(ctx.client, 'chat.postMessage', { channel: where.channel, unfurl_links: false, unfurl_media: false }, renderReply(reply, ctx.limits));
      rootTs ??= postedTs(result);
    }
  } catch (err) {
    if (!NOT_A_MEMBER.has(slackErrorCode(err) ?? '')) throw err;
    await tellInvite(ctx, where);
    return;
  }
  if (!opening || rootTs === undefined) return;
  const replies = await opening.opened(threadId(where.team, where.channel, rootTs));
  const threadWhere: Where = { team: where.team, channel: where.channel, user: where.user, place: 'thread', threadTs: rootTs };
  for (const reply of replies) await post(ctx, reply, threadWhere);
}

async function tellInvite(ctx: DeliverContext, where: Where): Promise<void> {
  if (where.respond) await where.respond({ ...INVITE_HINT, response_type: 'ephemeral', replace_original: false });
  else ctx.logger.warn({ channel: where.channel }, 'slack: cannot open a thread, the bot is not in the channel');
}

/** One inbound event through the core and back out to Slack. */
export async function answer(ctx: DeliverContext, routed: { event: InboundEvent; where: Where }): Promise<void> {
  const started = Date.now();
  try {
    const outcome = await ctx.bot.handle(routed.event);
    await deliver(ctx, outcome, routed.where);
  } finally {
    // Slack was acked long before this point, so this line is the only record of how long a reply took.
    ctx.logger.debug({ input: routed.event.input.type, place: routed.event.place, ms: Date.now() - started }, 'slack: event handled');
  }
}

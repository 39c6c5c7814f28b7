import type { Channel, Message } from 'discord.js';
import { claimDelivery } from '../../core/sessions/claim-once.js';
import { postToChannel } from './channel-messages.js';
import { DEDUPE_MS, type DiscordContext } from './discord-context.js';
import { continueInThread } from './open-thread.js';
import { renderReply } from './render-embeds.js';
import { toInbound, whereOf } from './to-inbound.js';

/** What decides whether a message is for the bot, read from a discord.js Message or from the raw dispatch alike. */
export interface MessageFacts {
  fromBot: boolean;
  fromWebhook: boolean;
  inServer: boolean;
  mentionsBot: boolean;
}

/**
 * Which messages the bot reads: every DM, and guild messages that mention it. Without the
 * privileged Message Content intent those are also the only messages that carry their text.
 * The one rule for both places that apply it: `isForBot` here, and `dropUnreadMessage` on the raw
 * dispatch, before discord.js builds the message (unread-messages.ts).
 */
export function readsMessage(facts: MessageFacts): boolean {
  // Bots (this one included) and webhooks never start a conversation: no loops, no echo chambers.
  if (facts.fromBot || facts.fromWebhook) return false;
  return !facts.inServer || facts.mentionsBot;
}

export function isForBot(message: Message, botId: string): boolean {
  if (message.system) return false;
  return readsMessage({ fromBot: message.author.bot, fromWebhook: message.webhookId !== null, inServer: message.guildId !== null, mentionsBot: message.mentions.users.has(botId) });
}

/**
 * The few fields of a message the bot answers from: read off the raw dispatch (raw-messages.ts),
 * or off a discord.js Message when discord.js built one (`incomingOf`).
 */
export interface IncomingMessage {
  id: string;
  channelId: string;
  /** null in a DM. */
  guildId: string | null;
  authorId: string;
  content: string;
  /** The channel as discord.js has it cached (a thread's parent is read from it); null in a DM. */
  channel: Channel | null;
}

export function incomingOf(message: Message): IncomingMessage {
  return { id: message.id, channelId: message.channelId, guildId: message.guildId, authorId: message.author.id, content: message.content, channel: message.channel };
}

/** A message the raw hook left to discord.js (raw-messages.ts): a system message, one in a channel it had not cached, or one before the bot knew its own id. */
export async function onDiscordMessage(ctx: DiscordContext, message: Message): Promise<void> {
  const botId = ctx.client.user?.id;
  if (!botId || !isForBot(message, botId)) return;
  await onMessage(ctx, incomingOf(message));
}

/**
 * A DM or a mention (the caller decided it is for the bot): its text goes to the core; replies go
 * back in the same channel (or thread), the first one as a reply to the message in a server. A
 * decision started by a mention in a channel moves into a thread opened on the mention itself.
 */
export async function onMessage(ctx: DiscordContext, message: IncomingMessage): Promise<void> {
  // Every replica logged in with the token receives the same MESSAGE_CREATE: the first to claim it answers.
  if (!(await claimDelivery(ctx.store, `discord:${message.id}`, DEDUPE_MS, ctx.logger))) {
    ctx.logger.info({ message: message.id }, 'discord: repeated delivery ignored');
    return;
  }

  let channel = message.channel;
  // A thread seen for the first time may lack its parent; one fetch fills it in.
  if (channel?.isThread() && channel.parentId === null) channel = await channel.fetch();
  const where = whereOf(channel, message.channelId, message.guildId);
  const event = toInbound(where, { id: message.authorId }, { type: 'text', text: message.content });
  const outcome = await ctx.bot.handle(event);

  const inServer = message.guildId !== null;
  const messages = outcome.replies.flatMap((reply) => renderReply(reply, ctx.limits));
  for (const [i, rendered] of messages.entries()) {
    await postToChannel(ctx.client.rest, message.channelId, rendered, inServer && i === 0 ? message.id : undefined);
  }
  if (outcome.openThread && inServer && !where.isThread) {
    await continueInThread(ctx, where, message.id, outcome.openThread, (notice) => postToChannel(ctx.client.rest, message.channelId, notice, message.id));
  }
}

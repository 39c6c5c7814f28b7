import type { RespondFn } from '@slack/bolt';
import type { Actor, InboundEvent, Input, Place } from '../../core/types.js';
import { unescapeSlack } from './escape.js';
import { placeOf, threadId } from './thread-id.js';

// Slack payloads in, neutral events out, plus where in Slack the answer has to go. Only the fields
// we read are typed here, so documented payload shapes (and test fixtures) fit without casts.

/** Where replies to one inbound event are delivered. */
export interface Where {
  team: string;
  channel: string;
  /** The person who acted: ephemeral messages go to them. */
  user: string;
  place: Place;
  /** Visible replies go under this thread ts; undefined posts at the top level (DM or channel). */
  threadTs?: string;
  /** The message whose button was clicked, for `Outcome.update`. */
  clicked?: { ts: string; ephemeral: boolean };
  /** The response_url of a command or click: the only way to reach an ephemeral message or a channel the bot is not in. */
  respond?: RespondFn;
  /** Commands and clicks on ephemeral messages: answer through `respond` rather than the Web API. */
  preferRespond?: boolean;
}

export interface Routed {
  event: InboundEvent;
  where: Where;
}

/** The parts of an `app_mention` or `message` event that matter here. */
export interface MessageLike {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  team?: string;
  user_profile?: { display_name?: string; real_name?: string; name?: string };
}

/**
 * Messages written by a person. Anything with a subtype (edits, deletions, joins, bot_message…)
 * or a bot identity is not a question, and answering our own posts would loop forever.
 */
/** Subtypes that are still a person writing: a message with a file, a thread reply also sent to the conversation. */
const WRITTEN_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export function isFromPerson(message: MessageLike, botUserId: string | undefined): message is MessageLike & { user: string } {
  if ((message.subtype !== undefined && !WRITTEN_SUBTYPES.has(message.subtype)) || message.bot_id !== undefined || message.bot_profile !== undefined) return false;
  if (message.user === undefined || message.user === botUserId) return false;
  return true;
}

function actorOf(user: string, message: MessageLike): Actor {
  const profile = message.user_profile;
  const name = profile?.display_name || profile?.real_name || profile?.name;
  return name ? { id: user, name } : { id: user };
}

/**
 * What the person typed: entities back to characters. Slack's mentions and channel links go at the
 * platform's door (`readingPastMarkup`), with the markup the descriptor declares.
 */
function typed(raw: string | undefined): string {
  return unescapeSlack(raw ?? '');
}

function text(raw: string | undefined): Input {
  return { type: 'text', text: typed(raw) };
}

/** A mention answers in a thread: the one it was written in, or a new one under the mention itself. */
export function fromMention(team: string, message: MessageLike & { user: string }): Routed {
  const threadTs = message.thread_ts ?? message.ts;
  return {
    event: { platform: 'slack', thread: threadId(team, message.channel, threadTs), place: 'thread', actor: actorOf(message.user, message), input: text(message.text) },
    where: { team, channel: message.channel, user: message.user, place: 'thread', threadTs },
  };
}

/** A DM is one conversation (one session) however the person threads it; replies follow their thread. */
export function fromDirectMessage(team: string, message: MessageLike & { user: string }): Routed {
  return {
    event: { platform: 'slack', thread: threadId(team, message.channel), place: 'dm', actor: actorOf(message.user, message), input: text(message.text) },
    where: { team, channel: message.channel, user: message.user, place: 'dm', ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) },
  };
}

export interface CommandLike {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  text: string;
}

/** `/arch …` in a channel or a DM; Slack gives commands no thread. */
export function fromCommand(command: CommandLike, respond: RespondFn, inOwnDm: boolean): Routed {
  const place: Place = inOwnDm ? 'dm' : 'channel';
  return {
    event: {
      platform: 'slack',
      thread: threadId(command.team_id, command.channel_id),
      place,
      actor: command.user_name ? { id: command.user_id, name: command.user_name } : { id: command.user_id },
      input: { type: 'command', text: typed(command.text) },
    },
    where: { team: command.team_id, channel: command.channel_id, user: command.user_id, place, respond, preferRespond: true },
  };
}

/** The parts of a `block_actions` payload that matter here. */
export interface ClickLike {
  team?: { id: string } | null;
  user: { id: string; name?: string; username?: string; team_id?: string };
  channel?: { id: string };
  message?: { ts: string; thread_ts?: string };
  container: Record<string, unknown>;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function clickTeam(body: ClickLike): string {
  return body.team?.id ?? body.user.team_id ?? 'T0';
}

export function clickActor(body: ClickLike): Actor {
  const name = body.user.name ?? body.user.username;
  return name ? { id: body.user.id, name } : { id: body.user.id };
}

/**
 * A click on a message: the thread is the one the message sits in (`container.thread_ts`, else the
 * message's own `thread_ts`); a top-level message is the channel itself. Undefined for clicks that
 * are not on a message (the App Home), which the caller routes to a DM.
 */
export function fromClick(body: ClickLike, input: Input, respond: RespondFn | undefined): Routed | undefined {
  const channel = body.channel?.id ?? str(body.container.channel_id);
  const messageTs = str(body.container.message_ts) ?? body.message?.ts;
  if (body.container.type !== 'message' || channel === undefined || messageTs === undefined) return undefined;
  const team = clickTeam(body);
  const ephemeral = body.container.is_ephemeral === true;
  const inThread = str(body.container.thread_ts) ?? body.message?.thread_ts;
  // A thread's parent carries its own ts as thread_ts, yet it sits at the top level of the channel.
  const threadTs = inThread === messageTs ? undefined : inThread;
  const place = placeOf(channel, threadTs);
  return {
    event: { platform: 'slack', thread: threadId(team, channel, place === 'thread' ? threadTs : undefined), place, actor: clickActor(body), input },
    where: {
      team,
      channel,
      user: body.user.id,
      place,
      ...(threadTs ? { threadTs } : {}),
      clicked: { ts: messageTs, ephemeral },
      ...(respond ? { respond, preferRespond: ephemeral } : {}),
    },
  };
}

import { randomBytes } from 'node:crypto';
import { decodeAction } from './actions.js';
import { DecisionFlow } from './checklist/decision-flow.js';
import { notice } from './checklist/notices.js';
import { sessionCommand } from './checklist/session-words.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { answerReply, helpReply, lookupReply, topicsReply } from './lookup-replies.js';
import { lookupEvent } from './lookup/lookup-event.js';
import { stripPlatformNoise } from './lookup/normalize.js';
import { hashUser, recorder } from './feedback.js';
import type { Action, BotMetrics, Clock, CommandName, FeedbackLog, InboundEvent, Logger, Outcome, RateDecision, RateKind, RateLimit, SessionStore } from './types.js';
import { errorFields } from './errors.js';

export interface BotDeps {
  kb: KnowledgeBase;
  store: SessionStore;
  logger: Logger;
  clock?: Clock;
  /** Idle time after which a decision session expires. Default 24 h. */
  sessionTtlMs?: number;
  newId?: () => string;
  metrics?: BotMetrics;
  /** Where asked topics, misses and votes are counted for `archbot report`. */
  feedback?: FeedbackLog;
  rateLimit?: RateLimit;
}

export interface Bot {
  readonly kb: KnowledgeBase;
  /** The single entry point. Never throws: the unexpected becomes a short reply and a log line. */
  handle(event: InboundEvent): Promise<Outcome>;
  /** Decodes a button id an adapter received; unknown ids become an ephemeral notice. */
  decode(raw: string): Action | undefined;
}

export const DEFAULT_SESSION_TTL_MS = 24 * 60 * 60 * 1000;
/** Longer messages are pastes, not questions; answered politely instead of searched. */
export const MAX_TEXT = 4_000;

const COMMANDS = new Set<CommandName>(['ask', 'decide', 'topics', 'help']);

export function createBot(deps: BotDeps): Bot {
  const { kb, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const record = recorder(deps.feedback, logger);
  const flow = new DecisionFlow({
    kb,
    store: deps.store,
    logger,
    clock,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ttlMs: deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    newId: deps.newId ?? (() => randomBytes(6).readUIntBE(0, 6).toString(36).slice(0, 8)),
  });

  const ask = (event: InboundEvent, question: string, ephemeral: boolean): Outcome => {
    const text = question.trim();
    if (text === '') return { replies: [helpReply(kb, ephemeral)] };
    const found = kb.lookup(text);
    deps.metrics?.lookup(found.status);
    const base = { at: clock(), platform: event.platform, user: hashUser(event.platform, event.actor.id) };
    record(lookupEvent(base, text, found));
    return { replies: [lookupReply(kb, text, found, ephemeral)] };
  };

  const command = async (event: InboundEvent, name: CommandName, rest: string, ephemeral: boolean): Promise<Outcome> => {
    switch (name) {
      case 'help':
        return { replies: [helpReply(kb, ephemeral)] };
      case 'topics':
        return { replies: [topicsReply(kb, ephemeral)] };
      case 'decide': {
        const checklist = rest.trim().split(/\s+/)[0] || undefined;
        if (event.place === 'channel') {
          const title = kb.checklist(checklist ?? '')?.title ?? kb.defaultChecklist?.title ?? 'Decision';
          return {
            replies: [{ kind: 'notice', body: `${event.actor.name ?? 'Someone'} started a decision: **${title}**. Answer in the thread.` }],
            openThread: { title, then: { type: 'action', action: { type: 'start', checklist: checklist ?? kb.defaultChecklist?.id ?? '' } } },
          };
        }
        return flow.start(event, checklist, false);
      }
      case 'ask':
        return ask(event, rest, ephemeral);
    }
  };

  const splitCommand = (text: string): { name: CommandName; rest: string } | undefined => {
    const [first = '', ...rest] = text.trim().split(/\s+/);
    const word = first.toLowerCase() as CommandName;
    return COMMANDS.has(word) ? { name: word, rest: rest.join(' ') } : undefined;
  };

  const action = async (event: InboundEvent, act: Action): Promise<Outcome> => {
    const ephemeral = event.place === 'channel';
    switch (act.type) {
      case 'topic': {
        const concept = kb.concept(act.concept);
        if (!concept) return { replies: [notice('unknown-action', 'That topic no longer exists.')] };
        return { replies: [answerReply(kb, concept, { ephemeral })] };
      }
      case 'share': {
        const concept = kb.concept(act.concept);
        if (!concept) return { replies: [notice('unknown-action', 'That topic no longer exists.')] };
        return { replies: [answerReply(kb, concept, { ephemeral: false, sharedBy: event.actor })] };
      }
      case 'feedback':
        logger.info({ concept: act.concept, vote: act.vote, platform: event.platform }, 'feedback');
        record({ kind: 'vote', at: clock(), platform: event.platform, user: hashUser(event.platform, event.actor.id), concept: act.concept, vote: act.vote });
        return { replies: [notice('feedback-thanks', act.vote === 'up' ? 'Thanks, glad it helped.' : 'Thanks for telling me; this answer will be looked at.')] };
      case 'start':
        if (event.place === 'channel') return command(event, 'decide', act.checklist, false);
        return flow.start(event, act.checklist, false);
      default:
        return flow.onAction(event, act);
    }
  };

  const dispatch = async (event: InboundEvent): Promise<Outcome> => {
    const { input } = event;
    if (input.type === 'action') return action(event, input.action);
    const raw = input.text;
    if (raw.length > MAX_TEXT) {
      const reply = notice(
        'too-long',
        `That message is ${raw.length.toLocaleString('en-US')} characters long; I read questions of up to ${MAX_TEXT.toLocaleString('en-US')}. Please ask in a sentence or two.`,
      );
      return { replies: [reply] };
    }
    const text = stripPlatformNoise(raw).trim();
    if (input.type === 'command') {
      const ephemeral = event.place === 'channel';
      if (input.name) return command(event, input.name, text, ephemeral);
      const parsed = splitCommand(text);
      return parsed ? command(event, parsed.name, parsed.rest, ephemeral) : ask(event, text, ephemeral);
    }
    const parsed = splitCommand(text);
    // `decide` and `topics` mean the same inside a decision; `help` there is the session's own.
    if (parsed && (parsed.name === 'decide' || parsed.name === 'topics')) return command(event, parsed.name, parsed.rest, false);
    const inSession = await flow.onText(event, text);
    if (inSession) return inSession;
    const control = sessionCommand(text);
    if (control && control !== 'help') {
      const start = kb.defaultChecklist?.id;
      return { replies: [notice('no-session', `\`${text.trim()}\` works inside a decision, and none is running in this conversation. Type \`decide\` to start one.`, start)] };
    }
    if (parsed && (parsed.name !== 'ask' || parsed.rest !== '')) return command(event, parsed.name, parsed.rest, false);
    return ask(event, text, false);
  };

  return {
    kb,
    decode(raw) {
      const decoded = decodeAction(raw);
      return decoded.ok ? decoded.value : undefined;
    },
    async handle(event) {
      try {
        // Starting a checklist is also the adapters' own follow-up in a thread they just opened for
        // a command that was already counted: never the place to tell someone to slow down.
        const exempt = event.input.type === 'action' && event.input.action.type === 'start';
        if (deps.rateLimit && !exempt) {
          const kind: RateKind = event.input.type === 'action' ? 'click' : 'typed';
          const limited = throttle(await deps.rateLimit.check(`${event.platform}:${event.actor.id}`, kind));
          if (limited) return limited;
        }
        return await dispatch(event);
      } catch (err) {
        logger.error({ err: errorFields(err), platform: event.platform, thread: event.thread, input: event.input.type }, 'unexpected error while handling an event');
        return { replies: [notice('internal', 'Sorry, something went wrong on my side. It has been logged; please try again.')] };
      }
    },
  };
}

const SLOW_DOWN = 'You are sending messages faster than I can answer them well. Give me a few seconds, then ask again.';

/**
 * A flood gets one polite, private answer per window, then silence until it eases: never one
 * message per excess input. Silence is an empty outcome; adapters still acknowledge the command or
 * click the platform requires, without posting anything.
 */
function throttle(verdict: RateDecision): Outcome | undefined {
  if (verdict === 'ok') return undefined;
  if (verdict === 'limited') return { replies: [] };
  return { replies: [notice('rate-limited', SLOW_DOWN)] };
}

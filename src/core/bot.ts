import { randomBytes } from 'node:crypto';
import { decodeAction, type KnownIds } from './actions.js';
import { notice } from './make-reply.js';
import { SessionRepository } from './checklist/session-repository.js';
import { classify, splitCommand } from './conversation/classify.js';
import { Handlers } from './conversation/handlers.js';
import { route } from './conversation/routes.js';
import { ContextRepository, DEFAULT_CONTEXT_TTL_MS } from './conversation/thread-context.js';
import { viewThread } from './conversation/thread-view.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { cleanTyped } from './typed-text.js';
import { recorder } from './feedback.js';
import type { Action, BotMetrics, Clock, FeedbackLog, InboundEvent, Logger, Outcome, RateDecision, RateKind, RateLimit, SessionStore } from './types.js';
import { errorFields } from './errors.js';
import { NOTICE } from './texts.js';

export interface BotDeps {
  kb: KnowledgeBase;
  store: SessionStore;
  logger: Logger;
  clock?: Clock;
  /** Idle time after which a decision session expires. Default 24 h. */
  sessionTtlMs?: number;
  /** How long a thread remembers what it last answered, for follow-ups. Default 2 h. */
  contextTtlMs?: number;
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

export function createBot(deps: BotDeps): Bot {
  const { kb, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const handlers = new Handlers({
    kb,
    logger,
    clock,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    record: recorder(deps.feedback, logger),
    sessions: new SessionRepository(deps.store, kb, clock, deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS, logger),
    contexts: new ContextRepository(deps.store, deps.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS, logger),
    newId: deps.newId ?? (() => randomBytes(6).readUIntBE(0, 6).toString(36).slice(0, 8)),
  });

  const known = knownIds(kb);

  /** Reads the thread, then the routing table (input kind x thread state) picks the handler. */
  const dispatch = async (event: InboundEvent): Promise<Outcome> => {
    const { input } = event;
    // A shared channel is many people's conversation: no follow-ups are read across them.
    const view = await viewThread(handlers.deps, event.thread, event.place !== 'channel');
    if (input.type === 'action') return handlers.for(route('click', view.state))(event, view, '');
    const raw = input.text;
    if (raw.length > MAX_TEXT) {
      const reply = notice(
        'too-long',
        NOTICE['too-long'].tooLong(raw.length.toLocaleString('en-US'), MAX_TEXT.toLocaleString('en-US')),
      );
      return { replies: [reply] };
    }
    const text = cleanTyped(raw).trim();
    if (input.type === 'command') {
      const ephemeral = event.place === 'channel';
      if (input.name) return handlers.command(event, view, input.name, text, ephemeral);
      const parsed = splitCommand(text);
      return parsed ? handlers.command(event, view, parsed.name, parsed.rest, ephemeral) : handlers.ask(event, view, text, ephemeral);
    }
    return handlers.for(route(classify(text), view.state))(event, view, text);
  };

  return {
    kb,
    decode(raw) {
      const decoded = decodeAction(raw, known);
      return decoded.ok ? decoded.value : undefined;
    },
    async handle(event) {
      try {
        if (deps.rateLimit) {
          const kind: RateKind = event.input.type === 'action' ? 'click' : 'typed';
          const limited = throttle(await deps.rateLimit.check(`${event.platform}:${event.actor.id}`, kind));
          if (limited) return limited;
        }
        return await dispatch(event);
      } catch (err) {
        logger.error({ err: errorFields(err), platform: event.platform, thread: event.thread, input: event.input.type }, 'unexpected error while handling an event');
        return { replies: [notice('internal', NOTICE.internal.sorry)] };
      }
    },
  };
}

/** What a shortened button id can name: the knowledge base's ids, read once (content does not change while running). */
function knownIds(kb: KnowledgeBase): KnownIds {
  // Two checklists may ask the same criterion: one id, the options of both.
  const values = new Map<string, Set<string>>();
  for (const criterion of kb.checklists.flatMap((c) => c.criteria)) {
    const known = values.get(criterion.id) ?? new Set<string>();
    for (const option of criterion.options) known.add(option.value);
    values.set(criterion.id, known);
  }
  return {
    concepts: kb.concepts.map((c) => c.id),
    checklists: kb.checklists.map((c) => c.id),
    criteria: [...values.keys()],
    values: (criterion) => [...(values.get(criterion) ?? [])],
  };
}

/**
 * A flood gets one polite, private answer per window, then silence until it eases: never one
 * message per excess input. Silence is an empty outcome; adapters still acknowledge the command or
 * click the platform requires, without posting anything.
 */
function throttle(verdict: RateDecision): Outcome | undefined {
  if (verdict === 'ok') return undefined;
  if (verdict === 'limited') return { replies: [] };
  return { replies: [notice('rate-limited', NOTICE['rate-limited'].slowDown)] };
}

import * as z from 'zod';
import type { Logger, SessionStore } from '../types.js';
import { errorMessage } from '../errors.js';
import { PARTS, type Part, type ShownPart } from '../content/schema.js';

/** The longest question kept as asked: longer ones keep their start. */
const ASKED_CHARS = 300;

/**
 * What a thread remembers between two messages, beside its decision session: the concepts it
 * answered last (most recent first) and the last "did you mean" it offered, so "and what is kept
 * in it?" and "2" can be read against them. Same store and compare-and-set as sessions; a
 * distinct key namespace (`ctx:`), so memory, SQLite and Redis need nothing new.
 */
const contextSchema = z.object({
  v: z.literal(1),
  concepts: z.array(z.string()).max(5),
  offer: z.array(z.string()).max(5).optional(),
  /** The words (filler dropped) of the message the last answer was for, when it did not name that answer: a pronoun may stand for them. */
  said: z.array(z.string().max(40)).max(12).optional(),
  /**
   * The question the last answer (`concepts[0]`) was for, as asked: "and kubernetes?" asks it again of another name,
   * and "the second one" after "x vs y" is y.
   */
  asked: z.string().max(ASKED_CHARS).optional(),
  /** The deeper parts of the last answer (`concepts[0]`) shown since its body: "tell me more" shows another. */
  parts: z.array(z.enum(PARTS)).max(PARTS.length).optional(),
  /** The words in `said` got no answer at all: the next question may rest on them. */
  unanswered: z.boolean().optional(),
  /**
   * The situation described so far, as a checklist's answers ("checklist/criterion" -> value), gathered over the
   * thread's statements ("two services share one server", then "downtime is fine"): "docker or kubernetes then?" is advised on all of it.
   */
  facts: z.record(z.string().max(80), z.string().max(40)).optional(),
  /** Last activity (ms): compared with a finished session's to know which came last. */
  at: z.number(),
});

export type ThreadContext = z.infer<typeof contextSchema>;

export interface LoadedContext {
  context: ThreadContext | undefined;
  revision: number | null;
}

export const DEFAULT_CONTEXT_TTL_MS = 2 * 60 * 60 * 1000;
const REMEMBERED = 3;

export function contextKey(thread: string): string {
  return `ctx:${thread}`;
}

export class ContextRepository {
  constructor(
    private readonly store: SessionStore,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  /** An unreadable context is treated as none (and overwritten by the next write). Store errors propagate. */
  async load(thread: string): Promise<LoadedContext> {
    const stored = await this.store.get(contextKey(thread));
    if (!stored) return { context: undefined, revision: null };
    const parsed = contextSchema.safeParse(stored.value);
    return { context: parsed.success ? parsed.data : undefined, revision: stored.revision };
  }

  /**
   * Applies `change` with compare-and-set, re-reading once if another message in the thread moved
   * first. Context is a convenience: a failure is logged and the reply goes out regardless.
   */
  async update(thread: string, loaded: LoadedContext, change: (previous: ThreadContext | undefined) => ThreadContext): Promise<void> {
    try {
      let current = loaded;
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await this.store.compareAndSet(contextKey(thread), current.revision, change(current.context), this.ttlMs)) return;
        current = await this.load(thread);
      }
    } catch (err) {
      this.logger.warn({ thread, err: errorMessage(err) }, 'could not save the thread context');
    }
  }
}

/** What a thread keeps of an answer beside its concept. */
export interface AnswerKept {
  /** The words of the message answered, when it did not name the answer. */
  said?: readonly string[] | undefined;
  /** What a follow-up showed instead of the body (see answered). */
  part?: ShownPart | undefined;
  /** The question as asked. */
  asked?: string | undefined;
}

/**
 * The context after answering `concept`: it leads the list; the offer stays until a new one replaces it.
 * `part` is what a follow-up on it showed instead of the body (kept with the parts shown before it; its short
 * summary, or "nothing left", adds none); a full answer (no `part`) starts the parts afresh.
 */
export function answered(previous: ThreadContext | undefined, concept: string, now: number, { said, part, asked }: AnswerKept = {}): ThreadContext {
  const concepts = [concept, ...(previous?.concepts ?? []).filter((c) => c !== concept)].slice(0, REMEMBERED);
  const words = said && said.length > 0 ? { said: said.slice(0, 12).map((w) => w.slice(0, 40)) } : {};
  const question = asked !== undefined && asked.trim() !== '' ? { asked: asked.slice(0, ASKED_CHARS) } : {};
  const before = part !== undefined && previous?.concepts[0] === concept ? (previous.parts ?? []) : [];
  const parts = part === undefined || part === 'done' || part === 'short' ? before : [...before.filter((p) => p !== part), part];
  return { v: 1, concepts, ...(previous?.offer ? { offer: previous.offer } : {}), ...words, ...question, ...(parts.length > 0 ? { parts } : {}), at: now };
}

/** The context after a "did you mean": the candidates, in the order shown, become the thread's offer. */
export function offered(previous: ThreadContext | undefined, candidates: string[], now: number): ThreadContext {
  return { v: 1, concepts: previous?.concepts ?? [], offer: candidates, ...partsOf(previous), at: now };
}

/** The context after a message with no answer: its words, for the next question to rest on; the rest stays. */
export function stated(previous: ThreadContext | undefined, said: readonly string[], now: number): ThreadContext {
  return { v: 1, concepts: previous?.concepts ?? [], ...(previous?.offer ? { offer: previous.offer } : {}), said: said.slice(0, 12).map((w) => w.slice(0, 40)), unanswered: true, ...partsOf(previous), at: now };
}

/** Facts of a situation, keyed "checklist/criterion". */
export type SituationFacts = Record<string, string>;

/**
 * The next context with the situation's facts: those known before and the new ones said (a later one for the same
 * question wins). `facts` undefined: the message was about something else (a lookup question about another thing), and the situation ends.
 */
export function situated(next: ThreadContext, previous: ThreadContext | undefined, facts: SituationFacts | undefined): ThreadContext {
  if (facts === undefined) return next;
  const all = { ...(previous?.facts ?? {}), ...facts };
  const kept = Object.entries(all).slice(-12);
  return kept.length > 0 ? { ...next, facts: Object.fromEntries(kept) } : next;
}

/** The parts shown of the last answer stay while it stays the last answer. */
function partsOf(previous: ThreadContext | undefined): { parts?: Part[] } {
  return previous?.parts ? { parts: previous.parts } : {};
}

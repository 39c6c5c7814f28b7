import type { FeedbackEvent, FeedbackReport, LookupStatus, ReportQuery } from '../core/types.js';

/** Every outcome a question can have, in the order charts and tables list them. */
export const OUTCOMES: readonly LookupStatus[] = ['answer', 'clarify', 'unknown', 'outside', 'smalltalk'];

/** Misses that are coverage gaps: the bot had nothing to offer. (Clarify is an offer; small talk is no gap.) */
export const GAP_STATUSES = ['unknown', 'outside'] as const;

export const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 90;

/** Long pastes are cut: the start of a question is enough to group it and to write content for it. */
export const MAX_MISS_LENGTH = 300;

/** A question as typed, with only its outer and repeated whitespace removed and its length capped. */
export function questionText(question: string): string {
  return question.trim().replace(/\s+/g, ' ').slice(0, MAX_MISS_LENGTH);
}

// Words that carry no topic: "what is X" and "how do I X" ask for the same X.
const FILLER = new Set(
  'a an the is are was were be do does did can could should would will i we you it its my our your me us to of in on for with and or vs versus what whats how why when where which who about use using used get please tell explain mean means'.split(
    ' ',
  ),
);

/** Lower-cased words without filler or punctuation, plural `s` dropped, de-duplicated and sorted. */
export function normalisedWords(question: string): string {
  const words = question
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  const unique = [...new Set(words)].sort();
  return unique.length > 0 ? unique.join(' ') : questionText(question).toLowerCase();
}

/** Which row of coverage gaps a miss belongs to: its outside term, else its nearest concept, else its words. */
export function gapGroup(event: Extract<FeedbackEvent, { kind: 'miss' }>): string {
  const term = event.term?.trim().toLowerCase();
  if (term) return `term:${term}`;
  const nearest = event.nearest?.[0];
  if (nearest) return `near:${nearest}`;
  return `words:${normalisedWords(event.question)}`;
}

/** The key for "one vote per person per answer". */
export function voteAnswer(event: Extract<FeedbackEvent, { kind: 'vote' }>): string {
  return event.answer ?? event.concept;
}

/** A reason the event cannot be stored, or undefined; the recorder logs it instead of crashing. */
export function invalidEvent(event: FeedbackEvent): string | undefined {
  if (!Number.isFinite(event.at) || event.at < 0) return 'at must be a time in milliseconds';
  if (event.kind === 'step' && !(Number.isInteger(event.step) && event.step >= 1 && event.step <= 1000 && Number.isInteger(event.of) && event.of >= event.step)) {
    return 'step must be a whole number from 1 to its "of"';
  }
  if (event.kind === 'offer-taken' && !(Number.isInteger(event.rank) && event.rank >= 1 && event.rank <= 100)) return 'rank must be a whole number from 1';
  return undefined;
}

/** The UTC day of a time, as `YYYY-MM-DD`. */
export function dayOf(at: number): string {
  return new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** How many rows each list may hold: any number in, a whole number of at least 0 out. */
export function reportLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
}

export function emptyOutcomes(): Record<LookupStatus, number> {
  return { answer: 0, clarify: 0, unknown: 0, outside: 0, smalltalk: 0 };
}

export function isOutcome(value: unknown): value is LookupStatus {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/** Ties are broken by name so every store orders a report the same way. */
export function byCountThenName<T>(count: (item: T) => number, name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

/** Worst first: most net down votes, then most down votes, then by name. */
export function worstFirst(a: { concept: string; up: number; down: number }, b: { concept: string; up: number; down: number }): number {
  return b.down - b.up - (a.down - a.up) || b.down - a.down || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0);
}

/** Offered candidates and taken ones, per concept, most offered first. */
export function mergeOffers(offered: Map<string, number>, taken: Map<string, number>, n: number): FeedbackReport['offers']['concepts'] {
  const names = new Set([...offered.keys(), ...taken.keys()]);
  return [...names]
    .map((concept) => ({ concept, offered: offered.get(concept) ?? 0, taken: taken.get(concept) ?? 0 }))
    .sort(byCountThenName((r) => r.offered * 1e6 + r.taken, (r) => r.concept))
    .slice(0, n);
}

/**
 * Funnels from counters keyed `checklist\tstep` (sessions that reached the step; step 1 = started)
 * and `checklist\tverdict` (sessions whose first verdict it was), with each checklist's step count.
 */
export function funnelsFromCounts(reached: Map<string, number>, verdicts: Map<string, number>, of: Map<string, number>): FeedbackReport['funnels'] {
  const byChecklist = new Map<string, { steps: Map<number, number>; verdicts: Array<{ verdict: string; count: number }> }>();
  const entry = (checklist: string) => {
    let e = byChecklist.get(checklist);
    if (!e) byChecklist.set(checklist, (e = { steps: new Map(), verdicts: [] }));
    return e;
  };
  for (const [field, count] of reached) {
    const [checklist = '', step = '0'] = field.split('\t');
    if (count > 0) entry(checklist).steps.set(Number(step), count);
  }
  for (const [field, count] of verdicts) {
    const [checklist = '', verdict = ''] = field.split('\t');
    if (count > 0) entry(checklist).verdicts.push({ verdict, count });
  }
  const funnels = [...byChecklist].map(([checklist, e]) => {
    const last = Math.max(of.get(checklist) ?? 0, ...e.steps.keys());
    return {
      checklist,
      steps: Array.from({ length: last }, (_, i) => ({ step: i + 1, reached: e.steps.get(i + 1) ?? 0 })),
      verdicts: e.verdicts.sort(byCountThenName((v) => v.count, (v) => v.verdict)),
    };
  });
  return funnels.sort(byCountThenName((f) => f.steps[0]?.reached ?? 0, (f) => f.checklist));
}

/** Up and down votes per concept, worst first. */
export function votesFrom(up: Map<string, number>, down: Map<string, number>, n: number): FeedbackReport['votes'] {
  return [...new Set([...up.keys(), ...down.keys()])]
    .map((concept) => ({ concept, up: up.get(concept) ?? 0, down: down.get(concept) ?? 0 }))
    .filter((v) => v.up > 0 || v.down > 0)
    .sort(worstFirst)
    .slice(0, n);
}

/** The last `days` whole UTC days up to and including today: what the page and `archbot report` count. */
export function lastDays(days: number, now: number, limit: number): ReportQuery {
  const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { since: tomorrow - days * DAY_MS, until: tomorrow, limit };
}

/** A report with nothing in it, for a window where nothing was recorded. */
export function emptyReport(query: ReportQuery): FeedbackReport {
  return {
    since: query.since, until: query.until, perDay: [], outcomes: emptyOutcomes(), topics: [], gaps: [], outsideTerms: [],
    offers: { offered: 0, taken: 0, byRank: [], concepts: [] }, votes: [], funnels: [],
  };
}

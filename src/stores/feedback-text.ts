import type { FeedbackEvent, FeedbackReport } from '../core/types.js';

export type Counter = 'topics' | 'misses' | 'outside' | 'smalltalk' | 'up' | 'down';

/** What an event counts towards, and under which name: the concept, or the grouped question. */
export function counterOf(event: FeedbackEvent): { counter: Counter; subject: string } | undefined {
  switch (event.kind) {
    case 'asked':
      return { counter: 'topics', subject: event.concept };
    case 'miss':
      // Outside terms are grouped by term, whatever the wording; small talk is not a miss at all.
      if (event.status === 'outside') return { counter: 'outside', subject: event.term ?? missKey(event.question) };
      if (event.status === 'smalltalk') return { counter: 'smalltalk', subject: missKey(event.question) };
      return { counter: 'misses', subject: missKey(event.question) };
    case 'vote':
      return { counter: event.vote, subject: event.concept };
    default:
      // Offers taken, steps and verdicts are not counted by these logs (yet).
      return undefined;
  }
}

/** Long pastes are cut: the start of a question is enough to group it and to write content for it. */
export const MAX_MISS_LENGTH = 300;

/** How misses are grouped: lower-cased, trimmed, inner whitespace collapsed, length capped. */
export function missKey(question: string): string {
  return question.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_MISS_LENGTH);
}

/** `report(limit)` accepts any number; this is how many rows each list may hold. */
export function reportLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
}

export function emptyReport(): FeedbackReport {
  return { topics: [], misses: [], downVoted: [] };
}

/** Ties are broken by name so every store orders a report the same way. */
export function byCountThenName<T>(count: (item: T) => number, name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

/** The optional parts of a report, present only when something was recorded, so older readers see the same shape. */
export function extras(outside: Array<[string, number]>, smalltalk: number): Pick<FeedbackReport, 'outside' | 'smalltalk'> {
  return {
    ...(outside.length > 0 ? { outside: outside.map(([term, count]) => ({ term, count })) } : {}),
    ...(smalltalk > 0 ? { smalltalk } : {}),
  };
}

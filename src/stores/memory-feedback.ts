import type { FeedbackEvent, FeedbackLog, FeedbackReport } from '../core/types.js';
import { byCountThenName, counterOf, extras, reportLimit, type Counter } from './feedback-text.js';

/** Counts in maps, for the terminal and tests; gone when the process ends. */
export class MemoryFeedbackLog implements FeedbackLog {
  private readonly counts: Record<Counter, Map<string, number>> = {
    topics: new Map(),
    misses: new Map(),
    outside: new Map(),
    smalltalk: new Map(),
    up: new Map(),
    down: new Map(),
  };

  async record(event: FeedbackEvent): Promise<void> {
    const counted = counterOf(event);
    if (!counted) return;
    const { counter, subject } = counted;
    const map = this.counts[counter];
    map.set(subject, (map.get(subject) ?? 0) + 1);
  }

  async report(limit: number): Promise<FeedbackReport> {
    const n = reportLimit(limit);
    const { topics, misses, outside, smalltalk, up, down } = this.counts;
    return {
      topics: top(topics, n).map(([concept, count]) => ({ concept, count })),
      misses: top(misses, n).map(([question, count]) => ({ question, count })),
      downVoted: top(down, n).map(([concept, count]) => ({ concept, down: count, up: up.get(concept) ?? 0 })),
      ...extras(top(outside, n), n === 0 ? 0 : [...smalltalk.values()].reduce((a, b) => a + b, 0)),
    };
  }
}

function top(map: Map<string, number>, n: number): Array<[string, number]> {
  return [...map].sort(byCountThenName(([, c]) => c, ([k]) => k)).slice(0, n);
}

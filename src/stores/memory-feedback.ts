import type { FeedbackEvent, FeedbackLog, FeedbackReport } from '../core/types.js';
import { byCountThenName, missKey, reportLimit } from './feedback-text.js';

/** Counts in maps, for the terminal and tests; gone when the process ends. */
export class MemoryFeedbackLog implements FeedbackLog {
  private readonly topics = new Map<string, number>();
  private readonly misses = new Map<string, number>();
  private readonly votes = new Map<string, { up: number; down: number }>();

  async record(event: FeedbackEvent): Promise<void> {
    switch (event.kind) {
      case 'asked':
        bump(this.topics, event.concept);
        return;
      case 'miss':
        bump(this.misses, missKey(event.question));
        return;
      case 'vote': {
        const votes = this.votes.get(event.concept) ?? { up: 0, down: 0 };
        votes[event.vote] += 1;
        this.votes.set(event.concept, votes);
        return;
      }
    }
  }

  async report(limit: number): Promise<FeedbackReport> {
    const n = reportLimit(limit);
    return {
      topics: top(this.topics, n).map(([concept, count]) => ({ concept, count })),
      misses: top(this.misses, n).map(([question, count]) => ({ question, count })),
      downVoted: [...this.votes]
        .filter(([, v]) => v.down > 0)
        .map(([concept, v]) => ({ concept, down: v.down, up: v.up }))
        .sort(byCountThenName((r) => r.down, (r) => r.concept))
        .slice(0, n),
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: Map<string, number>, n: number): Array<[string, number]> {
  return [...map].sort(byCountThenName(([, c]) => c, ([k]) => k)).slice(0, n);
}

import type { Redis } from 'ioredis';
import type { FeedbackEvent, FeedbackLog, FeedbackReport } from '../core/types.js';
import { counterOf, emptyReport, extras, reportLimit, type Counter } from './feedback-text.js';
import { DEFAULT_REDIS_PREFIX } from './redis-store.js';

/**
 * Four sorted sets under `<prefix>feedback:`. Scores are stored negated (each event adds -1) so
 * that ZRANGE's natural order, score ascending then member ascending, is "most first, ties by name"
 * as in the other stores; `redis-cli ZRANGE archbot:feedback:topics 0 9 WITHSCORES` shows -count.
 */
export class RedisFeedbackLog implements FeedbackLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string = DEFAULT_REDIS_PREFIX,
  ) {}

  keyFor(counter: Counter): string {
    return `${this.prefix}feedback:${counter}`;
  }

  async record(event: FeedbackEvent): Promise<void> {
    // Scores are negated counts, so ZRANGE lists most first and ties by name, like the other stores.
    const counted = counterOf(event);
    if (!counted) return;
    const { counter, subject } = counted;
    await this.redis.zincrby(this.keyFor(counter), -1, subject);
  }

  async report(limit: number): Promise<FeedbackReport> {
    const n = reportLimit(limit);
    if (n === 0) return emptyReport();
    const [topics, misses, down, outside, smalltalk] = await Promise.all([
      this.top('topics', n),
      this.top('misses', n),
      this.top('down', n),
      this.top('outside', n),
      this.total('smalltalk'),
    ]);
    const up = down.length === 0 ? [] : await this.redis.zmscore(this.keyFor('up'), ...down.map(([concept]) => concept));
    return {
      topics: topics.map(([concept, count]) => ({ concept, count })),
      misses: misses.map(([question, count]) => ({ question, count })),
      downVoted: down.map(([concept, count], i) => ({ concept, down: count, up: countOf(up[i]) })),
      ...extras(outside, smalltalk),
    };
  }

  /** Every count of one counter added up (small talk is reported as a total, not by wording). */
  private async total(counter: Counter): Promise<number> {
    const reply: unknown = await this.redis.zrange(this.keyFor(counter), 0, '-1', 'WITHSCORES');
    return pairs(reply).reduce((sum, [, score]) => sum + countOf(score), 0);
  }

  private async top(counter: Counter, n: number): Promise<Array<[string, number]>> {
    const reply: unknown = await this.redis.zrange(this.keyFor(counter), 0, String(n - 1), 'WITHSCORES');
    const out: Array<[string, number]> = [];
    for (const [member, score] of pairs(reply)) {
      const count = countOf(score);
      if (count > 0) out.push([member, count]);
    }
    return out;
  }
}

/** WITHSCORES replies are flat [m, s, m, s] over RESP2 and [[m, s], …] over RESP3; both are read. */
function pairs(reply: unknown): Array<[string, unknown]> {
  if (!Array.isArray(reply)) return [];
  const flat: unknown[] = reply.flat();
  const out: Array<[string, unknown]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([String(flat[i]), flat[i + 1]]);
  return out;
}

/** A negated score back to a count; anything unreadable counts as none. */
function countOf(score: unknown): number {
  const count = -Number(score ?? 0);
  return Number.isFinite(count) && count > 0 ? count : 0;
}

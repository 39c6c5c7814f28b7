import { BoundedCache } from './bounded-cache.js';
import type { Clock, RateDecision, RateKind, RateLimit } from './types.js';

export type { RateDecision, RateKind };

/** Typed messages and commands per person per window, unless RATE_LIMIT says otherwise. */
export const DEFAULT_TYPED_LIMIT = 5;
/**
 * Clicks per person per window. A person answering a decision as fast as the bot replies clicks
 * about once a second; a script clicking in a loop reaches this within a moment, after which its
 * clicks are dropped before any store or platform call.
 */
export const DEFAULT_CLICK_LIMIT = 30;
export const DEFAULT_WINDOW_MS = 10_000;

export interface RateLimitOptions {
  /** Typed messages and commands allowed per key within `windowMs`. Default 5. */
  limit?: number;
  /** Clicks on the bot's own buttons allowed per key within `windowMs`. Default 30. */
  clickLimit?: number;
  /** Sliding window length. Default 10 s. */
  windowMs?: number;
  /** Most keys remembered at once; the least recently seen go first. Default 10,000. */
  maxKeys?: number;
  clock?: Clock;
}

interface Entry {
  /** Times of accepted events, oldest first; never longer than the kind's limit. */
  hits: number[];
  /** Whether this person has already been told, during the current flood. */
  told: boolean;
}

// Stale keys are swept a few at a time on each check, so no timer is needed and cost stays flat.
const SWEEP_PER_CHECK = 4;

/**
 * Sliding-window limiter per key (a user, a user in a channel). Refused events do not count
 * against the window, so someone who keeps typing gets through again as soon as their oldest
 * accepted message is `windowMs` old. Memory is bounded by `maxKeys` and by sweeping keys whose
 * window has emptied.
 */
export class RateLimiter implements RateLimit {
  private readonly limits: Record<RateKind, number>;
  private readonly windowMs: number;
  private readonly clock: Clock;
  // Setting on every check makes a key the most recent; beyond maxKeys the least recent goes.
  private readonly entries: BoundedCache<string, Entry>;

  constructor(options: RateLimitOptions = {}) {
    this.limits = { typed: options.limit ?? DEFAULT_TYPED_LIMIT, click: options.clickLimit ?? DEFAULT_CLICK_LIMIT };
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    const maxKeys = options.maxKeys ?? 10_000;
    this.clock = options.clock ?? Date.now;
    for (const limit of Object.values(this.limits)) {
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError('rate limit must be a whole number of at least 1');
    }
    if (!(this.windowMs > 0)) throw new RangeError('rate limit window must be more than 0 ms');
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('rate limit maxKeys must be a whole number of at least 1');
    this.entries = new BoundedCache(maxKeys);
  }

  check(key: string, kind: RateKind = 'typed'): RateDecision {
    const now = this.clock();
    this.sweep(now);
    // Typed messages and clicks are counted apart: a flood of one never holds back the other.
    const slot = kind === 'typed' ? key : `click\u0000${key}`;
    const entry = this.entries.get(slot) ?? { hits: [], told: false };
    this.entries.set(slot, entry);
    this.forgetOld(entry, now);
    if (entry.hits.length < this.limits[kind]) {
      entry.hits.push(now);
      entry.told = false;
      return 'ok';
    }
    if (entry.told) return 'limited';
    entry.told = true;
    return 'limited-first';
  }

  /** Keys currently remembered (for tests and a gauge). */
  get size(): number {
    return this.entries.size;
  }

  private forgetOld(entry: Entry, now: number): void {
    const cutoff = now - this.windowMs;
    let drop = 0;
    while (drop < entry.hits.length && (entry.hits[drop] ?? now) <= cutoff) drop += 1;
    if (drop > 0) entry.hits.splice(0, drop);
  }

  private sweep(now: number): void {
    let looked = 0;
    for (const [key, entry] of this.entries.oldestFirst()) {
      if (looked >= SWEEP_PER_CHECK) break;
      looked += 1;
      const newest = entry.hits[entry.hits.length - 1];
      if (newest === undefined || newest <= now - this.windowMs) this.entries.delete(key);
    }
  }
}

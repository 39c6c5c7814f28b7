// Feedback and misses: what content authors read to know what to write next, and the bounds on
// how often a person may ask.

import type { PlatformName } from './types.js';

/** How a question was resolved. */
export type LookupStatus = 'answer' | 'clarify' | 'unknown' | 'outside' | 'smalltalk';

/**
 * One thing worth counting. `user` is already a one-way hash; the raw platform id never reaches a
 * store. A `miss` with status `clarify` is a did-you-mean offer (`nearest` holds its candidates).
 */
export type FeedbackEvent =
  | { kind: 'asked'; at: number; platform: PlatformName; user: string; concept: string }
  | { kind: 'miss'; at: number; platform: PlatformName; user: string; status: Exclude<LookupStatus, 'answer'>; question: string; term?: string; nearest?: string[] }
  | { kind: 'vote'; at: number; platform: PlatformName; user: string; concept: string; vote: 'up' | 'down'; answer?: string }
  | { kind: 'offer-taken'; at: number; platform: PlatformName; user: string; concept: string; rank: number }
  | { kind: 'step'; at: number; platform: PlatformName; user: string; session: string; checklist: string; step: number; of: number }
  | { kind: 'verdict'; at: number; platform: PlatformName; user: string; session: string; checklist: string; verdict: string };

/** Which events a report covers: `since <= at < until` (ms), and how many rows each list may hold. */
export interface ReportQuery {
  since: number;
  until: number;
  limit: number;
}

/**
 * The one aggregation behind `archbot report`, `archbot insights` and the /insights page, so they
 * agree on every number. Every list is sorted most first, ties by name. Never holds a user id.
 */
export interface FeedbackReport {
  since: number;
  until: number;
  /** Questions per UTC day (`YYYY-MM-DD`) and outcome; days and outcomes with none are left out. */
  perDay: Array<{ day: string; outcome: LookupStatus; count: number }>;
  /** Questions in the window by outcome (small talk counted apart from misses). */
  outcomes: Record<LookupStatus, number>;
  /** Concepts answered most often. */
  topics: Array<{ concept: string; count: number }>;
  /**
   * Questions answered "I don't know" or "outside", grouped so rephrasings of one need share a row:
   * by the outside term, else the nearest concept, else the normalised words.
   */
  gaps: Array<{ group: string; count: number; examples: string[]; nearest: string[]; term?: string }>;
  /** Terms from outside the knowledge base that people asked about most. */
  outsideTerms: Array<{ term: string; count: number }>;
  /** Did-you-mean: offers made, candidates taken, by position and by concept. */
  offers: {
    offered: number;
    taken: number;
    byRank: Array<{ rank: number; count: number }>;
    concepts: Array<{ concept: string; offered: number; taken: number }>;
  };
  /** Votes per concept, one per person per answer (the last counts), worst (most net down) first. */
  votes: Array<{ concept: string; up: number; down: number }>;
  /** Per checklist: sessions that reached each step (step 1 = started) and their verdicts. */
  funnels: Array<{ checklist: string; steps: Array<{ step: number; reached: number }>; verdicts: Array<{ verdict: string; count: number }> }>;
}

/** Where feedback is kept and counted. Implemented by every store; events older than its retention are dropped. */
export interface FeedbackLog {
  /**
   * `background`: the caller does not wait for the write (the bot, recording as it answers), so a
   * store may hold it back a moment to write it together with others.
   */
  record(event: FeedbackEvent, options?: { background?: boolean }): Promise<void>;
  report(query: ReportQuery): Promise<FeedbackReport>;
  close?(): Promise<void>;
}

/** What the core counts; the server backs it with Prometheus. Every method is cheap and never throws. */
export interface BotMetrics {
  lookup(status: LookupStatus): void;
  session(event: 'started' | 'completed' | 'expired'): void;
}

/**
 * - `ok`: go ahead;
 * - `limited-first`: over the limit; tell the person once ("slow down a little");
 * - `limited`: still over the limit; drop silently, so a flood never becomes a flood of notices.
 */
export type RateDecision = 'ok' | 'limited-first' | 'limited';

/**
 * What is being counted. `typed`: text and commands a person sends (RATE_LIMIT). `click`: clicks on
 * the bot's own buttons, which the session's compare-and-set already bounds, so they get their own,
 * much higher bound that only a script reaches.
 */
export type RateKind = 'typed' | 'click';

/**
 * Per-user flood control. May answer asynchronously (a limit shared by replicas lives in Redis);
 * an implementation that cannot reach its backing store answers from a local fallback, never throws.
 */
export interface RateLimit {
  check(key: string, kind: RateKind): RateDecision | Promise<RateDecision>;
}

// The core's vocabulary: what adapters hand in, what they get back, and the ports they implement.
// Nothing here knows about Slack, Discord or a terminal; a test enforces that src/core imports no SDK.

export type PlatformName = 'terminal' | 'slack' | 'discord';

/** Who did something. `name` is for display only; `id` is what the core records. */
export interface Actor {
  id: string;
  name?: string;
}

/**
 * Where the event happened, as far as conversation shape goes:
 * - `dm`: only the bot and the user (a DM, the terminal);
 * - `thread`: a thread that replies can go into (a Slack thread, the thread under a Slack mention,
 *   a Discord thread channel);
 * - `channel`: a shared channel outside any thread. A checklist started here asks the adapter to
 *   open a thread first (see `Outcome.openThread`).
 */
export type Place = 'dm' | 'thread' | 'channel';

export type CommandName = 'ask' | 'decide' | 'topics' | 'help';

/** A click on one of the bot's own choices, decoded by `decodeAction`. */
export type Action =
  | { type: 'answer'; session: string; criterion: string; value: string }
  | { type: 'why'; session: string; criterion: string }
  /** "Why this verdict?": each answer and the rule it triggered. */
  | { type: 'explain'; session: string }
  /** `answered`: how many answers the session had when the button was drawn, so a second click is stale. */
  | { type: 'back'; session: string; answered?: number }
  | { type: 'cancel'; session: string }
  | { type: 'continue'; session: string }
  | { type: 'restart'; checklist: string }
  | { type: 'start'; checklist: string }
  | { type: 'topic'; concept: string }
  | { type: 'share'; concept: string }
  | { type: 'feedback'; concept: string; vote: 'up' | 'down' };

export type Input =
  /** Typed text: a mention, a DM, a message in a session's thread, a terminal line. */
  | { type: 'text'; text: string }
  /**
   * A command: `/arch …` on a platform. `name` is set where the platform parsed a subcommand
   * (Discord); otherwise the core reads the first word of `text`.
   */
  | { type: 'command'; name?: CommandName; text: string }
  /** A click on a choice the bot rendered. */
  | { type: 'action'; action: Action };

export interface InboundEvent {
  platform: PlatformName;
  /** Neutral thread id such as `slack:T1:C1:1712.44`, `discord:G1:C1:T9`, `terminal:local`. */
  thread: string;
  place: Place;
  actor: Actor;
  input: Input;
}

// ---------------------------------------------------------------------------------------------
// Replies: one neutral model that every adapter renders.

export type ReplyKind =
  | 'answer'
  | 'clarify'
  | 'unknown'
  | 'outside'
  | 'smalltalk'
  | 'topics'
  | 'help'
  | 'question'
  | 'answered'
  | 'why'
  | 'verdict'
  | 'notice';

/** How choices are grouped when rendered (one row or block of buttons per group). */
export type ChoiceGroup = 'options' | 'navigation' | 'related' | 'feedback' | 'share';

export interface Choice {
  label: string;
  action: Action;
  group: ChoiceGroup;
  style?: 'primary' | 'danger';
}

export interface Field {
  label: string;
  value: string;
}

/** A titled block of a reply body, such as "Reasons" or "Next steps" on a verdict. */
export interface Section {
  heading: string;
  /** Markdown subset: paragraphs, `- ` lists, `**bold**`, `` `code` ``. */
  text: string;
}

export interface Citation {
  concept: string;
  title: string;
  /** The article section the concept comes from. */
  source: string;
}

/** Stable codes for expected outcomes, so adapters and tests never match on wording. */
export type NoticeCode =
  | 'stale'
  | 'expired'
  | 'no-session'
  | 'still-waiting'
  | 'session-exists'
  | 'cancelled'
  | 'bad-answer'
  | 'unknown-action'
  | 'too-long'
  | 'feedback-thanks'
  | 'rate-limited'
  | 'invalid-state'
  /** The session store cannot be reached: decisions are paused, plain questions still answered. */
  | 'unavailable'
  | 'internal';

export interface Reply {
  kind: ReplyKind;
  title?: string;
  /** Markdown subset, see `Section.text`. Never contains user text unescaped by the adapter. */
  body?: string;
  sections?: Section[];
  fields?: Field[];
  choices?: Choice[];
  citation?: Citation;
  /** For checklist questions: "3 of 6". */
  progress?: { step: number; total: number };
  /** Only the person who asked should see it, where the platform can do that. */
  ephemeral?: boolean;
  /** For notices. */
  code?: NoticeCode;
  /** Set when a shared answer is posted for everyone: who shared it. */
  sharedBy?: Actor;
  /** The person's own words shown back ("I don't know …"). Adapters escape it for their markup. */
  quote?: string;
  /** The concept this reply is about, for feedback and analytics. */
  concept?: string;
}

export interface Outcome {
  /** New messages, in order. */
  replies: Reply[];
  /** Replaces the message whose choice was clicked (Slack chat.update, Discord UPDATE_MESSAGE). */
  update?: Reply;
  /**
   * The conversation belongs in its own thread: post `replies` where the event came from, open a
   * thread on the first of them titled `title`, then dispatch `then` in that new thread.
   */
  openThread?: { title: string; then: Input };
}

// ---------------------------------------------------------------------------------------------
// Ports: the core defines them, adapters and stores implement them.

export interface StoredValue {
  value: unknown;
  revision: number;
}

/**
 * Key-value state with optimistic concurrency. Values are plain JSON; the core validates what it
 * reads. `compareAndSet` with `expected: null` creates only if absent; it returns false when the
 * stored revision is not `expected` (someone else moved first) and true with the write done.
 */
export interface SessionStore {
  get(key: string): Promise<StoredValue | undefined>;
  compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  close?(): Promise<void>;
}

/** A running platform connection (Slack, Discord, terminal). */
export interface Platform {
  readonly name: PlatformName;
  start(): Promise<void>;
  stop(): Promise<void>;
  isReady(): boolean;
}

export type Clock = () => number;

export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Expected failures are values, not exceptions. */
export type Result<T, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: C; message: string };

// ---------------------------------------------------------------------------------------------
// Feedback and misses: what content authors read to know what to write next.

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
  record(event: FeedbackEvent): Promise<void>;
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

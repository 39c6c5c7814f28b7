// The core's vocabulary: what adapters hand in, what they get back, and the ports they implement.
// Nothing here knows which chat platforms exist: a test enforces that src/core imports no SDK and
// names no platform, so adding one is a folder under src/adapters and a line in its registry.

import type { SharedPart } from './content/schema.js';

/** A platform's name as its adapter gives it (the descriptor's `name`): an open string, never a list here. */
export type PlatformName = string;

/** Who did something. `name` is for display only; `id` is what the core records. */
export interface Actor {
  id: string;
  name?: string;
}

/**
 * Where the event happened, as far as conversation shape goes:
 * - `dm`: only the bot and the user (a direct message, a local console);
 * - `thread`: a thread that replies can go into (a thread under a message, a thread channel);
 * - `channel`: a shared channel outside any thread. A checklist started here asks the adapter to
 *   open a thread first (see `Outcome.openThread`).
 */
export type Place = 'dm' | 'thread' | 'channel';

export type CommandName = 'ask' | 'decide' | 'topics' | 'help';

/** A click on one of the bot's own choices, decoded by `decodeAction`. */
export type Action =
  | { type: 'answer'; session: string; criterion: string; value: string }
  /** `checklist` names whose criterion it is (ids may repeat across checklists); buttons of older builds lack it. */
  | { type: 'why'; session: string; criterion: string; checklist?: string }
  /** "Why this verdict?": each answer and the rule it triggered. */
  | { type: 'explain'; session: string }
  /** `answered`: how many answers the session had when the button was drawn, so a second click is stale. */
  | { type: 'back'; session: string; answered?: number }
  | { type: 'cancel'; session: string }
  | { type: 'continue'; session: string }
  | { type: 'restart'; checklist: string }
  | { type: 'start'; checklist: string }
  | { type: 'topic'; concept: string }
  /** `part`: the deeper part (or short summary) the shared reply showed, posted as shown rather than the whole answer. */
  | { type: 'share'; concept: string; part?: SharedPart }
  | { type: 'feedback'; concept: string; vote: 'up' | 'down' };

export type Input =
  /** Typed text: a mention, a DM, a message in a session's thread, a console line. */
  | { type: 'text'; text: string }
  /**
   * A command: `/arch …` on a platform. `name` is set where the platform parsed a subcommand
   * itself (as typed options); otherwise the core reads the first word of `text`.
   */
  | { type: 'command'; name?: CommandName; text: string }
  /** A click on a choice the bot rendered. */
  | { type: 'action'; action: Action };

export interface InboundEvent {
  platform: PlatformName;
  /**
   * Neutral thread id: the platform's name, then whatever the adapter needs to find the place again,
   * such as `chat:W1:C1:1712.44` or `console:local`. The core only compares and stores it.
   */
  thread: string;
  place: Place;
  actor: Actor;
  input: Input;
}

export type * from './reply.js';
export type * from './feedback-types.js';

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
  /**
   * True for a store in this process (SQLite, memory): each call has done its work by the time it
   * returns, so nothing can wait on it and a timeout around it could never fire first.
   */
  readonly inProcess?: boolean;
  get(key: string): Promise<StoredValue | undefined>;
  compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  close?(): Promise<void>;
}

/** A running platform connection (a chat service, a local console). */
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


import type { FeedbackEvent } from '../core/types.js';
import { afterTwoTurns } from './after-two-turns.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface Pending {
  event: FeedbackEvent;
  done: () => void;
  failed: (err: unknown) => void;
}

export interface FeedbackBatchOptions {
  /**
   * Least time from one commit to the next, in ms, for events recorded in the background (nobody
   * waits for them): within it, such an event waits for the next commit instead of making its own.
   * 0 (the default): every batch is committed two turns after its first event.
   */
  spacingMs?: number;
  /** Monotonic milliseconds. */
  now?: () => number;
}

/**
 * Feedback writes gathered and committed in one transaction, after the replies they belong to went
 * out. A commit is most of a write's cost (a dozen file-lock and write system calls, and the pages a
 * checkpoint copies later), so twenty questions arriving at once cost about one commit instead of
 * twenty, and no question waits for its own. A batch is committed two turns of the event loop after
 * its first event; with `spacingMs`, a batch of background events (the bot's, which nobody awaits)
 * no sooner than that long after the previous commit, so a bot answering a steady stream of
 * questions commits a few times a second, not once per question. An event someone waits for is
 * never held back. Each `add` settles once its event is committed; `flush` commits at once (before
 * a report reads, and at close, so nothing queued is lost on shutdown). One event the database
 * refuses fails alone: the others of its batch are written one by one.
 */
export class FeedbackBatch {
  private pending: Pending[] = [];
  private scheduled: { cancel(): void; waiting: boolean } | undefined;
  private readonly writeAll: (events: readonly FeedbackEvent[]) => void;
  private readonly spacingMs: number;
  private readonly now: () => number;
  private committedAt = -Infinity;

  constructor(
    db: SqliteDatabase,
    private readonly writeOne: (event: FeedbackEvent) => void,
    options: FeedbackBatchOptions = {},
  ) {
    // Nested inside this transaction, each event's own transaction becomes a savepoint.
    this.writeAll = db.transaction((events: readonly FeedbackEvent[]) => {
      for (const event of events) writeOne(event);
    });
    this.spacingMs = options.spacingMs ?? 0;
    this.now = options.now ?? (() => performance.now());
  }

  /** `background`: nobody waits for this event, so it may wait out the spacing. */
  add(event: FeedbackEvent, background = false): Promise<void> {
    return new Promise((done, failed) => {
      this.pending.push({ event, done, failed });
      // A held batch goes two turns from now when someone waits for this event, or when the
      // spacing is over: right after this event's reply rather than whenever the timer fires,
      // which may be while the next reply is being worked out.
      if (this.scheduled?.waiting && (!background || this.due() <= 0)) this.scheduled.cancel();
      else if (this.scheduled) return;
      this.scheduled = background ? this.schedule() : { ...afterTwoTurns(() => this.flush()), waiting: false };
    });
  }

  /** Commits everything queued now. */
  flush(): void {
    this.scheduled?.cancel();
    this.scheduled = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.committedAt = this.now();
    try {
      this.writeAll(batch.map((p) => p.event));
      for (const p of batch) p.done();
    } catch {
      for (const p of batch) this.retryAlone(p);
    }
  }

  /** Milliseconds until the next commit may happen (0 or less: now). */
  private due(): number {
    return this.committedAt + this.spacingMs - this.now();
  }

  private schedule(): { cancel(): void; waiting: boolean } {
    const wait = this.due();
    if (wait <= 0) return { ...afterTwoTurns(() => this.flush()), waiting: false };
    const timer = setTimeout(() => this.flush(), wait);
    return { cancel: () => clearTimeout(timer), waiting: true };
  }

  private retryAlone(p: Pending): void {
    try {
      this.writeOne(p.event);
      p.done();
    } catch (err) {
      p.failed(err);
    }
  }
}

import type { FeedbackEvent } from '../core/types.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface Pending {
  event: FeedbackEvent;
  done: () => void;
  failed: (err: unknown) => void;
}

/**
 * Feedback writes gathered over two turns of the event loop and committed in one transaction, after
 * the replies of those turns went out. A commit is most of a write's cost, so twenty questions
 * arriving at once cost about one commit instead of twenty, and no question waits for its own. Each
 * `add` settles once its event is committed; `flush` commits at once (before a report reads, and at
 * close, so nothing queued is lost on shutdown). One event the database refuses fails alone: the
 * others of its batch are written one by one.
 *
 * Two turns, not one: discord.js (undici) writes a reply's request a turn after creating it, and a
 * commit at the next turn (100-200 µs) ran in between, on the way to every Discord reply (the reply
 * bench's timeline, 2026-12-06; Slack's calls, over node:http, are written in the turn they start).
 */
export class FeedbackBatch {
  private pending: Pending[] = [];
  private scheduled: { cancelled: boolean } | undefined;
  private readonly writeAll: (events: readonly FeedbackEvent[]) => void;

  constructor(
    db: SqliteDatabase,
    private readonly writeOne: (event: FeedbackEvent) => void,
  ) {
    // Nested inside this transaction, each event's own transaction becomes a savepoint.
    this.writeAll = db.transaction((events: readonly FeedbackEvent[]) => {
      for (const event of events) writeOne(event);
    });
  }

  add(event: FeedbackEvent): Promise<void> {
    return new Promise((done, failed) => {
      this.pending.push({ event, done, failed });
      this.scheduled ??= this.afterTwoTurns();
    });
  }

  /** Commits everything queued now. */
  flush(): void {
    if (this.scheduled) this.scheduled.cancelled = true;
    this.scheduled = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      this.writeAll(batch.map((p) => p.event));
      for (const p of batch) p.done();
    } catch {
      for (const p of batch) this.retryAlone(p);
    }
  }

  private afterTwoTurns(): { cancelled: boolean } {
    const turn = { cancelled: false };
    const flushUnlessDone = (): void => {
      if (!turn.cancelled) this.flush();
    };
    setImmediate(() => setImmediate(flushUnlessDone));
    return turn;
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

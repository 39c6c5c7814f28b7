import type { FeedbackEvent } from '../core/types.js';
import { afterTwoTurns } from './after-two-turns.js';
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
 */
export class FeedbackBatch {
  private pending: Pending[] = [];
  private scheduled: { cancel(): void } | undefined;
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
      this.scheduled ??= afterTwoTurns(() => this.flush());
    });
  }

  /** Commits everything queued now. */
  flush(): void {
    this.scheduled?.cancel();
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

  private retryAlone(p: Pending): void {
    try {
      this.writeOne(p.event);
      p.done();
    } catch (err) {
      p.failed(err);
    }
  }
}

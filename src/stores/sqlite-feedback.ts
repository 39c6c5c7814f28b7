import type { FeedbackEvent, FeedbackLog, FeedbackReport } from '../core/types.js';
import { counterOf, reportLimit } from './feedback-text.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface CountRow {
  subject: string;
  count: number;
}
interface VoteRow {
  subject: string;
  down: number;
  up: number;
}

function isCountRow(row: unknown): row is CountRow {
  const r = row as Partial<CountRow> | null;
  return typeof r?.subject === 'string' && typeof r.count === 'number';
}
function isVoteRow(row: unknown): row is VoteRow {
  const r = row as Partial<VoteRow> | null;
  return typeof r?.subject === 'string' && typeof r.down === 'number' && typeof r.up === 'number';
}

/**
 * Feedback as one row per event in the sessions' database file; `report` counts with GROUP BY.
 * Keeping events (with time and platform) rather than bare counters lets later reports slice by
 * period without a migration. `subject` is the concept, or the grouped question for a miss.
 */
export class SqliteFeedbackLog implements FeedbackLog {
  private readonly statements: ReturnType<typeof prepare>;

  constructor(db: SqliteDatabase) {
    this.statements = prepare(db);
  }

  async record(event: FeedbackEvent): Promise<void> {
    const counted = counterOf(event);
    if (!counted) return;
    const { subject } = counted;
    const vote = event.kind === 'vote' ? event.vote : null;
    this.statements.insert.run(event.at, event.kind, event.platform, event.user, subject, vote);
  }

  async report(limit: number): Promise<FeedbackReport> {
    const n = reportLimit(limit);
    const counts = (kind: 'asked' | 'miss') => this.statements.counts.all(kind, n).filter(isCountRow);
    return {
      topics: counts('asked').map((r) => ({ concept: r.subject, count: r.count })),
      misses: counts('miss').map((r) => ({ question: r.subject, count: r.count })),
      downVoted: this.statements.votes
        .all(n)
        .filter(isVoteRow)
        .map((r) => ({ concept: r.subject, down: r.down, up: r.up })),
    };
  }
}

function prepare(db: SqliteDatabase) {
  return {
    insert: db.prepare('INSERT INTO feedback (at, kind, platform, user, subject, vote) VALUES (?, ?, ?, ?, ?, ?)'),
    counts: db.prepare(
      `SELECT subject, COUNT(*) AS count FROM feedback WHERE kind = ?
       GROUP BY subject ORDER BY count DESC, subject ASC LIMIT ?`,
    ),
    votes: db.prepare(
      `SELECT subject, SUM(vote = 'down') AS down, SUM(vote = 'up') AS up FROM feedback WHERE kind = 'vote'
       GROUP BY subject HAVING down > 0 ORDER BY down DESC, subject ASC LIMIT ?`,
    ),
  };
}

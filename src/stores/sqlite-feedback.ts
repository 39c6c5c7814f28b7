import type { FeedbackEvent, FeedbackLog, FeedbackReport } from '../core/types.js';
import { counterOf, extras, reportLimit } from './feedback-text.js';
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
    const status = event.kind === 'miss' ? event.status : null;
    const term = event.kind === 'miss' ? (event.term ?? null) : null;
    this.statements.insert.run(event.at, event.kind, event.platform, event.user, subject, vote, status, term);
  }

  async report(limit: number): Promise<FeedbackReport> {
    const n = reportLimit(limit);
    const topics = this.statements.counts.all('asked', n).filter(isCountRow);
    const misses = this.statements.misses.all(n).filter(isCountRow);
    const outside = this.statements.outside.all(n).filter(isCountRow);
    const smalltalk = n === 0 ? 0 : Number((this.statements.smalltalk.get() as { count?: unknown } | undefined)?.count ?? 0);
    return {
      topics: topics.map((r) => ({ concept: r.subject, count: r.count })),
      misses: misses.map((r) => ({ question: r.subject, count: r.count })),
      downVoted: this.statements.votes
        .all(n)
        .filter(isVoteRow)
        .map((r) => ({ concept: r.subject, down: r.down, up: r.up })),
      ...extras(outside.map((r) => [r.subject, r.count]), smalltalk),
    };
  }
}

function prepare(db: SqliteDatabase) {
  return {
    insert: db.prepare('INSERT INTO feedback (at, kind, platform, user, subject, vote, status, term) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    // Rows written before `status` existed are clarify or unknown misses.
    misses: db.prepare(
      `SELECT subject, COUNT(*) AS count FROM feedback WHERE kind = 'miss' AND (status IS NULL OR status IN ('clarify', 'unknown'))
       GROUP BY subject ORDER BY count DESC, subject ASC LIMIT ?`,
    ),
    outside: db.prepare(
      `SELECT subject, COUNT(*) AS count FROM feedback WHERE kind = 'miss' AND status = 'outside'
       GROUP BY subject ORDER BY count DESC, subject ASC LIMIT ?`,
    ),
    smalltalk: db.prepare(`SELECT COUNT(*) AS count FROM feedback WHERE kind = 'miss' AND status = 'smalltalk'`),
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

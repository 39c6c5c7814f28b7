import type { FeedbackEvent, FeedbackLog, FeedbackReport, ReportQuery } from '../core/types.js';
import { DAY_MS, DEFAULT_RETENTION_DAYS, dayOf, emptyOutcomes, funnelsFromCounts, invalidEvent, isOutcome, mergeOffers, reportLimit, votesFrom } from './feedback-text.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { migrateFeedback } from './sqlite-feedback-schema.js';
import { prepareReport, type Row } from './sqlite-feedback-queries.js';
import { FeedbackBatch } from './sqlite-feedback-batch.js';
import { prepareWrite } from './sqlite-feedback-write.js';

export interface FeedbackLogOptions {
  /** Events older than this many days are deleted. */
  retentionDays?: number;
  clock?: () => number;
  /** Least time between two commits of feedback recorded in the background, in ms (see FeedbackBatch); 0 by default. */
  commitSpacingMs?: number;
}

/** Old rows are deleted at most this often while recording (and before every report). */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Feedback in the sessions' database file: one row per event, plus counts per UTC day kept as each
 * event is written. A report adds up the window's daily counts in SQL (a few thousand rows for 90
 * days, whatever the traffic) and reads events only for the example questions of the gaps shown.
 */
export class SqliteFeedbackLog implements FeedbackLog {
  private readonly writes: FeedbackBatch;
  private readonly deleteOld;
  private readonly queries;
  private readonly retentionMs: number;
  private readonly clock: () => number;
  private prunedAt = -Infinity;

  constructor(db: SqliteDatabase, options: FeedbackLogOptions = {}) {
    migrateFeedback(db);
    this.retentionMs = (options.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    this.clock = options.clock ?? Date.now;
    this.writes = new FeedbackBatch(db, prepareWrite(db), { spacingMs: options.commitSpacingMs ?? 0 });
    const old = ['feedback', 'feedback_votes', 'feedback_sessions'].map((table) => db.prepare(`DELETE FROM ${table} WHERE at < ?`));
    const oldDays = db.prepare('DELETE FROM feedback_daily WHERE day < ?');
    this.deleteOld = db.transaction((before: number) => {
      for (const statement of old) statement.run(before);
      oldDays.run(Math.floor(before / DAY_MS));
    });
    this.queries = prepareReport(db);
  }

  async record(event: FeedbackEvent, options: { background?: boolean } = {}): Promise<void> {
    const invalid = invalidEvent(event);
    if (invalid) throw new Error(`feedback ${event.kind} not recorded: ${invalid}`);
    this.pruneIfDue();
    return this.writes.add(event, options.background ?? false);
  }

  async report(query: ReportQuery): Promise<FeedbackReport> {
    // Counts what was recorded just before, too.
    this.writes.flush();
    this.pruneIfDue();
    const n = reportLimit(query.limit);
    // Whole UTC days, as Redis keeps them: the days the window touches, none before the retention.
    const from = Math.floor(Math.max(query.since, this.clock() - this.retentionMs) / DAY_MS);
    const to = Math.ceil(query.until / DAY_MS);
    const days = { from, to };
    const events = { since: from * DAY_MS, until: to * DAY_MS };
    const q = this.queries;
    const all = (name: 'offered' | 'taken' | 'byRank' | 'up' | 'down' | 'reached' | 'verdict' | 'of') => counts(q[name].all(days) as Row[]);

    const outcomes = emptyOutcomes();
    const perDay: FeedbackReport['perDay'] = [];
    for (const r of q.perDay.all(days) as Row[]) {
      if (!isOutcome(r.status)) continue;
      outcomes[r.status] += num(r.count);
      perDay.push({ day: dayOf(num(r.day) * DAY_MS), outcome: r.status, count: num(r.count) });
    }
    const gaps = (q.gaps.all({ ...days, n }) as Row[]).map((r) => {
      const group = str(r.name);
      const examples = (q.examples.all({ ...events, group }) as Row[]).map((e) => str(e.question));
      const latest = (q.latest.get({ ...events, group }) ?? {}) as Row;
      return { group, count: num(r.count), examples, nearest: parseList(latest.nearest), ...(latest.term ? { term: str(latest.term) } : {}) };
    });
    const byRank = [...all('byRank')].map(([rank, count]) => ({ rank: Number(rank), count })).sort((a, b) => a.rank - b.rank);
    return {
      since: query.since,
      until: query.until,
      perDay,
      outcomes,
      topics: (q.topics.all({ ...days, n }) as Row[]).map((r) => ({ concept: str(r.name), count: num(r.count) })),
      gaps,
      outsideTerms: (q.outsideTerms.all({ ...days, n }) as Row[]).map((r) => ({ term: str(r.name), count: num(r.count) })),
      offers: { offered: outcomes.clarify, taken: byRank.reduce((sum, r) => sum + r.count, 0), byRank, concepts: mergeOffers(all('offered'), all('taken'), n) },
      votes: votesFrom(all('up'), all('down'), n),
      funnels: funnelsFromCounts(all('reached'), all('verdict'), all('of')),
    };
  }

  /** Commits what is still queued; the database itself belongs to whoever opened it. */
  async close(): Promise<void> {
    this.writes.flush();
  }

  private pruneIfDue(): void {
    const now = this.clock();
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    this.deleteOld(now - this.retentionMs);
  }
}

function counts(rows: Row[]): Map<string, number> {
  return new Map(rows.map((r) => [str(r.name), num(r.count)]));
}
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0)) || 0;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
function parseList(v: unknown): string[] {
  if (typeof v !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

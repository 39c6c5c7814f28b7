import type { FeedbackEvent, FeedbackLog, FeedbackReport, ReportQuery } from '../core/types.js';
import {
  DAY_MS, DEFAULT_RETENTION_DAYS, dayOf, emptyOutcomes, funnelSteps, gapGroup, invalidEvent, isOutcome, mergeOffers,
  questionText, reportLimit, sortFunnels, voteAnswer,
} from './feedback-text.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { migrateFeedback } from './sqlite-feedback-schema.js';
import { prepareCount, prepareReport, type Row } from './sqlite-feedback-queries.js';

export interface FeedbackLogOptions {
  /** Events older than this many days are deleted. */
  retentionDays?: number;
  clock?: () => number;
}

/** Old rows are deleted at most this often while recording (and before every report). */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Feedback as one row per event in the sessions' database file; every report is counted by SQL
 * (GROUP BY over an index on kind and time), never by reading the rows into memory.
 */
export class SqliteFeedbackLog implements FeedbackLog {
  private readonly write;
  private readonly upsertVote;
  private readonly deleteOld;
  private readonly queries;
  private readonly retentionMs: number;
  private readonly clock: () => number;
  private prunedAt = -Infinity;

  constructor(private readonly db: SqliteDatabase, options: FeedbackLogOptions = {}) {
    migrateFeedback(db);
    this.retentionMs = (options.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    this.clock = options.clock ?? Date.now;
    const insert = db.prepare(
      `INSERT INTO feedback (at, kind, platform, user, subject, status, question, term, nearest, session, step, steps, rank, verdict)
       VALUES (@at, @kind, @platform, @user, @subject, @status, @question, @term, @nearest, @session, @step, @steps, @rank, @verdict)`,
    );
    const count = prepareCount(db);
    // The event and its daily counts are written together or not at all.
    this.write = db.transaction((row: Record<string, unknown>, counts: Array<[string, string]>) => {
      insert.run(row);
      const day = Math.floor(Number(row.at) / DAY_MS);
      for (const [metric, name] of counts) count.run(day, metric, name);
    });
    this.upsertVote = db.prepare(
      `INSERT INTO feedback_votes (user, answer, concept, vote, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user, answer) DO UPDATE SET concept = excluded.concept, vote = excluded.vote, at = excluded.at`,
    );
    const old = [db.prepare('DELETE FROM feedback WHERE at < ?'), db.prepare('DELETE FROM feedback_votes WHERE at < ?')];
    const oldDays = db.prepare('DELETE FROM feedback_daily WHERE day < ?');
    this.deleteOld = db.transaction((before: number) => {
      for (const statement of old) statement.run(before);
      oldDays.run(Math.floor(before / DAY_MS));
    });
    this.queries = prepareReport(db);
  }

  async record(event: FeedbackEvent): Promise<void> {
    const invalid = invalidEvent(event);
    if (invalid) throw new Error(`feedback ${event.kind} not recorded: ${invalid}`);
    this.pruneIfDue();
    if (event.kind === 'vote') {
      this.upsertVote.run(event.user, voteAnswer(event), event.concept, event.vote, event.at);
      return;
    }
    const { counts, ...columns } = rowOf(event);
    this.write({ ...EMPTY_ROW, ...columns, at: event.at, kind: event.kind, platform: event.platform, user: event.user }, counts);
  }

  async report(query: ReportQuery): Promise<FeedbackReport> {
    this.pruneIfDue();
    const n = reportLimit(query.limit);
    // Whole UTC days, as Redis keeps them: the days the window touches, none before the retention.
    const from = Math.floor(Math.max(query.since, this.clock() - this.retentionMs) / DAY_MS);
    const to = Math.ceil(query.until / DAY_MS);
    const w = { from, to, since: from * DAY_MS, until: to * DAY_MS, n };
    const q = this.queries;
    const outcomes = emptyOutcomes();
    const perDay: FeedbackReport['perDay'] = [];
    for (const r of q.perDay.all(w) as Row[]) {
      if (!isOutcome(r.status)) continue;
      outcomes[r.status] += num(r.count);
      perDay.push({ day: dayOf(num(r.day) * DAY_MS), outcome: r.status, count: num(r.count) });
    }
    const gaps = (q.gaps.all(w) as Row[]).map((r) => {
      const group = str(r.name);
      const examples = (q.examples.all({ since: w.since, until: w.until, group }) as Row[]).map((e) => str(e.question));
      const latest = (q.latest.get({ since: w.since, until: w.until, group }) ?? {}) as Row;
      return { group, count: num(r.count), examples, nearest: parseList(latest.nearest), ...(latest.term ? { term: str(latest.term) } : {}) };
    });
    const byRank = (q.byRank.all(w) as Row[]).map((r) => ({ rank: num(r.name), count: num(r.count) })).sort((a, b) => a.rank - b.rank);
    return {
      since: query.since,
      until: query.until,
      perDay,
      outcomes,
      topics: (q.topics.all(w) as Row[]).map((r) => ({ concept: str(r.name), count: num(r.count) })),
      gaps,
      outsideTerms: (q.outsideTerms.all(w) as Row[]).map((r) => ({ term: str(r.name), count: num(r.count) })),
      offers: {
        offered: outcomes.clarify,
        taken: byRank.reduce((sum, r) => sum + r.count, 0),
        byRank,
        concepts: mergeOffers(counts(q.offered.all(w) as Row[]), counts(q.taken.all(w) as Row[]), n),
      },
      votes: (q.votes.all({ since: w.since, until: w.until, n }) as Row[]).map((r) => ({ concept: str(r.name), up: num(r.up), down: num(r.down) })),
      funnels: this.funnels(w),
    };
  }

  async close(): Promise<void> {}

  private funnels(window: { since: number; until: number }): FeedbackReport['funnels'] {
    const w = { since: window.since, until: window.until };
    const byChecklist = new Map<string, { furthest: Map<number, number>; of: number; verdicts: Array<{ verdict: string; count: number }> }>();
    const entry = (checklist: string) => {
      let e = byChecklist.get(checklist);
      if (!e) byChecklist.set(checklist, (e = { furthest: new Map(), of: 0, verdicts: [] }));
      return e;
    };
    for (const r of this.queries.furthest.all(w) as Row[]) {
      const e = entry(str(r.name));
      e.furthest.set(num(r.step), num(r.count));
      e.of = Math.max(e.of, num(r.steps));
    }
    for (const r of this.queries.verdicts.all(w) as Row[]) entry(str(r.name)).verdicts.push({ verdict: str(r.verdict), count: num(r.count) });
    return sortFunnels([...byChecklist].map(([checklist, e]) => ({ checklist, steps: funnelSteps(e.furthest, e.of), verdicts: e.verdicts })));
  }

  private pruneIfDue(): void {
    const now = this.clock();
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    this.deleteOld(now - this.retentionMs);
  }
}

const EMPTY_ROW = { status: null, question: null, term: null, nearest: null, session: null, step: null, steps: null, rank: null, verdict: null };

type Columns = Partial<Record<keyof typeof EMPTY_ROW, string | number | null>> & { subject: string };

/** The columns an event fills besides time, kind, platform and user, and the daily counts it adds to. */
function rowOf(event: Exclude<FeedbackEvent, { kind: 'vote' }>): Columns & { counts: Array<[string, string]> } {
  switch (event.kind) {
    case 'asked':
      return { subject: event.concept, status: 'answer', counts: [['outcome', 'answer'], ['topic', event.concept]] };
    case 'miss': {
      const subject = gapGroup(event);
      const term = event.term?.trim().toLowerCase() || null;
      const counts: Array<[string, string]> = [['outcome', event.status]];
      if (event.status === 'unknown' || event.status === 'outside') counts.push(['gap', subject]);
      if (event.status === 'outside' && term) counts.push(['outside', term]);
      if (event.status === 'clarify') for (const c of event.nearest ?? []) counts.push(['offered', c]);
      return {
        counts,
        subject,
        status: event.status,
        question: questionText(event.question),
        term,
        nearest: event.nearest && event.nearest.length > 0 ? JSON.stringify(event.nearest) : null,
      };
    }
    case 'offer-taken':
      return { subject: event.concept, rank: event.rank, counts: [['taken', event.concept], ['rank', String(event.rank)]] };
    case 'step':
      return { subject: event.checklist, session: event.session, step: event.step, steps: event.of, counts: [] };
    case 'verdict':
      return { subject: event.checklist, session: event.session, verdict: event.verdict, counts: [] };
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

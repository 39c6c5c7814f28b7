import type { FeedbackEvent } from '../core/types.js';
import { DAY_MS, gapGroup, questionText, voteAnswer } from './feedback-text.js';
import type { SqliteDatabase } from './sqlite-database.js';

type Miss = Extract<FeedbackEvent, { kind: 'miss' }>;

/**
 * One transaction per event: the event row, and the daily counts it adds to, kept the way Redis
 * keeps its day keys, so both stores count alike. A vote replaces the person's earlier vote on
 * the same answer (its count moves); a session counts once at each step it first reaches, and
 * at its first verdict.
 */
export function prepareWrite(db: SqliteDatabase): (event: FeedbackEvent) => void {
  const insert = db.prepare(
    `INSERT INTO feedback (at, kind, platform, user, subject, status, question, term, nearest, session, step, steps, rank, verdict)
     VALUES (@at, @kind, @platform, @user, @subject, @status, @question, @term, @nearest, @session, @step, @steps, @rank, @verdict)`,
  );
  const add = db.prepare(
    `INSERT INTO feedback_daily (day, metric, name, count) VALUES (?, ?, ?, ?)
     ON CONFLICT (metric, day, name) DO UPDATE SET count = count + excluded.count`,
  );
  const atLeast = db.prepare(
    `INSERT INTO feedback_daily (day, metric, name, count) VALUES (?, ?, ?, ?)
     ON CONFLICT (metric, day, name) DO UPDATE SET count = MAX(count, excluded.count)`,
  );
  const lastVote = db.prepare('SELECT concept, vote, at FROM feedback_votes WHERE user = ? AND answer = ?');
  const putVote = db.prepare(
    `INSERT INTO feedback_votes (user, answer, concept, vote, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user, answer) DO UPDATE SET concept = excluded.concept, vote = excluded.vote, at = excluded.at`,
  );
  const session = db.prepare('SELECT furthest, verdict FROM feedback_sessions WHERE session = ?');
  const putSession = db.prepare(
    `INSERT INTO feedback_sessions (session, furthest, verdict, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session) DO UPDATE SET furthest = excluded.furthest, verdict = excluded.verdict, at = excluded.at`,
  );

  return db.transaction((event: FeedbackEvent) => {
    const day = Math.floor(event.at / DAY_MS);
    const count = (metric: string, name: string, by = 1) => add.run(day, metric, name, by);
    const row = { ...EMPTY_ROW, at: event.at, kind: event.kind, platform: event.platform, user: event.user };
    switch (event.kind) {
      case 'asked':
        insert.run({ ...row, subject: event.concept, status: 'answer' });
        count('outcome', 'answer');
        count('topic', event.concept);
        return;
      case 'miss':
        return recordMiss(event, row, insert, count);
      case 'offer-taken':
        insert.run({ ...row, subject: event.concept, rank: event.rank });
        count('taken', event.concept);
        count('rank', String(event.rank));
        return;
      case 'vote': {
        const before = lastVote.get(event.user, voteAnswer(event)) as { concept: string; vote: string; at: number } | undefined;
        if (before) add.run(Math.floor(before.at / DAY_MS), before.vote, before.concept, -1);
        putVote.run(event.user, voteAnswer(event), event.concept, event.vote, event.at);
        count(event.vote, event.concept);
        return;
      }
      case 'step': {
        insert.run({ ...row, subject: event.checklist, session: event.session, step: event.step, steps: event.of });
        const s = session.get(event.session) as { furthest: number; verdict: string | null } | undefined;
        const furthest = s?.furthest ?? 0;
        for (let k = furthest + 1; k <= event.step; k++) count('reached', `${event.checklist}\t${k}`);
        atLeast.run(day, 'of', event.checklist, event.of);
        putSession.run(event.session, Math.max(furthest, event.step), s?.verdict ?? null, event.at);
        return;
      }
      case 'verdict': {
        insert.run({ ...row, subject: event.checklist, session: event.session, verdict: event.verdict });
        const s = session.get(event.session) as { furthest: number; verdict: string | null } | undefined;
        if (!s?.verdict) count('verdict', `${event.checklist}\t${event.verdict}`);
        putSession.run(event.session, s?.furthest ?? 0, s?.verdict ?? event.verdict, event.at);
        return;
      }
    }
  });
}

const EMPTY_ROW = { status: null, question: null, term: null, nearest: null, session: null, step: null, steps: null, rank: null, verdict: null };

function recordMiss(event: Miss, row: typeof EMPTY_ROW & Record<string, unknown>, insert: { run(row: Record<string, unknown>): unknown }, count: (metric: string, name: string) => unknown): void {
  const subject = gapGroup(event);
  const term = event.term?.trim().toLowerCase() || null;
  insert.run({
    ...row,
    subject,
    status: event.status,
    question: questionText(event.question),
    term,
    nearest: event.nearest && event.nearest.length > 0 ? JSON.stringify(event.nearest) : null,
  });
  count('outcome', event.status);
  if (event.status === 'unknown' || event.status === 'outside') count('gap', subject);
  if (event.status === 'outside' && term) count('outside', term);
  if (event.status === 'clarify') for (const c of event.nearest ?? []) count('offered', c);
}

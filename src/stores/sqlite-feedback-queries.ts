import type { SqliteDatabase } from './sqlite-database.js';

/** A result row; each reader checks the fields it uses. */
export type Row = Record<string, unknown>;

// Every statement takes @since and @until (ms, half-open) and, for top-N lists, @n. Names are
// returned as `name` and counts as `count`; ties are ordered by name so every store agrees.
const WINDOW = 'at >= @since AND at < @until';

/** The statements behind one report, prepared once per database. */
export function prepareReport(db: SqliteDatabase) {
  const top = (where: string, column = 'subject') =>
    db.prepare(
      `SELECT ${column} AS name, COUNT(*) AS count FROM feedback WHERE ${where} AND ${WINDOW}
       GROUP BY ${column} ORDER BY count DESC, name ASC LIMIT @n`,
    );
  return {
    perDay: db.prepare(
      `SELECT at / ${86_400_000} AS day, status, COUNT(*) AS count FROM feedback
       WHERE kind IN ('asked', 'miss') AND ${WINDOW} GROUP BY day, status ORDER BY day, status`,
    ),
    topics: top(`kind = 'asked'`),
    outsideTerms: top(`kind = 'miss' AND status = 'outside' AND term IS NOT NULL`, 'term'),
    // The nearest concepts shown for a gap are those of its latest question.
    gaps: db.prepare(
      `SELECT subject AS name, COUNT(*) AS count, MAX(term) AS term,
         (SELECT f2.nearest FROM feedback f2 WHERE f2.kind = 'miss' AND f2.subject = f.subject
            AND f2.status IN ('unknown', 'outside') AND f2.at >= @since AND f2.at < @until ORDER BY f2.at DESC, f2.id DESC LIMIT 1) AS nearest
       FROM feedback f WHERE kind = 'miss' AND status IN ('unknown', 'outside') AND ${WINDOW}
       GROUP BY subject ORDER BY count DESC, name ASC LIMIT @n`,
    ),
    examples: db.prepare(
      `SELECT question, COUNT(*) AS count FROM feedback
       WHERE kind = 'miss' AND subject = @group AND status IN ('unknown', 'outside') AND ${WINDOW}
       GROUP BY question ORDER BY count DESC, question ASC LIMIT 2`,
    ),
    offered: db.prepare(
      `SELECT j.value AS name, COUNT(*) AS count FROM feedback, json_each(feedback.nearest) AS j
       WHERE kind = 'miss' AND status = 'clarify' AND nearest IS NOT NULL AND ${WINDOW} GROUP BY j.value`,
    ),
    taken: db.prepare(`SELECT subject AS name, COUNT(*) AS count FROM feedback WHERE kind = 'offer-taken' AND ${WINDOW} GROUP BY subject`),
    byRank: db.prepare(`SELECT rank, COUNT(*) AS count FROM feedback WHERE kind = 'offer-taken' AND ${WINDOW} GROUP BY rank ORDER BY rank`),
    votes: db.prepare(
      `SELECT concept AS name, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM feedback_votes WHERE ${WINDOW}
       GROUP BY concept ORDER BY down - up DESC, down DESC, name ASC LIMIT @n`,
    ),
    // Each session counts once, at the furthest step it reached in the window.
    furthest: db.prepare(
      `SELECT name, step, COUNT(*) AS count, MAX(steps) AS steps FROM
         (SELECT subject AS name, MAX(step) AS step, MAX(steps) AS steps FROM feedback WHERE kind = 'step' AND ${WINDOW} GROUP BY session, subject)
       GROUP BY name, step`,
    ),
    // A session's first verdict counts (SQLite returns the other columns of the MIN(id) row).
    verdicts: db.prepare(
      `SELECT name, verdict, COUNT(*) AS count FROM
         (SELECT subject AS name, verdict, MIN(id) FROM feedback WHERE kind = 'verdict' AND ${WINDOW} GROUP BY session, subject)
       GROUP BY name, verdict ORDER BY count DESC, verdict ASC`,
    ),
  };
}

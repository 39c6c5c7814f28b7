import type { SqliteDatabase } from './sqlite-database.js';

/** A result row; each reader checks the fields it uses. */
export type Row = Record<string, unknown>;

// Statements over the daily counts take @from and @to (UTC day numbers, half-open), as Redis adds up
// its day keys; those over events take @since and @until (ms). Top-N lists take @n. Names come back
// as `name`, counts as `count`; ties are ordered by name so every store agrees.
const DAYS = 'day >= @from AND day < @to';
const WINDOW = 'at >= @since AND at < @until';

/** The statements behind one report, prepared once per database. */
export function prepareReport(db: SqliteDatabase) {
  const summed = (metric: string, limit: boolean) =>
    db.prepare(
      `SELECT name, SUM(count) AS count FROM feedback_daily WHERE metric = '${metric}' AND ${DAYS}
       GROUP BY name HAVING count > 0 ORDER BY count DESC, name ASC${limit ? ' LIMIT @n' : ''}`,
    );
  return {
    perDay: db.prepare(`SELECT day, name AS status, count FROM feedback_daily WHERE metric = 'outcome' AND ${DAYS} AND count > 0 ORDER BY day, name`),
    topics: summed('topic', true),
    gaps: summed('gap', true),
    outsideTerms: summed('outside', true),
    offered: summed('offered', false),
    taken: summed('taken', false),
    byRank: summed('rank', false),
    // For the few gap groups shown: their most asked wordings and the nearest concepts of the latest.
    // (Named index: by time alone the planner would read every miss of the window for each group.)
    examples: db.prepare(
      `SELECT question, COUNT(*) AS count FROM feedback INDEXED BY feedback_miss_subject
       WHERE kind = 'miss' AND subject = @group AND status IN ('unknown', 'outside') AND ${WINDOW}
       GROUP BY question ORDER BY count DESC, question ASC LIMIT 2`,
    ),
    latest: db.prepare(
      `SELECT term, nearest FROM feedback INDEXED BY feedback_miss_subject WHERE kind = 'miss' AND subject = @group AND status IN ('unknown', 'outside') AND ${WINDOW}
       ORDER BY at DESC, id DESC LIMIT 1`,
    ),
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

/** Adds one to a day's count, creating the row on first use. */
export function prepareCount(db: SqliteDatabase) {
  return db.prepare(
    `INSERT INTO feedback_daily (day, metric, name, count) VALUES (?, ?, ?, 1)
     ON CONFLICT (metric, day, name) DO UPDATE SET count = count + 1`,
  );
}

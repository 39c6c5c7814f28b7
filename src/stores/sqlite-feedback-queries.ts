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
    up: summed('up', false),
    down: summed('down', false),
    reached: summed('reached', false),
    verdict: summed('verdict', false),
    of: db.prepare(`SELECT name, MAX(count) AS count FROM feedback_daily WHERE metric = 'of' AND ${DAYS} GROUP BY name`),
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
  };
}

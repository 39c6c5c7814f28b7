import { gapGroup, questionText } from './feedback-text.js';
import type { SqliteDatabase } from './sqlite-database.js';

/**
 * One row per event in `feedback` (votes apart, one row per person and answer, so the last vote
 * replaces the earlier ones). `subject` is what the event is about: the concept, the gap group of a
 * miss, or the checklist of a step or verdict.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  platform TEXT NOT NULL,
  user TEXT NOT NULL,
  subject TEXT NOT NULL,
  vote TEXT
);
CREATE TABLE IF NOT EXISTS feedback_sessions (
  session TEXT PRIMARY KEY,
  furthest INTEGER NOT NULL,
  verdict TEXT,
  at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback_votes (
  user TEXT NOT NULL,
  answer TEXT NOT NULL,
  concept TEXT NOT NULL,
  vote TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (user, answer)
);
`;

/** Columns added after the first release; an older database file gains them on open. */
const ADDED_COLUMNS: Array<[string, string]> = [
  ['status', 'TEXT'],
  ['question', 'TEXT'],
  ['term', 'TEXT'],
  ['nearest', 'TEXT'],
  ['session', 'TEXT'],
  ['step', 'INTEGER'],
  ['steps', 'INTEGER'],
  ['rank', 'INTEGER'],
  ['verdict', 'TEXT'],
];

/**
 * Counts per UTC day (day = at / 86400000) kept beside the events as they are recorded, so a
 * report over 90 days adds up a few thousand rows instead of grouping every event.
 * metric: outcome (name = status), topic, gap, outside, offered, taken, rank, up and down (name =
 * concept), reached (`checklist\tstep`), verdict (`checklist\tverdict`), of (count = steps).
 */
const DAILY = `
CREATE TABLE IF NOT EXISTS feedback_daily (
  day INTEGER NOT NULL,
  metric TEXT NOT NULL,
  name TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (metric, day, name)
) WITHOUT ROWID;
`;

/** The daily counts rebuilt from the events, for a file written before they existed. */
const REBUILD_DAILY = `
INSERT INTO feedback_daily (day, metric, name, count)
  SELECT at / 86400000, 'outcome', status, COUNT(*) FROM feedback WHERE kind IN ('asked', 'miss') GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, 'topic', subject, COUNT(*) FROM feedback WHERE kind = 'asked' GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, 'gap', subject, COUNT(*) FROM feedback WHERE kind = 'miss' AND status IN ('unknown', 'outside') GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, 'outside', term, COUNT(*) FROM feedback WHERE kind = 'miss' AND status = 'outside' AND term IS NOT NULL GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, 'taken', subject, COUNT(*) FROM feedback WHERE kind = 'offer-taken' GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, 'rank', rank, COUNT(*) FROM feedback WHERE kind = 'offer-taken' GROUP BY 1, 3
  UNION ALL SELECT f.at / 86400000, 'offered', j.value, COUNT(*) FROM feedback f, json_each(f.nearest) j
    WHERE f.kind = 'miss' AND f.status = 'clarify' AND f.nearest IS NOT NULL GROUP BY 1, 3
  UNION ALL SELECT at / 86400000, vote, concept, COUNT(*) FROM feedback_votes GROUP BY 1, 2, 3;
`;

const INDEXES = `
CREATE INDEX IF NOT EXISTS feedback_kind_at ON feedback (kind, at);
CREATE INDEX IF NOT EXISTS feedback_kind_subject ON feedback (kind, subject);
CREATE INDEX IF NOT EXISTS feedback_votes_at ON feedback_votes (at);
CREATE INDEX IF NOT EXISTS feedback_sessions_at ON feedback_sessions (at);
CREATE INDEX IF NOT EXISTS feedback_miss_subject ON feedback (subject, at) WHERE kind = 'miss';
`;

export function migrateFeedback(db: SqliteDatabase): void {
  db.exec(TABLES);
  const hadDaily = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feedback_daily'`).get() !== undefined;
  const have = new Set(
    db
      .prepare('PRAGMA table_info(feedback)')
      .all()
      .map((row) => (row as { name?: unknown }).name),
  );
  db.transaction(() => {
    for (const [name, type] of ADDED_COLUMNS) if (!have.has(name)) db.exec(`ALTER TABLE feedback ADD COLUMN ${name} ${type}`);
    if (!have.has('status')) upgradeOldRows(db);
    db.exec(DAILY);
    if (!hadDaily) db.exec(REBUILD_DAILY);
  })();
  db.exec(INDEXES);
}

/**
 * Rows written before outcomes were recorded: answered questions are `answer`, misses were clarify
 * or unknown and are kept as unknown; old votes move to one row per person and concept, last wins.
 */
function upgradeOldRows(db: SqliteDatabase): void {
  db.exec(`UPDATE feedback SET status = 'answer' WHERE kind = 'asked'`);
  const regroup = db.prepare(`UPDATE feedback SET status = 'unknown', question = ?, subject = ? WHERE id = ?`);
  for (const row of db.prepare(`SELECT id, subject FROM feedback WHERE kind = 'miss'`).all()) {
    const { id, subject } = row as { id: number; subject: string };
    const question = questionText(subject);
    regroup.run(question, gapGroup({ kind: 'miss', at: 0, platform: 'terminal', user: '', status: 'unknown', question }), id);
  }
  db.exec(`INSERT INTO feedback_votes (user, answer, concept, vote, at)
    SELECT user, subject, subject, vote, at FROM feedback WHERE kind = 'vote' ORDER BY at, id
    ON CONFLICT (user, answer) DO UPDATE SET concept = excluded.concept, vote = excluded.vote, at = excluded.at`);
  db.exec(`DELETE FROM feedback WHERE kind = 'vote'`);
}

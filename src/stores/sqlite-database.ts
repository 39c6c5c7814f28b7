import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { errorMessage } from '../core/errors.js';

export type SqliteDatabase = Database.Database;

export const SQLITE_FILE = 'archbot.db';

// The session table only: the feedback tables are created and migrated in sqlite-feedback-schema.ts.
// One b-tree, keyed by key (WITHOUT ROWID, no index on expires_at): every event writes here (the
// delivery claim, the thread's context), and each extra b-tree is another page per commit. On a
// shared disk that halved the pages written and took a write's p99 from 0.8-4 ms to about 0.1 ms
// (test/bench notes in the README). Expired rows are swept by key ranges instead (sqlite-store.ts).
const SESSIONS = `
CREATE TABLE IF NOT EXISTS sessions (
  key TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  revision INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
`;

/**
 * One row, rewritten by the background checkpoint worker to start the write-ahead log over on its own
 * thread (sqlite-checkpoints.ts); nothing reads it.
 */
export const WAL_RESTART_TABLE = 'wal_restart';
const WAL_RESTART = `CREATE TABLE IF NOT EXISTS ${WAL_RESTART_TABLE} (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);`;

const SESSION_COLUMNS = ['key', 'json', 'revision', 'expires_at'];

/** A file from before: its rows move to the new table, once, at open. */
function migrateSessions(db: Database.Database): void {
  const old = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sessions'`).pluck().get();
  if (typeof old === 'string' && /WITHOUT ROWID\s*$/i.test(old.trim())) return;
  if (old !== undefined) {
    // Someone else's table of that name is left alone, and the message says what it lacks.
    const have = new Set(db.prepare('PRAGMA table_info(sessions)').all().map((row) => (row as { name?: unknown }).name));
    const missing = SESSION_COLUMNS.filter((column) => !have.has(column));
    if (missing.length > 0) throw new Error(`table sessions has no column ${missing.join(', ')}`);
  }
  db.transaction(() => {
    if (old === undefined) {
      db.exec(SESSIONS);
      return;
    }
    db.exec('ALTER TABLE sessions RENAME TO sessions_before');
    db.exec(SESSIONS);
    db.exec('INSERT INTO sessions (key, json, revision, expires_at) SELECT key, json, revision, expires_at FROM sessions_before WHERE key IS NOT NULL');
    db.exec('DROP TABLE sessions_before');
  }).immediate();
}

/** The path of the database file inside `dataDir`, absolute, for messages and tests. */
export function sqlitePath(dataDir: string): string {
  return resolve(join(dataDir, SQLITE_FILE));
}

/**
 * Opens (creating if needed) the one database file that sessions and feedback share. WAL lets a
 * reader and a writer in different processes work at once; the busy timeout makes a second bot
 * process sharing the file wait for a lock instead of failing.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  const file = sqlitePath(dataDir);
  try {
    mkdirSync(resolve(dataDir), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      migrateSessions(db);
      db.exec(WAL_RESTART);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(`cannot open the SQLite database ${file} (DATA_DIR): ${reason}`, { cause: error });
  }
}

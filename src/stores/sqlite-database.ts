import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { errorMessage } from '../core/errors.js';

export type SqliteDatabase = Database.Database;

export const SQLITE_FILE = 'archbot.db';

// The session table only: the feedback tables are created and migrated in sqlite-feedback-schema.ts.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  key TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  revision INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_expires_at ON sessions (expires_at);
`;

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
      db.exec(SCHEMA);
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

import type { Clock, SessionStore, StoredValue } from '../core/types.js';
import { openDatabase, type SqliteDatabase } from './sqlite-database.js';
import { fromJson, toJson } from './stored-json.js';

export interface SqliteStoreOptions {
  clock?: Clock;
  /** Expired rows are swept after this many writes (and at open), so the file cannot grow forever. */
  purgeEveryWrites?: number;
}

interface Row {
  json: string;
  revision: number;
  expires_at: number;
}

function isRow(row: unknown): row is Row {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return typeof r.json === 'string' && typeof r.revision === 'number' && typeof r.expires_at === 'number';
}

function prepare(db: SqliteDatabase) {
  return {
    get: db.prepare('SELECT json, revision, expires_at FROM sessions WHERE key = ?'),
    dropExpired: db.prepare('DELETE FROM sessions WHERE key = ? AND expires_at <= ?'),
    // An expired row is replaced as if absent; its revision keeps counting up so a client still
    // holding the old revision can never write over the new session (no ABA).
    create: db.prepare(
      `INSERT INTO sessions (key, json, revision, expires_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (key) DO UPDATE SET json = excluded.json, revision = sessions.revision + 1,
         expires_at = excluded.expires_at
       WHERE sessions.expires_at <= ?`,
    ),
    update: db.prepare(
      `UPDATE sessions SET json = ?, revision = revision + 1, expires_at = ?
       WHERE key = ? AND revision = ? AND expires_at > ?`,
    ),
    delete: db.prepare('DELETE FROM sessions WHERE key = ?'),
    purge: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
  };
}

/**
 * Sessions in a SQLite file. Each compare-and-set is one statement, so it stays atomic even when
 * several bot processes share the file. An expired row counts as absent everywhere; it is deleted
 * when read and swept periodically.
 *
 * A row whose text is not JSON is returned as the raw string with its revision (see `fromJson`):
 * `get` never throws for bad data, and the core can overwrite it at that revision. A row without a
 * numeric revision or expiry is deleted and reads as absent.
 */
export class SqliteStore implements SessionStore {
  private readonly clock: Clock;
  private readonly purgeEvery: number;
  private writes = 0;
  private readonly statements: ReturnType<typeof prepare>;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteStoreOptions = {},
    private readonly ownsDb = false,
  ) {
    this.clock = options.clock ?? Date.now;
    this.purgeEvery = options.purgeEveryWrites ?? 500;
    this.statements = prepare(db);
    this.purge();
  }

  /** A store that owns its database: `close()` closes the file. */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
    return new SqliteStore(openDatabase(dataDir), options, true);
  }

  async get(key: string): Promise<StoredValue | undefined> {
    const row: unknown = this.statements.get.get(key);
    if (row === undefined) return undefined;
    if (!isRow(row)) {
      // Without a usable revision nothing could ever replace the row, so it goes.
      this.statements.delete.run(key);
      return undefined;
    }
    const now = this.clock();
    if (row.expires_at <= now) {
      this.statements.dropExpired.run(key, now);
      return undefined;
    }
    return { value: fromJson(row.json), revision: row.revision };
  }

  async compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean> {
    const json = toJson(value);
    const now = this.clock();
    const expiresAt = now + ttlMs;
    const result =
      expected === null
        ? this.statements.create.run(key, json, expiresAt, now)
        : this.statements.update.run(json, expiresAt, key, expected, now);
    if (++this.writes >= this.purgeEvery) this.purge();
    return result.changes === 1;
  }

  async delete(key: string): Promise<void> {
    this.statements.delete.run(key);
  }

  /** Deletes every expired row; returns how many. */
  purge(): number {
    this.writes = 0;
    return this.statements.purge.run(this.clock()).changes;
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}

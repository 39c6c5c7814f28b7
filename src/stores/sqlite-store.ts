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
    // The sweep's next stretch: the key SWEEP_ROWS rows on, or none when fewer are left.
    stretchEnd: db.prepare('SELECT key FROM sessions WHERE key > ? ORDER BY key LIMIT 1 OFFSET ?').pluck(),
    sweepTo: db.prepare('DELETE FROM sessions WHERE key > ? AND key <= ? AND expires_at <= ?'),
    sweepRest: db.prepare('DELETE FROM sessions WHERE key > ? AND expires_at <= ?'),
  };
}

/**
 * Rows the periodic sweep reads at a time. Sweeping every `purgeEveryWrites` writes, twice as many
 * rows are read as were written meanwhile (at most one new row per write), so the sweep comes round
 * faster than the table grows and an expired row stays at most one lap.
 */
const SWEEP_FACTOR = 2;

/**
 * Sessions in a SQLite file. Each compare-and-set is one statement, so it stays atomic even when
 * several bot processes share the file. An expired row counts as absent everywhere; it is deleted
 * when read, and swept: all at open, then one stretch of keys every `purgeEveryWrites` writes, so
 * no write pays for reading the whole table (there is no index on the expiry to find them by).
 *
 * A row whose text is not JSON is returned as the raw string with its revision (see `fromJson`):
 * `get` never throws for bad data, and the core can overwrite it at that revision. A row without a
 * numeric revision or expiry is deleted and reads as absent.
 */
export class SqliteStore implements SessionStore {
  /** better-sqlite3 is synchronous: every call has run by the time it returns. */
  readonly inProcess = true;
  private readonly clock: Clock;
  private readonly purgeEvery: number;
  private writes = 0;
  /** Where the next sweep starts: the last key the previous one reached ('' from the start). */
  private sweptTo = '';
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
    if (++this.writes >= this.purgeEvery) this.sweep();
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

  /** Deletes the expired rows of the next stretch of keys, starting over after the last. */
  private sweep(): void {
    this.writes = 0;
    const now = this.clock();
    const end: unknown = this.statements.stretchEnd.get(this.sweptTo, this.purgeEvery * SWEEP_FACTOR - 1);
    if (typeof end === 'string') {
      this.statements.sweepTo.run(this.sweptTo, end, now);
      this.sweptTo = end;
    } else {
      this.statements.sweepRest.run(this.sweptTo, now);
      this.sweptTo = '';
    }
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import type { InboundEvent } from '../../src/core/types.js';
import { openDatabase, sqlitePath } from '../../src/stores/sqlite-database.js';
import { lastDays } from '../../src/stores/feedback-text.js';
import { SqliteFeedbackLog } from '../../src/stores/sqlite-feedback.js';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { memoryLogger, realKb } from '../helpers/kb.js';
import { feedbackLogContract } from './feedback-log-contract.js';
import { tempDir } from './helpers/temp-dir.js';
import { sessionStoreContract } from './session-store-contract.js';
import { anyReply } from '../helpers/replies.js';
import { DECIDE } from '../helpers/decide.js';

/** Writes straight into the file, as a crash mid-write or a hand edit would. */
function corruptRow(dataDir: string, key: string, text: string): void {
  const db = new Database(sqlitePath(dataDir));
  db.prepare('UPDATE sessions SET json = ? WHERE key = ?').run(text, key);
  db.close();
}

sessionStoreContract('sqlite', { shared: true, corruptible: true }, async () => {
  const dir = tempDir();
  let now = 1_000_000;
  return {
    // Each instance has its own connection to the file, like two bot processes on one volume.
    open: async () => SqliteStore.open(dir.path, { clock: () => now }),
    advance: async (ms) => {
      now += ms;
    },
    corrupt: async (key, text) => corruptRow(dir.path, key, text),
    cleanup: async () => dir.remove(),
  };
});

feedbackLogContract('sqlite', async () => {
  const dir = tempDir();
  const dbs: Database.Database[] = [];
  return {
    open: async (options) => {
      const db = openDatabase(dir.path);
      dbs.push(db);
      return new SqliteFeedbackLog(db, options);
    },
    cleanup: async () => {
      for (const db of dbs) db.close();
      dir.remove();
    },
  };
});

describe('sqlite store on disk', () => {
  const dirs: Array<ReturnType<typeof tempDir>> = [];
  const fresh = () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir.path;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  const thread = 'discord:G1:C1:T9';
  const say = (text: string): InboundEvent => ({
    platform: 'discord',
    thread,
    place: 'thread',
    actor: { id: 'U1', name: 'alice' },
    input: { type: 'text', text },
  });

  it('resumes a decision after a restart: the same file, a new process', async () => {
    const dataDir = join(fresh(), 'nested', 'data');
    const before = SqliteStore.open(dataDir);
    const first = createBot({ kb: realKb(), store: before, logger: memoryLogger() });
    await first.handle(say(DECIDE));
    await first.handle(say('several'));
    await before.close();

    const after = SqliteStore.open(dataDir);
    const second = createBot({ kb: realKb(), store: after, logger: memoryLogger() });
    const status = await second.handle(say('status'));
    await after.close();
    expect(status.replies.map(anyReply)[0]?.progress).toEqual({ step: 2, total: 6 });
  });

  it('keeps feedback across a restart', async () => {
    const dataDir = fresh();
    const db = openDatabase(dataDir);
    await new SqliteFeedbackLog(db).record({ kind: 'asked', at: Date.now(), platform: 'terminal', user: 'h:1', concept: 'pod' });
    db.close();
    const reopened = openDatabase(dataDir);
    const report = await new SqliteFeedbackLog(reopened).report(lastDays(30, Date.now(), 5));
    reopened.close();
    expect(report.topics).toEqual([{ concept: 'pod', count: 1 }]);
  });

  it('sweeps expired rows so abandoned sessions do not pile up in the file', async () => {
    const dataDir = fresh();
    let now = 0;
    const store = SqliteStore.open(dataDir, { clock: () => now, purgeEveryWrites: 3 });
    await store.compareAndSet('session:old1', null, { a: 1 }, 10);
    await store.compareAndSet('session:old2', null, { a: 2 }, 10);
    now = 100;
    await store.compareAndSet('session:new', null, { a: 3 }, 1_000);
    const db = new Database(sqlitePath(dataDir), { readonly: true });
    const keys = db.prepare('SELECT key FROM sessions ORDER BY key').pluck().all();
    db.close();
    await store.close();
    expect(keys).toEqual(['session:new']);
  });

  it('sweeps in stretches: expired rows go however many rows the table holds, live ones stay', async () => {
    const dataDir = fresh();
    let now = 0;
    // Every 2 writes the sweep reads 4 rows on from where it stopped.
    const store = SqliteStore.open(dataDir, { clock: () => now, purgeEveryWrites: 2 });
    for (let i = 0; i < 10; i++) await store.compareAndSet(`once:old${i}`, null, 1, 10);
    now = 100;
    for (let i = 0; i < 10; i++) await store.compareAndSet(`ctx:live${i}`, null, { i }, 1_000);
    const db = new Database(sqlitePath(dataDir), { readonly: true });
    const keys = db.prepare('SELECT key FROM sessions ORDER BY key').pluck().all();
    db.close();
    await store.close();
    expect(keys).toEqual(Array.from({ length: 10 }, (_, i) => `ctx:live${i}`));
  });

  it('keeps the sessions of a file written by an earlier release (the table is rebuilt once, at open)', async () => {
    const dataDir = fresh();
    const old = openDatabase(dataDir);
    old.exec('DROP TABLE sessions');
    old.exec('CREATE TABLE sessions (key TEXT PRIMARY KEY, json TEXT NOT NULL, revision INTEGER NOT NULL, expires_at INTEGER NOT NULL)');
    old.exec('CREATE INDEX sessions_expires_at ON sessions (expires_at)');
    old.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?)').run('session:a', JSON.stringify({ step: 2 }), 7, Date.now() + 60_000);
    old.close();

    const store = SqliteStore.open(dataDir);
    expect(await store.get('session:a')).toEqual({ value: { step: 2 }, revision: 7 });
    expect(await store.compareAndSet('session:a', 7, { step: 3 }, 60_000)).toBe(true);
    await store.close();
    const db = new Database(sqlitePath(dataDir), { readonly: true });
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'sessions%' ORDER BY name`).pluck().all();
    db.close();
    expect(tables).toEqual(['sessions']);
  });

  it('drops a row whose revision is unreadable instead of blocking the thread', async () => {
    const dataDir = fresh();
    const store = SqliteStore.open(dataDir);
    await store.compareAndSet('session:x', null, { a: 1 }, 60_000);
    const db = new Database(sqlitePath(dataDir));
    db.prepare("UPDATE sessions SET revision = 'many' WHERE key = 'session:x'").run();
    db.close();
    expect(await store.get('session:x')).toBeUndefined();
    expect(await store.compareAndSet('session:x', null, { a: 2 }, 60_000)).toBe(true);
    await store.close();
  });

  it('refuses a value that is not JSON with a clear error', async () => {
    const store = SqliteStore.open(fresh());
    await expect(store.compareAndSet('session:x', null, undefined, 1_000)).rejects.toThrow(/must be JSON/);
    await store.close();
  });

  it('says which path it could not open when DATA_DIR is unusable', () => {
    const parent = fresh();
    const blocker = join(parent, 'not-a-dir');
    writeFileSync(blocker, 'x');
    expect(() => SqliteStore.open(blocker)).toThrow(/cannot open the SQLite database .*not-a-dir.*archbot\.db \(DATA_DIR\)/);
  });
});

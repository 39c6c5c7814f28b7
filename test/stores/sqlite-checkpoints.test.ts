import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStores, type OpenedStores } from '../../src/stores/open-stores.js';
import { memoryLogger } from '../helpers/kb.js';
import { until } from '../adapters/discord/helpers/until.js';
import { tempDir } from './helpers/temp-dir.js';

const dir = tempDir();
let stores: OpenedStores | undefined;
afterEach(async () => {
  await stores?.close();
  stores = undefined;
});
afterAll(() => dir.remove());

/** The sessions a copy of archbot.db alone holds (a backup that left the -wal file behind), or undefined while the copy is torn. */
function sessionsInCopyOf(file: string, copyDir: string): number | undefined {
  const copy = join(copyDir, 'archbot.db');
  copyFileSync(file, copy);
  try {
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM sessions WHERE key LIKE 'session:%'`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

describe('SQLite checkpoints while the bot runs', () => {
  it('copies what was just written into archbot.db itself, without waiting for the write-ahead log to reach 1,000 pages', async () => {
    const dataDir = join(dir.path, 'live');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    // 300 commits are about 300 pages of log: SQLite's own checkpoint would not run before 1,000.
    for (let i = 0; i < 300; i++) expect(await stores.store.compareAndSet(`session:t${i}`, null, { step: i }, 60_000)).toBe(true);

    const copyDir = join(dir.path, 'backup');
    mkdirSync(copyDir);
    const file = join(dataDir, 'archbot.db');
    const held = await until(() => sessionsInCopyOf(file, copyDir) === 300 && 300, () => `archbot.db alone to hold 300 sessions (holds ${sessionsInCopyOf(file, copyDir)})`, 10_000);
    expect(held).toBe(300);
    // Still the same store to the bot: every session reads back.
    expect((await stores.store.get('session:t299'))?.value).toEqual({ step: 299 });
  });

  it('leaves no write-ahead log behind at shutdown: the bot closes the file last', async () => {
    const dataDir = join(dir.path, 'closed');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000);
    await stores.close();
    stores = undefined;
    const copyDir = join(dir.path, 'closed-copy');
    mkdirSync(copyDir);
    expect(sessionsInCopyOf(join(dataDir, 'archbot.db'), copyDir)).toBe(1);
  });
});

// Every way the SQLite file can stop archbot at start-up names the file, so the person reading the
// message knows what to fix; and a file swapped under a running bot is said, not silently ignored.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores } from '../../src/stores/open-stores.js';
import { openDatabase, sqlitePath } from '../../src/stores/sqlite-database.js';
import { memoryLogger } from '../helpers/kb.js';
import { tempDir } from './helpers/temp-dir.js';

const dirs: Array<ReturnType<typeof tempDir>> = [];
const undo: Array<() => void> = [];
afterEach(() => {
  for (const u of undo.splice(0)) u();
  for (const d of dirs.splice(0)) d.remove();
});
function fresh(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

const open = (dataDir: string, logger = memoryLogger()) => openStores({ dataDir, kind: 'persistent', logger });

/**
 * Makes `file` unwritable. Permissions do not stop root, so as root the file is made immutable
 * (`chattr +i`, ext2/3/4, xfs, btrfs) instead.
 */
function makeReadOnly(file: string): void {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    undo.push(() => chmodSync(file, 0o644));
    return;
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`running as root, the read-only test needs chattr on a filesystem that supports it: ${String(error)}`);
  }
  undo.push(() => execFileSync('chattr', ['-i', file]));
}

describe('SQLite at start-up', () => {
  it('names the file when it is not a database', async () => {
    const dataDir = fresh();
    writeFileSync(join(dataDir, 'archbot.db'), 'these are not the pages you are looking for\n'.repeat(200));
    await expect(open(dataDir)).rejects.toThrow(`${sqlitePath(dataDir)} (DATA_DIR): file is not a database`);
  });

  it('names the file when it cannot be written', async () => {
    const dataDir = fresh();
    openDatabase(dataDir).close();
    makeReadOnly(sqlitePath(dataDir));
    await expect(open(dataDir)).rejects.toThrow(new RegExp(`${sqlitePath(dataDir)} \\(DATA_DIR\\): .*readonly`));
  });

  it('names the file when its tables belong to something else', async () => {
    const dataDir = fresh();
    const db = new Database(sqlitePath(dataDir));
    db.exec('CREATE TABLE sessions (key TEXT PRIMARY KEY, payload BLOB)');
    db.close();
    await expect(open(dataDir)).rejects.toThrow(new RegExp(`${sqlitePath(dataDir)} \\(DATA_DIR\\): .*expires_at`));
  });

  it('names the file when its directory cannot be created', async () => {
    const parent = fresh();
    writeFileSync(join(parent, 'a-file'), 'x');
    const dataDir = join(parent, 'a-file', 'data');
    await expect(open(dataDir)).rejects.toThrow(`${sqlitePath(dataDir)} (DATA_DIR)`);
  });
});

describe('SQLite under a running bot', () => {
  it('warns once, naming the file, when the database file is replaced by another', async () => {
    const dataDir = fresh();
    const logger = memoryLogger();
    const stores = await open(dataDir, logger);
    try {
      expect(await stores.health.sessions?.()).toBe(true);
      const file = sqlitePath(dataDir);
      copyFileSync(file, `${file}.restored`);
      renameSync(`${file}.restored`, file);
      await expect.poll(() => logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
        `the SQLite database ${file} was replaced by another file while archbot was running: what it writes now is lost at the next restart; restart archbot to use the file at that path`,
      ]);
      expect(await stores.health.sessions?.()).toBe(false);
      expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    } finally {
      await stores.close();
    }
  });

  it('warns, naming the file, when the database file is deleted (a cleanup job), while the bot keeps writing', async () => {
    const dataDir = fresh();
    const logger = memoryLogger();
    const stores = await open(dataDir, logger);
    try {
      const file = sqlitePath(dataDir);
      // Commits to the write-ahead log beside it are not a change to the file itself.
      for (let i = 0; i < 20; i++) await stores.store.compareAndSet(`session:w${i}`, null, { i }, 60_000);
      expect(logger.lines.filter((l) => l.level === 'warn')).toEqual([]);
      unlinkSync(file);
      await expect.poll(() => logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
        `the SQLite database ${file} was deleted while archbot was running: what it writes now is lost at the next restart; restart archbot to use the file at that path`,
      ]);
    } finally {
      await stores.close();
    }
  });
});

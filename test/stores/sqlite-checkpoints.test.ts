import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStores, type OpenedStores } from '../../src/stores/open-stores.js';
import { memoryLogger } from '../helpers/kb.js';
import { until } from '../helpers/until.js';
import { tempDir } from './helpers/temp-dir.js';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';

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

/** The write-ahead log's checkpoint sequence number and salts: SQLite changes them each time it starts the log over. */
function logGeneration(file: string): string {
  const fd = openSync(`${file}-wal`, 'r');
  try {
    const header = Buffer.alloc(12);
    readSync(fd, header, 0, 12, 12);
    return header.toString('hex');
  } finally {
    closeSync(fd);
  }
}

/** When the checkpoint worker last started the log over (its own row), read through a connection of the test's own. */
function lastRestart(file: string): number | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT at FROM wal_restart WHERE id = 1').get() as { at: number } | undefined;
    return row?.at;
  } finally {
    db.close();
  }
}

describe('the first message after a pause', () => {
  it('is committed to a log the worker has already started over, so the bot does not wait for a new log header to reach the disk', async () => {
    const dataDir = join(dir.path, 'pause');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    const file = join(dataDir, 'archbot.db');
    await stores.store.compareAndSet('session:before', null, { n: 1 }, 60_000);
    // The pause: the worker copies the log into the file, then starts the log over itself.
    await until(() => lastRestart(file) !== undefined, () => 'the worker to start the log over', 10_000);
    const generation = logGeneration(file);

    // The claim of the next message: appended to that log, not starting a new one.
    expect(await stores.store.compareAndSet('once:discord:1', null, 1, 60_000)).toBe(true);
    expect(logGeneration(file)).toBe(generation);
    expect((await stores.store.get('session:before'))?.value).toEqual({ n: 1 });
    const copyDir = join(dir.path, 'pause-copy');
    mkdirSync(copyDir);
    await until(() => sessionsInCopyOf(file, copyDir) === 1, () => 'archbot.db alone to hold the session', 10_000);
  });

  it('an idle bot leaves its files alone: nothing is checkpointed or rewritten while nothing is written', async () => {
    const dataDir = join(dir.path, 'idle');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    const file = join(dataDir, 'archbot.db');
    await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000);
    const restarted = await until(() => lastRestart(file), () => 'the worker to start the log over', 10_000);
    const files = (): string => [file, `${file}-wal`].map((f) => statSync(f).mtimeMs).join(' ');
    const before = files();
    // Two and a half of the worker's one-second ticks.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(files()).toBe(before);
    expect(lastRestart(file)).toBe(restarted);
  });
});

describe('two bots sharing one file', () => {
  it('settle once nothing is written: their checkpoint workers do not keep starting the log over for each other', async () => {
    const dataDir = join(dir.path, 'replicas');
    stores = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    const other = await openStores({ dataDir, kind: 'persistent', logger: memoryLogger() });
    try {
      const file = join(dataDir, 'archbot.db');
      await stores.store.compareAndSet('session:a', null, { a: 1 }, 60_000);
      await other.store.compareAndSet('session:b', null, { b: 1 }, 60_000);
      await until(() => lastRestart(file) !== undefined, () => 'a worker to start the log over', 10_000);
      // Both workers have had a tick to look at the other's restart.
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      const settled = [lastRestart(file), statSync(file).mtimeMs, statSync(`${file}-wal`).mtimeMs].join(' ');
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect([lastRestart(file), statSync(file).mtimeMs, statSync(`${file}-wal`).mtimeMs].join(' ')).toBe(settled);
      expect((await other.store.get('session:a'))?.value).toEqual({ a: 1 });
    } finally {
      await other.close();
    }
  }, 20_000);
});

describe('a bot whose start fails after the checkpoint worker started', () => {
  it('still says why and exits 1 (the worker never keeps it from ending, nor ends it early)', async () => {
    // A Slack Web API that takes the connection and hangs up 3 s later: the start fails after the
    // worker (2 s after the stores open) is running, and closing the stores waits for it.
    const sockets: Socket[] = [];
    const slow = createServer((socket) => {
      sockets.push(socket);
      setTimeout(() => socket.destroy(), 3_000);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const bin = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));
      const env = {
        PATH: process.env.PATH ?? '',
        ARCHBOT_ENV_FILE: 'none',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/api/`,
        DATA_DIR: join(dir.path, 'failing-start'),
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'error',
      };
      const child = spawn(process.execPath, [bin], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
      expect(stderr).toContain('archbot: slack could not start');
      expect(code).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  }, 30_000);
});

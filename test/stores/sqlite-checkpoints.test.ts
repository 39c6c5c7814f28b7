import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStores, type OpenedStores } from '../../src/stores/open-stores.js';
import { memoryLogger } from '../helpers/kb.js';
import { until } from '../adapters/discord/helpers/until.js';
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

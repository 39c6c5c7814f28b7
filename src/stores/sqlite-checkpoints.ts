import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/types.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** How often the background connection copies the write-ahead log into the database file. */
export const CHECKPOINT_EVERY_MS = 1_000;

/** How long after opening the worker starts; until it is ready, the bot's connection checkpoints as SQLite does by default. */
export const START_AFTER_MS = 2_000;

/** SQLite's own default, put back if the background connection stops. */
const AUTO_CHECKPOINT_PAGES = 1_000;

/**
 * The worker: its own connection to the file, and a PASSIVE checkpoint on a timer. PASSIVE copies
 * what it can without waiting for anyone, so the bot's writers and readers never wait for it.
 * CommonJS text run with `eval`, so it needs no file of its own in the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: String(err && err.message) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ type: 'ready' });
`;

export interface BackgroundCheckpoints {
  /** Stops the worker and closes its connection (before the bot's own closes, so that one is last). */
  close(): Promise<void>;
}

/**
 * Every commit appends to the write-ahead log; by default the commit that takes the log past 1,000
 * pages also copies it into the database file and syncs both to disk, on the event loop: 20-70 ms
 * on this machine's disk, once every ~200 messages (about five pages each: the delivery claim and
 * the feedback), with the next messages waiting behind it. Here a worker thread with its own
 * connection checkpoints instead, and the bot's connection never does; should the worker fail or
 * stop, the bot's connection checkpoints as before.
 */
export function checkpointInBackground(db: SqliteDatabase, file: string, logger: Logger, everyMs = CHECKPOINT_EVERY_MS, startAfterMs = START_AFTER_MS): BackgroundCheckpoints {
  let closing = false;
  let exited: Promise<void> | undefined;
  let worker: Worker | undefined;
  // Started once the bot is up: a second thread loading SQLite would compete with start-up for the CPU.
  const starting = setTimeout(() => {
    worker = startWorker(db, file, logger, everyMs, () => closing);
    exited = new Promise<void>((resolve) => worker?.once('exit', () => resolve()));
  }, startAfterMs);
  starting.unref();
  return {
    async close() {
      closing = true;
      clearTimeout(starting);
      worker?.postMessage('close');
      await exited;
    },
  };
}

function startWorker(db: SqliteDatabase, file: string, logger: Logger, everyMs: number, closing: () => boolean): Worker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs } });
  // Never what keeps the process alive.
  worker.unref();
  let fellBack = false;
  const fallBack = (why: string): void => {
    if (closing() || fellBack || !db.open) return;
    fellBack = true;
    db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    logger.warn({ file, err: why }, 'the SQLite background checkpoint stopped; the bot checkpoints the file itself again');
  };
  worker.on('message', (message: { type: string; message?: string }) => {
    if (message.type === 'ready' && !closing() && db.open) db.pragma('wal_autocheckpoint = 0');
    if (message.type === 'failed') logger.warn({ file, err: message.message }, 'an SQLite background checkpoint failed; the next one tries again');
  });
  worker.on('error', (err) => fallBack(err.message));
  worker.once('exit', () => fallBack('the checkpoint worker exited'));
  return worker;
}

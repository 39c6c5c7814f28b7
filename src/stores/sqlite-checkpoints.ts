import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/types.js';
import { WAL_RESTART_TABLE, type SqliteDatabase } from './sqlite-database.js';

/** How often the background connection copies the write-ahead log into the database file. */
export const CHECKPOINT_EVERY_MS = 1_000;

/** How long after opening the worker starts; until it is ready, the bot's connection checkpoints as SQLite does by default. */
export const START_AFTER_MS = 2_000;

/** How long a closing bot waits for the worker to close its connection before ending it. */
const CLOSE_WAIT_MS = 2_000;

/** SQLite's own default, put back if the background connection stops. */
const AUTO_CHECKPOINT_PAGES = 1_000;

/**
 * The worker: its own connection to the file, and a PASSIVE checkpoint on a timer. PASSIVE copies
 * what it can without waiting for anyone, so the bot's writers and readers never wait for it. A
 * checkpoint that fails stops the worker (the bot then checkpoints as SQLite does by default)
 * rather than failing again every second. CommonJS text run with `eval`, so it needs no file of
 * its own in the build.
 *
 * A tick with nothing committed since the last one does nothing (PRAGMA data_version, which only
 * other connections' commits change, is all it reads): an idle bot's file is left alone.
 *
 * After a checkpoint that copied the whole log, the next commit starts the log over from its first
 * frame, and SQLite syncs the log's new header to disk before that commit returns (on this machine's
 * shared disk 0.3-9 ms). Left to the bot, that was the delivery claim of the first message after
 * every pause of a second or more, before its reply: every message, for a bot that hears one every
 * few seconds. The worker makes that commit itself instead (one row of its own table, WAL_RESTART_TABLE),
 * so the sync happens on its thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const dataVersion = db.prepare('PRAGMA data_version').pluck();
const restartLog = db.prepare('INSERT INTO ${WAL_RESTART_TABLE} (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at');
let checked;
const stop = () => {
  clearInterval(timer);
  if (db.open) db.close();
  parentPort.close();
};
const timer = setInterval(() => {
  try {
    const version = dataVersion.get();
    if (version === checked) return;
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    const whole = result !== undefined && result.busy === 0 && result.checkpointed === result.log;
    // A log of one frame is not started over: it may be another replica's worker's own restart, and
    // replicas sharing the file would otherwise take turns restarting it every second.
    if (whole && result.log > 1) restartLog.run(Date.now());
    // A log not copied whole (a reader was on it) is tried again next tick.
    if (whole) checked = version;
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: String(err && err.message) });
    stop();
  }
}, workerData.everyMs);
parentPort.on('message', stop);
parentPort.postMessage({ type: 'ready' });
`;

export interface BackgroundCheckpoints {
  /** Stops the worker and closes its connection (before the bot's own closes, so that one is last). */
  close(): Promise<void>;
}

/**
 * Every commit appends to the write-ahead log; by default the commit that takes the log past 1,000
 * pages also copies it into the database file and syncs both to disk, on the event loop: 9-18 ms
 * on this machine's disk, once every ~200 messages (about five pages each: the delivery claim and
 * the feedback), with the next messages waiting behind it. Here a worker thread with its own
 * connection checkpoints instead, and the bot's connection never does; should the worker not
 * start, fail or stop, the bot's connection checkpoints as before. It costs about 9-10 MiB of RSS.
 */
export function checkpointInBackground(db: SqliteDatabase, file: string, logger: Logger, everyMs = CHECKPOINT_EVERY_MS, startAfterMs = START_AFTER_MS): BackgroundCheckpoints {
  let closing = false;
  let running: { worker: Worker; exited: Promise<void> } | undefined;
  let fellBack = false;
  const fallBack = (why: string): void => {
    if (closing || fellBack || !db.open) return;
    fellBack = true;
    db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    logger.warn({ file, err: why }, 'the SQLite background checkpoint stopped; the bot checkpoints the file itself again');
  };
  // Started once the bot is up: a second thread loading SQLite would compete with start-up for the CPU.
  const starting = setTimeout(() => {
    try {
      running = startWorker(db, file, logger, everyMs, () => closing, fallBack);
    } catch (err) {
      // No thread to be had (a pod's limits): SQLite's own checkpoints were never turned off.
      fallBack(err instanceof Error ? err.message : String(err));
    }
  }, startAfterMs);
  starting.unref();
  return {
    async close() {
      closing = true;
      clearTimeout(starting);
      if (!running) return;
      const { worker, exited } = running;
      // The worker is unref'd: without this, a process with nothing else left to do would end
      // while close() waits (an unsettled top-level await, exit code 13, no message printed).
      worker.ref();
      worker.postMessage('close');
      const giveUp = setTimeout(() => void worker.terminate(), CLOSE_WAIT_MS);
      await exited;
      clearTimeout(giveUp);
    },
  };
}

function startWorker(
  db: SqliteDatabase,
  file: string,
  logger: Logger,
  everyMs: number,
  closing: () => boolean,
  fallBack: (why: string) => void,
): { worker: Worker; exited: Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // A timer and one SQLite call: a small heap is plenty, and each megabyte of it is the bot's RSS.
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs }, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 } });
  worker.on('message', (message: { type: string; message?: string }) => {
    if (message.type === 'ready' && !closing() && db.open) db.pragma('wal_autocheckpoint = 0');
    if (message.type === 'failed') fallBack(`a checkpoint failed: ${message.message ?? ''}`);
  });
  worker.on('error', (err) => fallBack(err.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exited.then(() => fallBack('the checkpoint worker exited'));
  // Listeners first, then unref: adding a 'message' listener refs the worker again.
  worker.unref();
  return { worker, exited };
}

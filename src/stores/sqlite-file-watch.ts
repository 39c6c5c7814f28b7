import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../core/types.js';
import { errorMessage } from '../core/errors.js';

export interface DatabaseFileWatch {
  /** True while the path still names the file that was opened. Warns once when that stops. */
  intact(): boolean;
  close(): void;
}

type FileIdentity = { dev: number; ino: number } | undefined;

function identity(file: string): FileIdentity {
  try {
    const { dev, ino } = statSync(file);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

/**
 * SQLite keeps writing to the file it opened. If that file is deleted (a cleanup job, `rm -rf
 * data`) or replaced (a restore copied over it) while archbot runs, every later write goes to a
 * file no one can open again and is lost at the next restart. Nothing in SQLite reports it, so
 * the path is watched (and checked on every probe, where watching is not supported) and a warn
 * line says what happened and what to do.
 */
export function watchDatabaseFile(file: string, logger: Logger): DatabaseFileWatch {
  const opened = identity(file);
  let warned = false;
  const intact = (): boolean => {
    const now = identity(file);
    const same = opened !== undefined && now !== undefined && now.dev === opened.dev && now.ino === opened.ino;
    if (!same && !warned) {
      warned = true;
      const what = now === undefined ? 'was deleted' : 'was replaced by another file';
      logger.warn({ file }, `the SQLite database ${file} ${what} while archbot was running: what it writes now is lost at the next restart; restart archbot to use the file at that path`);
    }
    return same;
  };
  let watcher: FSWatcher | undefined;
  try {
    // The file itself, not its folder: the folder also holds the write-ahead log, which changes at
    // every commit (twice a message), and each change was an event for the bot to wake up to. A
    // file deleted or renamed over is still seen: its link count changes (an attribute event).
    watcher = watch(file, { persistent: false }, () => intact());
    // The file gone in a way the watch cannot follow.
    watcher.on('error', () => intact());
  } catch (error) {
    logger.debug({ file, err: errorMessage(error) }, 'cannot watch the SQLite file; it is checked when probed instead');
  }
  return {
    intact,
    close: () => watcher?.close(),
  };
}

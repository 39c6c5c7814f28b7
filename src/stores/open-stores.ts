import type { Config } from '../config.js';
import { MemoryStore } from '../core/sessions/memory-store.js';
import type { FeedbackLog, Logger, SessionStore } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { MemoryFeedbackLog } from './memory-feedback.js';
import { connectRedis, quitRedis, safeRedisUrl } from './redis-connection.js';
import { RedisFeedbackLog } from './redis-feedback.js';
import { DEFAULT_REDIS_PREFIX, RedisStore } from './redis-store.js';
import { openDatabase, sqlitePath, type SqliteDatabase } from './sqlite-database.js';
import { SqliteFeedbackLog } from './sqlite-feedback.js';
import { checkpointInBackground } from './sqlite-checkpoints.js';
import { watchDatabaseFile } from './sqlite-file-watch.js';
import { SqliteStore } from './sqlite-store.js';
import { redisProbe, type StoreProbe, type StoreProbes } from './store-health.js';

export interface StoreOptions {
  /** Set: sessions and feedback live in Redis, shared by every replica. */
  redisUrl?: string;
  /** Where the SQLite file goes for `persistent`. */
  dataDir: string;
  /** `memory` for the terminal and one-shot commands; `persistent` when serving a platform. */
  kind: 'memory' | 'persistent';
  redisPrefix?: string;
  /** Feedback and misses older than this many days are dropped (default 90). */
  feedbackRetentionDays?: number;
  logger: Logger;
}

/** The stores a running bot uses, as its settings name them; `archbot report` reads the same ones. */
export function configuredStoreOptions(
  config: Pick<Config, 'DATA_DIR' | 'REDIS_URL' | 'REDIS_PREFIX' | 'FEEDBACK_RETENTION_DAYS'>,
  logger: Logger,
): StoreOptions {
  return {
    kind: 'persistent',
    dataDir: config.DATA_DIR,
    redisPrefix: config.REDIS_PREFIX,
    feedbackRetentionDays: config.FEEDBACK_RETENTION_DAYS,
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    logger,
  };
}

export interface OpenedStores {
  store: SessionStore;
  feedback: FeedbackLog;
  /** For the start-up log line: which store, and where (never a password). */
  describe: string;
  /** Whether each store answers right now, for /readyz and the archbot_store_up gauge. */
  health: StoreProbes;
  /** Closes everything opened here; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Redis when a URL is given, else SQLite for a persistent run, else memory. Failing to reach Redis or
 * to open the database file rejects with a message naming the place (without secrets).
 */
export async function openStores(options: StoreOptions): Promise<OpenedStores> {
  const retention = options.feedbackRetentionDays === undefined ? {} : { retentionDays: options.feedbackRetentionDays };
  if (options.redisUrl) {
    const prefix = options.redisPrefix ?? DEFAULT_REDIS_PREFIX;
    const redis = await connectRedis(options.redisUrl, { logger: options.logger });
    const feedback = new RedisFeedbackLog(redis, prefix, retention);
    return opened(new RedisStore(redis, prefix), feedback, `redis at ${safeRedisUrl(options.redisUrl)} (keys prefixed ${prefix})`, redisProbe(redis), async () => {
      // What the last replies queued is sent before the connection closes.
      await feedback.close().catch(() => undefined);
      await quitRedis(redis);
    });
  }
  if (options.kind === 'persistent') return openSqlite(options.dataDir, options.logger, retention);
  return opened(
    new MemoryStore(),
    new MemoryFeedbackLog(retention),
    'memory (sessions and feedback are lost when the process stops)',
    async () => true,
    async () => {},
  );
}

/**
 * A bot commits the feedback it records in the background at most this often: under a steady
 * stream of questions each commit takes the last quarter second's events together instead of one
 * question's, and a crash loses at most that quarter second of counts (closing loses nothing). A
 * quiet bot still commits each event just after its reply, and a caller awaiting `record` is never
 * held back.
 */
export const FEEDBACK_COMMIT_SPACING_MS = 250;

/** Every failure while opening (a damaged file, tables from another program) names the file. */
function openSqlite(dataDir: string, logger: Logger, retention: { retentionDays?: number }): OpenedStores {
  const file = sqlitePath(dataDir);
  const db = openDatabase(dataDir);
  let store: SqliteStore;
  let feedback: SqliteFeedbackLog;
  try {
    store = new SqliteStore(db);
    feedback = new SqliteFeedbackLog(db, { ...retention, commitSpacingMs: FEEDBACK_COMMIT_SPACING_MS });
  } catch (error) {
    db.close();
    throw new Error(`cannot use the SQLite database ${file} (DATA_DIR): ${errorMessage(error)}`, { cause: error });
  }
  const watch = watchDatabaseFile(file, logger);
  const checkpoints = checkpointInBackground(db, file, logger);
  return opened(store, feedback, `sqlite at ${file}`, async () => sqliteAnswers(db) && watch.intact(), async () => {
    // Feedback is committed in batches: what the last replies queued is written before the file closes.
    if (db.open) await feedback.close();
    // The worker's connection closes first, so the bot's is the last one and folds the log into the file.
    await checkpoints.close();
    watch.close();
    if (db.open) db.close();
  });
}

function sqliteAnswers(db: SqliteDatabase): boolean {
  return db.open && db.prepare('SELECT 1 AS one').get() !== undefined;
}

function opened(store: SessionStore, feedback: FeedbackLog, describe: string, probe: StoreProbe, release: () => Promise<void>): OpenedStores {
  let closing: Promise<void> | undefined;
  return {
    store,
    feedback,
    describe,
    // One connection (or file) serves both, so both rise and fall together.
    health: { sessions: probe, feedback: probe },
    close: () => (closing ??= release()),
  };
}

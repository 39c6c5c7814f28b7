import type { Redis } from 'ioredis';
import type { Logger } from '../core/types.js';
import { errorMessage } from '../core/errors.js';

const closedByUs = new WeakSet<Redis>();

/** The URL with any username or password masked, for logs and error messages. */
export function safeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username) parsed.username = '***';
    if (parsed.password) parsed.password = '***';
    // ioredis also reads options from the query (?password=…): none of it is shown.
    parsed.search = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'the REDIS_URL (not a valid URL)';
  }
}

/** A Redis password may sit in the URL's user part or in its query (`?password=`): the values to keep out of logs. */
export function redisSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return [decodeURIComponent(parsed.password), parsed.searchParams.get('password') ?? ''].filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * What went wrong, in words that point at the fix. A refused password makes ioredis close the
 * connection, and its own message for that ("Connection is closed") hides the cause; the server's
 * reply (WRONGPASS, NOAUTH) arrives as an 'error' event first and is what is reported.
 */
export function redisProblem(message: string): string {
  if (/\bWRONGPASS\b|invalid (username-)?password/i.test(message)) return 'Redis refused the password (WRONGPASS): check the password in REDIS_URL';
  if (/\bNOAUTH\b/.test(message)) return 'Redis refused the password: it requires one and REDIS_URL gives none (NOAUTH)';
  return message;
}

export interface RedisConnectOptions {
  logger: Logger;
  /** How long the first connection may take before start-up fails. */
  connectTimeoutMs?: number;
  /** How long a command may wait for a slow server before its promise rejects. */
  commandTimeoutMs?: number;
}

/**
 * Connects, or rejects with "cannot reach Redis at <url without password>" so a bad REDIS_URL stops
 * the start-up with a clear message. Once up, a lost connection is logged (once per outage) and
 * retried in the background; commands issued meanwhile reject at once (or after the command
 * timeout when the server is slow) instead of hanging a user's click, and nothing is thrown out of
 * an event handler.
 */
export async function connectRedis(url: string, options: RedisConnectOptions): Promise<Redis> {
  const { logger } = options;
  const where = safeRedisUrl(url);
  let started = false;
  let down = false;
  let redis: Redis;
  // Loaded only when Redis is configured: a bot on SQLite, and every CLI command, skip ioredis (~120 ms of start-up).
  const { Redis } = await import('ioredis');
  try {
    redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 5_000,
      commandTimeout: options.commandTimeoutMs ?? 5_000,
      // A command that timed out for the caller must not run later on reconnect: the core would
      // have told the user the step failed while it actually moved on. So nothing is queued while
      // disconnected, and nothing is resent after a reconnect; such commands simply reject.
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      // The first attempt is ours to report; retrying it would only delay the message.
      retryStrategy: (times) => (started ? Math.min(times * 200, 5_000) : null),
    });
  } catch (error) {
    throw new Error(`cannot reach Redis at ${where}: ${errorMessage(error)}`, { cause: error });
  }
  let lastError = '';
  // ioredis reports every failed reconnect as an 'error' event; logging once per outage, on the
  // close that starts it, keeps the log readable while the retries continue.
  let refusedLogged = false;
  redis.on('error', (error: unknown) => {
    lastError = redisProblem(errorMessage(error));
    // A reconnect refused for its password (rotated on the server, not in REDIS_URL) will keep
    // failing until someone acts: said once per outage, in words that point at the fix.
    if (started && !refusedLogged && lastError.startsWith('Redis refused the password')) {
      refusedLogged = true;
      logger.error({ redis: where, error: lastError }, 'Redis refused the password; retrying');
    }
  });
  redis.on('close', () => {
    if (!started || down || closedByUs.has(redis)) return;
    down = true;
    logger.error({ redis: where, error: lastError || 'connection closed' }, 'lost the connection to Redis; retrying');
  });
  redis.on('ready', () => {
    if (down) logger.info({ redis: where }, 'reconnected to Redis');
    down = false;
    refusedLogged = false;
    lastError = '';
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const reason = redisProblem(errorMessage(error));
    // An auth failure seen on the way wins over the "Connection is closed" that followed it.
    const refused = lastError.startsWith('Redis refused the password') ? lastError : reason;
    throw new Error(`cannot reach Redis at ${where}: ${refused}`, { cause: error });
  }
  started = true;
  return redis;
}

/** Closes politely, or drops the socket when the server is already gone. */
export async function quitRedis(redis: Redis): Promise<void> {
  closedByUs.add(redis);
  if (redis.status === 'end') return;
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}

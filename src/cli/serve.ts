import type { PlatformDescriptor } from '../adapters/descriptor.js';
import { platformDescriptors } from '../adapters/registry.js';
import type { ServedPlatform } from '../adapters/platform-deps.js';
import { startPlatform } from '../adapters/start-platform.js';
import { platformSettings, type Config } from '../config.js';
import { createBot, type Bot } from '../core/bot.js';
import { warmUp } from '../core/warm-up.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { RateLimiter } from '../core/rate-limit.js';
import type { Clock, Logger, RateLimit } from '../core/types.js';
import { createLogger } from '../logger.js';
import { insightsRoute } from '../insights/route.js';
import { startHttpServer, type HttpRoute, type RunningHttpServer } from '../server/http-server.js';
import { createMetrics, metricsRoute, watchStores, type PlatformMetrics } from '../server/metrics.js';
import { createInFlight, installShutdown, type SignalSource } from '../server/shutdown.js';
import { configuredStoreOptions, openStores, type OpenedStores } from '../stores/open-stores.js';
import { redisSecrets } from '../stores/redis-connection.js';
import { RedisRateLimit } from '../stores/redis-rate-limit.js';
import { storeStatus } from '../stores/store-health.js';
import type { Io } from './io.js';
import { errorFields, errorMessage } from '../core/errors.js';

/** Test seams: where signals come from and what "exit" means. Production uses the process. */
export interface Lifecycle {
  signals?: SignalSource;
  exit?: (code: number) => void;
  /** Called once everything is listening: the bound HTTP port (PORT=0 picks a free one). */
  onListening?: (port: number) => void;
  write?: (line: string) => void;
  /** The bot's clock (session expiry); tests move it instead of waiting hours. */
  clock?: Clock;
  /** The platforms it may serve: the registry's, or a test's own (one whose set-up fails). */
  descriptors?: readonly PlatformDescriptor[];
}

/** The platforms whose settings ask for them (their token is set), in the registry's order. */
export function platformsWanted(config: Config, descriptors: readonly PlatformDescriptor[] = platformDescriptors): PlatformDescriptor[] {
  return descriptors.filter((p) => p.wanted(config));
}

function secretsOf(config: Config): string[] {
  return [...platformDescriptors.flatMap((p) => p.secrets(config)), config.INSIGHTS_PASSWORD, ...redisSecrets(config.REDIS_URL)].filter((s): s is string => Boolean(s));
}

/**
 * RATE_LIMIT typed messages per person per 10 s (0: off). With REDIS_URL the count is shared by
 * every replica, so running three replicas does not triple it.
 */
async function openRateLimit(config: Config, logger: Logger): Promise<{ rateLimit?: RateLimit; close(): Promise<void> }> {
  if (config.RATE_LIMIT <= 0) return { close: async () => {} };
  if (!config.REDIS_URL) return { rateLimit: new RateLimiter({ limit: config.RATE_LIMIT }), close: async () => {} };
  const shared = await RedisRateLimit.connect(config.REDIS_URL, { logger, prefix: config.REDIS_PREFIX, limit: config.RATE_LIMIT });
  return { rateLimit: shared, close: () => shared.close() };
}

/** GET /insights only when INSIGHTS_PASSWORD is set; otherwise the path is a plain 404. */
function insightsRoutes(config: Config, stores: OpenedStores, logger: Logger): HttpRoute[] {
  if (!config.INSIGHTS_PASSWORD) return [];
  const options = { feedback: stores.feedback, password: config.INSIGHTS_PASSWORD, maxFailedLogins: config.INSIGHTS_MAX_FAILED_LOGINS, source: stores.describe, logger };
  return [insightsRoute(options)];
}

type OpenedRateLimit = Awaited<ReturnType<typeof openRateLimit>>;

/** What start-up has opened so far. */
interface Opened {
  stores: OpenedStores;
  limiter?: OpenedRateLimit;
  platforms?: readonly ServedPlatform[];
  http?: RunningHttpServer;
}

/**
 * Closes what start-up opened, in the order a shutdown closes it: the platforms first (no new events), then the HTTP
 * server, the shared rate limit and the stores. The one way out, for a failed start at any point and for a shutdown,
 * so a new resource is closed on every path by adding it here.
 */
async function closeOpened(opened: Opened, logger: Logger): Promise<void> {
  for (const p of opened.platforms ?? []) await p.stop().catch((err: unknown) => logger.warn({ platform: p.name, err: errorMessage(err) }, 'platform did not stop cleanly'));
  await opened.http?.close();
  await opened.limiter?.close();
  await opened.stores.close();
}

/** Every reply is timed per platform. (Adapters track each event's whole handling for shutdown.) */
function instrument(bot: Bot, metrics: PlatformMetrics): Bot {
  return {
    kb: bot.kb,
    decode: (raw) => bot.decode(raw),
    handle(event) {
      const end = metrics.startReply(event.platform);
      return bot.handle(event).finally(end);
    },
  };
}

/**
 * The long-running bot: stores, the platforms that are configured, one HTTP server for Slack's
 * HTTP mode, /healthz, /readyz and /metrics, and a graceful stop on SIGTERM/SIGINT. Resolves with
 * the exit code once stopped (or at once with 1 when start-up fails).
 */
export async function servePlatforms(kb: KnowledgeBase, config: Config, io: Io, lifecycle: Lifecycle = {}): Promise<number> {
  const logger: Logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), ...(lifecycle.write ? { write: lifecycle.write } : {}) });
  const failStart = (what: string, err: unknown): number => {
    const text = `archbot: ${what}: ${errorMessage(err)}`;
    logger.error({ err: errorMessage(err) }, `start-up failed: ${what}`);
    io.stderr.write(`${text}\n`);
    return 1;
  };

  let stores: OpenedStores;
  try {
    stores = await openStores(configuredStoreOptions(config, logger));
  } catch (err) {
    return failStart('cannot open the session store', err);
  }
  let limiter: OpenedRateLimit;
  try {
    limiter = await openRateLimit(config, logger);
  } catch (err) {
    await closeOpened({ stores }, logger);
    return failStart('cannot open the shared rate limit', err);
  }
  const metrics = createMetrics();
  watchStores(metrics, stores.health);
  const inFlight = createInFlight();
  const core = createBot({
    kb,
    store: stores.store,
    feedback: stores.feedback,
    logger,
    metrics,
    sessionTtlMs: config.SESSION_TTL_HOURS * 3_600_000,
    ...(lifecycle.clock ? { clock: lifecycle.clock } : {}),
    ...(limiter.rateLimit ? { rateLimit: limiter.rateLimit } : {}),
  });
  const bot = instrument(core, metrics);
  let accepting = true;
  const intake = { track: <T>(work: Promise<T>): Promise<T> => inFlight.track(work), accepting: () => accepting };
  const deps = { bot, logger, store: stores.store, metrics, intake };
  const wanted = platformsWanted(config, lifecycle.descriptors);
  const built = await Promise.allSettled(wanted.map((p) => startPlatform(p, { ...deps, config: platformSettings(p, config) })));
  const platforms: ServedPlatform[] = built.flatMap((b) => (b.status === 'fulfilled' ? [b.value] : []));
  const [failed] = built.flatMap((b, i) => (b.status === 'rejected' ? [{ title: wanted[i]?.title ?? 'a platform', reason: b.reason as unknown }] : []));
  if (failed) {
    // The others were built (clients made, sockets perhaps opened): close them with the stores.
    await closeOpened({ stores, limiter, platforms }, logger);
    return failStart(`${failed.title} could not be set up`, failed.reason);
  }

  let http: RunningHttpServer;
  try {
    http = await startHttpServer({
      host: config.HOST,
      port: config.PORT,
      logger,
      routes: [...platforms.flatMap((p) => p.routes ?? []), metricsRoute(metrics), ...insightsRoutes(config, stores, logger)],
      stores: () => storeStatus(stores.health),
      readiness: () => {
        const checks: Record<string, boolean> = { content: true, accepting };
        for (const p of platforms) checks[p.name] = p.isReady();
        return { ready: Object.values(checks).every(Boolean), checks };
      },
    });
  } catch (err) {
    await closeOpened({ stores, limiter, platforms }, logger);
    return failStart(`cannot listen on ${config.HOST}:${config.PORT}`, err);
  }

  const closeAll = (): Promise<void> => closeOpened({ stores, limiter, platforms, http }, logger);
  for (const platform of platforms) {
    try {
      await platform.start();
    } catch (err) {
      await closeAll();
      return failStart(`${platform.name} could not start`, err);
    }
  }
  if (!lifecycle.exit) {
    // A library promise nobody awaits (a reconnect inside an SDK) must cost a log line, not the
    // process and every conversation in it.
    process.on('unhandledRejection', (reason) => {
      logger.error({ err: errorFields(reason) }, 'unhandled rejection; still running');
    });
  }

  return new Promise<number>((resolve) => {
    installShutdown({
      logger,
      stopAccepting: () => {
        accepting = false;
      },
      drain: () => inFlight.drain(),
      close: closeAll,
      ...(lifecycle.signals ? { signals: lifecycle.signals } : {}),
      exit: (code) => {
        resolve(code);
        if (lifecycle.exit) lifecycle.exit(code);
        // Everything is closed; should a library still hold a handle, do not hang past the deadline.
        else setTimeout(() => process.exit(code), 500).unref();
      },
    });
    // Announced only once SIGTERM is handled: a supervisor that stops the bot as soon as it says it
    // is running must get a clean shutdown, not Node's default exit.
    logger.info({ platforms: platforms.map((p) => p.name), store: stores.describe, port: http.port, concepts: kb.concepts.length }, 'archbot is running');
    lifecycle.onListening?.(http.port);
    // Once running, not before: the first question's one-time work, done while no one waits for it.
    setImmediate(() => {
      try {
        warmUp(kb);
      } catch (err) {
        // Only a head start: the first question builds the same again, and fails (as one reply) if this did.
        logger.warn({ err: errorMessage(err) }, 'could not prepare for the first question ahead of time');
      }
    });
  });
}

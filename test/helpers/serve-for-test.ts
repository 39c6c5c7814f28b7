import type { z } from 'zod';
import type { PlatformDescriptor } from '../../src/adapters/descriptor.js';
import type { Intake, PlatformDeps, ServedPlatform } from '../../src/adapters/platform-deps.js';
import { startPlatform } from '../../src/adapters/start-platform.js';
import { issuesAsErrors } from '../../src/config-fields.js';
import type { Bot } from '../../src/core/bot.js';
import type { SessionStore } from '../../src/core/types.js';
import type { LogLevel } from '../../src/logger.js';
import { startHttpServer, type RunningHttpServer } from '../../src/server/http-server.js';
import type { PlatformMetrics } from '../../src/server/metrics.js';
import { memoryLogger, testBot } from './kb.js';

export interface ServeForTestOptions {
  /** The bot and its store, given together; by default `testBot()`'s (the shipped article, a memory store). */
  bot?: Bot;
  store?: SessionStore;
  /** Where the platform and the server log; the bot's own `testBot()` logger by default. */
  logger?: ReturnType<typeof memoryLogger>;
  metrics?: PlatformMetrics;
  intake?: Intake;
  /** False leaves `platform.start()` to the test (to see what the routes answer before it). */
  start?: boolean;
  logLevel?: LogLevel;
}

export interface ServedForTest {
  /** The shared server's base URL on loopback: append a route's path (`${url}/slack/events`). */
  url: string;
  platform: ServedPlatform;
  server: RunningHttpServer;
  store: SessionStore;
  logger: ReturnType<typeof memoryLogger>;
  /** Stops the platform, then the server. */
  stop(): Promise<void>;
}

/**
 * A platform that serves HTTP routes, run the way `serve` runs it: its settings read from `env` by
 * its descriptor's own schema (and `crossCheck`), built by `startPlatform`, its `routes` mounted on
 * the real shared HTTP server (next to `/healthz` and `/readyz`, whose checks name the platform)
 * on a free loopback port, then started. The test then sends real HTTP requests to `url`.
 */
export async function serveForTest<Keys extends z.ZodRawShape>(
  descriptor: PlatformDescriptor<Keys>,
  env: Record<string, string | undefined>,
  options: ServeForTestOptions = {},
): Promise<ServedForTest> {
  const parsed = descriptor.configSchema.safeParse(env);
  if (!parsed.success) throw new Error(issuesAsErrors(parsed.error.issues).join('; '));
  const settings = parsed.data;
  const problems = issuesAsErrors(descriptor.crossCheck?.(settings) ?? []);
  if (problems.length > 0) throw new Error(problems.join('; '));
  if (!descriptor.wanted(settings)) throw new Error(`${descriptor.title} is not wanted with these settings: serve would not start it`);

  const made = options.bot ? undefined : testBot();
  const bot = options.bot ?? made?.bot;
  const store = options.bot ? options.store : made?.store;
  if (!bot || !store) throw new Error('serveForTest: give the bot and its store together');
  const logger = options.logger ?? made?.logger ?? memoryLogger();
  const deps: Omit<PlatformDeps<z.infer<z.ZodObject<Keys>>>, 'markup' | 'limits'> = {
    bot,
    store,
    logger,
    config: { ...settings, LOG_LEVEL: options.logLevel ?? 'warn' },
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.intake ? { intake: options.intake } : {}),
  };
  const platform = await startPlatform(descriptor, deps);
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    routes: platform.routes ?? [],
    readiness: () => ({ ready: platform.isReady(), checks: { [descriptor.name]: platform.isReady() } }),
    logger,
  });
  if (options.start !== false) await platform.start();
  return {
    url: `http://127.0.0.1:${server.port}`,
    platform,
    server,
    store,
    logger,
    async stop() {
      await platform.stop();
      await server.close();
    },
  };
}

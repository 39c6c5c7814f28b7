import type { Bot } from '../core/bot.js';
import type { Clock, Logger, Platform, SessionStore } from '../core/types.js';
import type { LogLevel } from '../logger.js';
import type { HttpRoute } from '../server/http-server.js';
import type { PlatformMetrics } from '../server/metrics.js';
import type { PlatformLimits } from './descriptor.js';

/** What every platform adapter is built from. The adapter only translates; the bot decides. */
export interface PlatformDeps<Settings = Record<string, unknown>> {
  bot: Bot;
  /**
   * This platform's own settings (what its descriptor's schema read) and the log level: never
   * another platform's variables, nor archbot's own secrets.
   */
  config: Settings & { LOG_LEVEL: LogLevel };
  logger: Logger;
  /** Shared with the bot: used for delivery dedupe (`claimOnce`). */
  store: SessionStore;
  clock?: Clock;
  /** Counts failed platform API calls (archbot_platform_api_errors_total). */
  metrics?: PlatformMetrics;
  /**
   * Shutdown's view of the adapter: each event's whole handling (the core and the delivery) is
   * tracked so a graceful stop waits for it, and new events are refused once `accepting` is false.
   */
  intake?: Intake;
  /**
   * The descriptor's own declarations, handed over by `startPlatform` so that what a descriptor
   * declares is what its adapter strips and renders to. An adapter built directly (a test) falls
   * back to its own descriptor's.
   */
  markup?: readonly RegExp[];
  limits?: PlatformLimits;
}

export interface Intake {
  track<T>(work: Promise<T>): Promise<T>;
  accepting(): boolean;
}

/** A platform, plus any HTTP routes it needs mounted on the shared server (Slack's HTTP mode). */
export interface ServedPlatform extends Platform {
  routes?: HttpRoute[];
}

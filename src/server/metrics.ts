import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BotMetrics, PlatformName } from '../core/types.js';
import type { HttpRoute } from './http-server.js';
import { afterTwoTurns } from '../stores/after-two-turns.js';
import { storeStatus, type StoreProbes } from '../stores/store-health.js';

/** What adapters report around their platform calls. */
export interface PlatformMetrics {
  /** Starts timing one reply; call the returned function once it is delivered. */
  startReply(platform: PlatformName): () => void;
  platformApiError(platform: PlatformName): void;
}

export interface Metrics extends BotMetrics, PlatformMetrics {
  readonly registry: Registry;
}

// Chat replies take from a few milliseconds (a lookup) to seconds (a slow platform API).
const REPLY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One set of counters per app, in its own registry rather than prom-client's global one, so two
 * apps in one process (tests, or a future multi-tenant runner) never share or double-register.
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  // The event-loop delay is sampled every 100 ms, not prom-client's 10: each sample wakes the process,
  // and 100 wake-ups a second were most of an idle bot's CPU (6 ms a second, where the thinnest
  // discord.js bot uses none). Each sample is still exact; there are fewer of them.
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  const lookups = new Counter({
    name: 'archbot_lookups_total',
    help: 'Questions looked up, by result: answer, clarify (did you mean), unknown, outside (a term not covered) or smalltalk.',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const sessions = new Counter({
    name: 'archbot_sessions_total',
    help: 'Decision checklist sessions, by event: started, completed or expired.',
    labelNames: ['event'] as const,
    registers: [registry],
  });
  const replySeconds = new Histogram({
    name: 'archbot_reply_seconds',
    help: 'Time the bot takes to work out its reply to an event (platform delivery not included), by platform.',
    labelNames: ['platform'] as const,
    buckets: REPLY_BUCKETS,
    registers: [registry],
  });
  const apiErrors = new Counter({
    name: 'archbot_platform_api_errors_total',
    help: 'Failed calls to a platform API (Slack Web API, Discord REST), by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  return {
    registry,
    lookup: (status) => lookups.inc({ status }),
    session: (event) => sessions.inc({ event }),
    startReply: (platform) => {
      const started = process.hrtime.bigint();
      let done = false;
      // Called from both success and error paths in adapters; only the first call counts.
      return () => {
        if (done) return;
        done = true;
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        // Timed now, counted once the reply is on its way: the histogram's bookkeeping (labels
        // hashed, buckets found) is no part of the reply, which the adapter sends next.
        afterTwoTurns(() => replySeconds.observe({ platform }, seconds));
      };
    },
    platformApiError: (platform) => apiErrors.inc({ platform }),
  };
}

/** `GET /metrics` in the Prometheus text format, for the shared HTTP server. */
export function metricsRoute(metrics: Pick<Metrics, 'registry'>): HttpRoute {
  return {
    method: 'GET',
    path: '/metrics',
    handle: async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
    },
  };
}

/**
 * `archbot_store_up{store}`: 1 while a store answers, 0 while it does not, probed at each scrape.
 * Readiness stays green through a store outage (see `HttpServerOptions.stores`), so this is what
 * an alert watches.
 */
export function watchStores(metrics: Pick<Metrics, 'registry'>, probes: StoreProbes): void {
  new Gauge({
    name: 'archbot_store_up',
    help: 'Whether a store answers (1) or not (0), by store: sessions (sessions and delivery dedupe) or feedback.',
    labelNames: ['store'] as const,
    registers: [metrics.registry],
    async collect() {
      for (const [store, status] of Object.entries(await storeStatus(probes))) this.set({ store }, status === 'up' ? 1 : 0);
    },
  });
}

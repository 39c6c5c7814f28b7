import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src/server/http-server.js';
import { createMetrics, metricsRoute, type Metrics } from '../../src/server/metrics.js';
import { createLogger } from '../../src/logger.js';

let server: RunningHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function scrape(metrics: Metrics): Promise<{ status: number; type: string | null; text: string }> {
  server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    routes: [metricsRoute(metrics)],
    readiness: () => ({ ready: true, checks: {} }),
    logger: createLogger({ level: 'silent' }),
  });
  const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample line, e.g. `archbot_lookups_total{status="answer"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('serves the bot counters in the Prometheus text format', async () => {
    const metrics = createMetrics();
    metrics.lookup('answer');
    metrics.lookup('answer');
    metrics.lookup('unknown');
    metrics.session('started');
    metrics.session('completed');
    metrics.platformApiError('slack');
    const { status, type, text } = await scrape(metrics);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'archbot_lookups_total{status="answer"}')).toBe(2);
    expect(sample(text, 'archbot_lookups_total{status="unknown"}')).toBe(1);
    expect(sample(text, 'archbot_sessions_total{event="started"}')).toBe(1);
    expect(sample(text, 'archbot_sessions_total{event="completed"}')).toBe(1);
    expect(sample(text, 'archbot_platform_api_errors_total{platform="slack"}')).toBe(1);
    // Default process metrics come along, so memory and CPU can be graphed next to the bot's own.
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('times a reply once even when the end function is called twice', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const end = metrics.startReply('discord');
    end();
    end();
    // Counted two event-loop turns later, once the reply it timed is on its way.
    expect(sample(await metrics.registry.metrics(), 'archbot_reply_seconds_count{platform="discord"}')).not.toBe(1);
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    const { text } = await scrape(metrics);
    expect(sample(text, 'archbot_reply_seconds_count{platform="discord"}')).toBe(1);
    expect(sample(text, 'archbot_reply_seconds_bucket{le="+Inf",platform="discord"}')).toBe(1);
  });

  it('keeps two apps in one process apart', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.lookup('clarify');
    expect(sample(await second.registry.metrics(), 'archbot_lookups_total{status="clarify"}')).toBeUndefined();
    expect(sample(await first.registry.metrics(), 'archbot_lookups_total{status="clarify"}')).toBe(1);
  });

  it('answers 405 to a POST, like every other route', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    await scrape(metrics);
    const res = await fetch(`http://127.0.0.1:${server?.port}/metrics`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

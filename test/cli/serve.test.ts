import { EventEmitter } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';
import { tempDirPerTest } from '../stores/helpers/temp-dir.js';

// The long-running mode as `npx archbot` starts it with Slack tokens set: stores, HTTP server,
// health, readiness, metrics and a graceful stop. Slack's Web API is nock on a fake host.

const SLACK = 'http://slack.test';
const TOKEN = 'xoxb-1111-2222-secretsecretsecret';

const dataDir = tempDirPerTest('archbot-serve-');

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 'signing-secret-value', SLACK_API_URL: `${SLACK}/api/`, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir(), LOG_LEVEL: 'info', ...extra };
}

async function start(extra: Record<string, string> = {}) {
  const signals = new EventEmitter();
  const io = captureIo();
  const logs: string[] = [];
  let port = 0;
  let listened: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (listened = resolve));
  const exited = main([], env(extra), io, { signals, exit: () => undefined, onListening: (p) => ((port = p), listened()), write: (l) => logs.push(l) });
  await Promise.race([listening, exited]);
  return { signals, io, logs, port: () => port, exited: () => exited };
}

describe('serving the platforms', () => {
  it('answers health, readiness and metrics, then stops cleanly on SIGTERM', async () => {
    nock(SLACK).post('/api/auth.test').reply(200, { ok: true, user_id: 'UBOT', bot_id: 'B1', team_id: 'T1' });
    const app = await start();
    const base = `http://127.0.0.1:${app.port()}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { content: true, slack: true } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/# TYPE archbot_lookups_total counter/);
    expect(metrics).toMatch(/# TYPE archbot_reply_seconds histogram/);

    app.signals.emit('SIGTERM', 'SIGTERM');
    expect(await app.exited()).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    const log = app.logs.join('');
    expect(log).toMatch(/"msg":"archbot is running"/);
    expect(log).toMatch(/shutdown complete/);
    expect(log).not.toContain(TOKEN);
  });

  it('exits 1 with a clear message, and no token, when Slack rejects the token', async () => {
    nock(SLACK).post('/api/auth.test').reply(200, { ok: false, error: 'invalid_auth' });
    const app = await start();
    expect(await app.exited()).toBe(1);
    expect(app.io.err()).toMatch(/slack could not start/);
    expect(app.io.err() + app.logs.join('')).not.toContain(TOKEN);
  });

  it('gives up within seconds, saying Slack could not be reached, when nothing answers', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const began = Date.now();
    const app = await start({ SLACK_API_URL: `http://127.0.0.1:${closed}/api/` });
    expect(await app.exited()).toBe(1);
    expect(Date.now() - began).toBeLessThan(15_000);
    expect(app.io.err()).toMatch(/could not reach Slack's Web API/);
    expect(app.io.err()).not.toContain(TOKEN);
  });

  it('names a bad variable without printing its value', async () => {
    const io = captureIo();
    const code = await main([], env({ SLACK_BOT_TOKEN: 'not-a-token-value', RATE_LIMIT: 'lots' }), io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/SLACK_BOT_TOKEN must start with xoxb-/);
    expect(io.err()).toMatch(/RATE_LIMIT/);
    expect(io.err()).not.toContain('not-a-token-value');
  });
});

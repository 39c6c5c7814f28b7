import { createServer, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { safeToRetry } from '../../../src/adapters/slack/retry-policy.js';
import { webApiFetch } from '../../../src/adapters/slack/web-api-fetch.js';
import { FakeSlack } from './helpers/fake-slack.js';
import { BOT_TOKEN } from './helpers/harness.js';

// The Web API client's calls over node:http instead of fetch: what Slack receives and what the
// client makes of each answer must be what it was with fetch, failures included, since the retry
// policy decides from the failure's shape whether a post may be sent again.

const servers: Array<Server | TcpServer> = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A loopback server answering every request with `answer`; returns its Web API base URL. */
async function serving(answer: (res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.once('end', () => answer(res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}

const client = (slackApiUrl: string, options: webApi.WebClientOptions = {}): webApi.WebClient =>
  new webApi.WebClient(BOT_TOKEN, { slackApiUrl, fetch: webApiFetch(), retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR, ...options });

describe('Web API calls over node:http', () => {
  it('posts a message with its fields, blocks and token, and returns what Slack answered', async () => {
    const fake = new FakeSlack();
    await fake.start();
    try {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'An *etcd* answer: ünïcödé & symbols = fine' } }];
      const result = await client(fake.apiUrl).chat.postMessage({ channel: 'C1', thread_ts: '1712.44', text: 'etcd', blocks: JSON.stringify(blocks) as never });
      expect(result.ok).toBe(true);
      expect(typeof result.ts).toBe('string');
      const [call] = fake.callsTo('chat.postMessage');
      expect(call?.token).toBe(BOT_TOKEN);
      expect(call?.args).toMatchObject({ channel: 'C1', thread_ts: '1712.44', text: 'etcd', blocks: JSON.stringify(blocks) });
    } finally {
      await fake.close();
    }
  });

  it('fails a refused connection the way fetch does, so the post is retried (it never reached Slack)', async () => {
    const url = await serving((res) => res.end());
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const err: unknown = await client(url).auth.test().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_request_error' });
    expect(safeToRetry(err)).toBe(true);
  });

  it('gives up when the client times out, without a retry (Slack may have posted)', async () => {
    const url = await serving(() => undefined);
    const err: unknown = await client(url, { timeout: 100 }).chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_request_error' });
    expect(safeToRetry(err)).toBe(false);
  });

  it('gives up at its own time limit as at the client\'s, without a retry, and the next call still goes through', async () => {
    let answering = false;
    const url = await serving((res) => {
      if (answering) res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"user_id":"U1"}');
    });
    const limited = client(url, { fetch: webApiFetch(undefined, { timeoutMs: 100 }) });
    const err: unknown = await limited.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_request_error', original: { name: 'TimeoutError' } });
    expect(safeToRetry(err)).toBe(false);
    answering = true;
    await expect(limited.auth.test()).resolves.toMatchObject({ user_id: 'U1' });
  });

  it('hands fetch the same time limit, as a signal, for what it does not send itself', async () => {
    const signals: Array<AbortSignal | null | undefined> = [];
    const fallback: webApi.FetchFunction = async (_input, init) => {
      signals.push(init?.signal);
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await webApiFetch(fallback, { timeoutMs: 5_000 })('http://127.0.0.1:1/respond/r1', { method: 'POST', body: '{}' });
    await webApiFetch(fallback)('http://127.0.0.1:1/respond/r2', { method: 'POST', body: '{}' });
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[1]).toBeUndefined();
  });

  it('refuses to follow a redirect, as fetch with redirect "error" does', async () => {
    const url = await serving((res) => res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end());
    await expect(client(url).auth.test()).rejects.toMatchObject({ code: 'slack_webapi_request_error' });
  });

  it('reads a 429 with its Retry-After, and a 5xx as an HTTP error worth retrying', async () => {
    const limited = await serving((res) => res.writeHead(429, { 'retry-after': '7' }).end());
    await expect(client(limited, { rejectRateLimitedCalls: true }).auth.test()).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 });
    const down = await serving((res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('service unavailable'));
    const err: unknown = await client(down).auth.test().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 503, body: 'service unavailable' });
    expect(safeToRetry(err)).toBe(true);
  });

  it('decodes a compressed answer, as fetch would', async () => {
    const url = await serving((res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(JSON.stringify({ ok: true, user_id: 'U1' }))));
    await expect(client(url).auth.test()).resolves.toMatchObject({ ok: true, user_id: 'U1' });
  });

  it('reads an empty answer marked as compressed as empty: a 503 stays an HTTP error worth retrying', async () => {
    const url = await serving((res) => res.writeHead(503, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end());
    const err: unknown = await client(url).auth.test().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 503 });
    expect(safeToRetry(err)).toBe(true);
  });

  it('gives up on a connection that never becomes ready as one that never opened, so the post is retried', async () => {
    // Accepts the connection and never answers the TLS handshake: the network between is silent.
    const silent = createTcpServer((socket) => sockets.push(socket));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`;
    const slow = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: url, fetch: webApiFetch(undefined, { connectTimeoutMs: 50 }), retryConfig: { retries: 0 }, timeout: 60_000, logLevel: webApi.LogLevel.ERROR });
    const err: unknown = await slow.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'slack_webapi_request_error' });
    expect(safeToRetry(err)).toBe(true);
  });

  it('sends through Node\'s fetch, as the Slack SDK does, when HTTPS_PROXY is set, unless NO_PROXY names the host', async () => {
    const fake = new FakeSlack();
    await fake.start();
    try {
      const viaFetch: string[] = [];
      const fallback: webApi.FetchFunction = async (input) => {
        viaFetch.push(String(input));
        return new Response('{"ok":true,"user_id":"U9"}', { status: 200, headers: { 'content-type': 'application/json' } });
      };
      const behind = (env: Record<string, string>): webApi.WebClient =>
        new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl, fetch: webApiFetch(fallback, { env }), retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });
      await expect(behind({ http_proxy: 'http://proxy.internal:3128' }).auth.test()).resolves.toMatchObject({ user_id: 'U9' });
      expect(viaFetch).toEqual([`${fake.apiUrl}auth.test`]);
      await behind({ HTTP_PROXY: 'http://proxy.internal:3128', NO_PROXY: 'localhost,127.0.0.1' }).auth.test();
      expect(viaFetch).toHaveLength(1);
      expect(fake.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("hands fetch what it does not send itself (a file's form data, a redirect to follow)", async () => {
    const seen: string[] = [];
    const fallback: webApi.FetchFunction = async (input) => {
      seen.push(String(input));
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const fetch = webApiFetch(fallback);
    await fetch('http://127.0.0.1:1/api/files.upload', { method: 'POST', body: new FormData(), redirect: 'error' });
    await fetch('http://127.0.0.1:1/respond/r1', { method: 'POST', body: '{}' });
    expect(seen).toEqual(['http://127.0.0.1:1/api/files.upload', 'http://127.0.0.1:1/respond/r1']);
  });
});

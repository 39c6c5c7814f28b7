import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Socket } from 'node:net';
import type { webApi } from '@slack/bolt';
import { anyProxy, proxiedBy } from './proxy-env.js';

// The Web API client's `fetch` option ("transport-level behavior"), on node:http instead of Node's
// WHATWG fetch. Every reply is one chat.postMessage, and fetch's machinery (a Request and its web
// stream, the body copied as USV text, undici writing it from an async iterator, a Response and its
// stream) took 0.9-1.3 ms from the call to the request reaching the fake Slack, and put an
// event-loop turn before the first byte, where the feedback commit then ran; over node:http it is
// about 0.5 ms (the reply bench's timeline, 2026-12-06). A/B on the reply bench, same run:
// CPU per mention 2.28 against 3.02 ms, p50 0.80x one at a time and 0.53x in waves of 20.
// What Slack receives is the same: the client's own method, headers and form body, on a kept-alive
// connection.

type FetchFunction = webApi.FetchFunction;
type FetchRequestInit = NonNullable<Parameters<FetchFunction>[1]>;
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/** Statuses that carry a Location to follow, which the client asks fetch to refuse (`redirect: 'error'`). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Free connections are closed after this long, or sooner when the server's Keep-Alive header says
 * it closes them sooner (Node's agent honours the hint only under a timeout of its own); undici,
 * under fetch, keeps them 4 s as well.
 */
const IDLE_MS = 4_000;
/**
 * A new connection (and its TLS handshake) that takes longer fails as one that never opened, which
 * the retry policy repeats: without it a silent network held the call until the client's 10 s
 * timeout, after which nothing is repeated (a timed-out post may have been posted).
 */
export const CONNECT_TIMEOUT_MS = 3_000;

/** One header's value as fetch's Headers gives it: repeated headers joined by ", ". */
function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A body sent compressed although nothing asked for it (fetch would have decoded it too). */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  // An empty body is empty however it is labelled (a 503 or a 204 from a proxy or Slack's edge).
  if (body.length === 0) return body;
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

function response(url: string, res: IncomingMessage, raw: Buffer): FetchResponse {
  const status = res.statusCode ?? 0;
  const body = decoded(raw, headerValue(res.headers['content-encoding']) ?? undefined);
  const headers = {
    get: (name: string): string | null => headerValue(res.headers[name.toLowerCase()]),
    entries: (): Iterable<[string, string]> => Object.entries(res.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, headerValue(value) ?? '']])),
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    text: async () => body.toString('utf8'),
    json: async (): Promise<unknown> => JSON.parse(body.toString('utf8')),
  };
}

/** Rejections shaped like fetch's, so the retry policy reads the socket's code the same way (`cause.code`). */
const failed = (cause: unknown): TypeError => new TypeError('fetch failed', { cause });

export interface WebApiFetchOptions {
  connectTimeoutMs?: number;
  /**
   * How long one call may take in all, from sending to the answer read (0 or absent: no limit).
   * The client's own `timeout` option does the same with an `AbortSignal.timeout` per call, about
   * 9 µs each and a timer left pending for the whole 10 s (a few thousand of them under load); here
   * it is one plain timer, cleared with the answer. A call that runs out fails as fetch does when
   * that signal fires (a TimeoutError), so the retry policy still never repeats it.
   */
  timeoutMs?: number;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read from (the process's environment). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * A fetch for the Web API client. It handles what the client sends (a string URL, a form or JSON
 * string body, `redirect: 'error'`); anything else (a file upload's FormData, a redirect to follow)
 * goes to `fallback`, Node's fetch. So does every call the proxy variables send through a proxy:
 * node:http has no proxy support of its own, and Node's fetch is what the Slack SDK uses unless told
 * otherwise (it honours the variables where Node's fetch does: NODE_USE_ENV_PROXY=1, Node 22.21+).
 */
export function webApiFetch(fallback: FetchFunction = globalThis.fetch as FetchFunction, options: WebApiFetchOptions = {}): FetchFunction {
  const agents = { 'http:': new HttpAgent({ keepAlive: true, timeout: IDLE_MS }), 'https:': new HttpsAgent({ keepAlive: true, timeout: IDLE_MS }) };
  const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const timeoutMs = options.timeoutMs ?? 0;
  const env = options.env ?? process.env;
  const proxied = anyProxy(env);
  // What fetch is handed goes with the same limit, as a signal.
  const limited = (init: FetchRequestInit | undefined): FetchRequestInit | undefined =>
    timeoutMs > 0 && init?.signal == null ? { ...init, signal: AbortSignal.timeout(timeoutMs) } : init;
  return (input, init) => {
    const url = typeof input === 'string' ? input : input.href;
    const protocol = url.startsWith('https:') ? 'https:' : url.startsWith('http:') ? 'http:' : undefined;
    if (protocol === undefined || init === undefined || init.redirect !== 'error' || (init.body !== undefined && typeof init.body !== 'string')) return fallback(input, limited(init));
    if (proxied && proxiedBy(env, new URL(url))) return fallback(input, limited(init));
    return send(url, protocol, init, agents[protocol], connectTimeoutMs, timeoutMs);
  };
}

/** What fetch rejects with when an `AbortSignal.timeout` ends the call. */
const timedOut = (): DOMException => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

/** Fails `req` as a connection that never opened, when a new one is not ready within `ms`. */
function limitConnect(req: ReturnType<typeof httpRequest>, protocol: 'http:' | 'https:', ms: number): void {
  req.once('socket', (socket: Socket) => {
    // A kept-alive connection is ready already.
    if (!socket.connecting) return;
    const timer = setTimeout(() => {
      const err = Object.assign(new Error(`no connection to ${req.host} within ${ms} ms`), { code: 'UND_ERR_CONNECT_TIMEOUT' });
      req.destroy(err);
    }, ms);
    const ready = (): void => clearTimeout(timer);
    socket.once(protocol === 'https:' ? 'secureConnect' : 'connect', ready);
    socket.once('close', ready);
  });
}

function send(url: string, protocol: 'http:' | 'https:', init: FetchRequestInit, agent: HttpAgent, connectTimeoutMs: number, timeoutMs: number): Promise<FetchResponse> {
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const body = typeof init.body === 'string' ? init.body : undefined;
  const headers: Record<string, string | number> = { ...init.headers };
  if (body !== undefined) headers['Content-Length'] = Buffer.byteLength(body);
  return new Promise<FetchResponse>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (err: unknown, value?: FetchResponse): void => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (value) resolve(value);
      else reject(err);
    };
    const request = protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location !== undefined) {
        res.resume();
        settle(failed(new Error(`unexpected redirect (${status}) from the Web API`)));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', (err) => settle(failed(err)));
      res.once('end', () => {
        try {
          settle(undefined, response(url, res, Buffer.concat(chunks)));
        } catch (err) {
          settle(failed(err));
        }
      });
    });
    // What fetch does when its signal fires (the client's timeout): the request is dropped and the call rejects with the signal's reason.
    function onAbort(): void {
      req.destroy();
      settle(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        req.destroy();
        settle(timedOut());
      }, timeoutMs);
      // Like the signal's timer, it keeps nothing running by itself (the request's socket does).
      timer.unref();
    }
    limitConnect(req, protocol, connectTimeoutMs);
    // `on`, not `once`: a request destroyed with an error may report it twice (itself and its socket).
    req.on('error', (err) => settle(failed(err)));
    req.end(body);
  });
}

import { DefaultRestOptions, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

/**
 * Waits before each retry of a 5xx. discord.js retries a 5xx at once, three times: four attempts
 * within 4 ms, all landing in the same outage. These waits let a brief one pass; their total stays
 * well inside discord.js's per-request timeout, and an interaction's first response (due within
 * 3 s) still has a chance after the first.
 */
export const BACKOFF_MS: readonly number[] = [250, 1_000];

/** Whole-request timeout, retries and waits included (discord.js's default is 15 s). */
export const REST_TIMEOUT_MS = 10_000;

/** Connection errors that mean the request never reached Discord, so sending it again is safe. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function neverSent(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A body that can be sent twice (JSON text, bytes); a stream cannot. */
const resendable = (body: unknown): boolean => body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * discord.js's request function with a backoff: a 5xx, or a connection that never opened, is tried
 * again after each of `delays`. Timeouts and resets are not retried: Discord may have acted on the
 * request (posted the message). Used with `retries: 0`, so discord.js adds no retries of its own.
 */
export function withBackoff(makeRequest: MakeRequest = DefaultRestOptions.makeRequest, delays: readonly number[] = BACKOFF_MS, sleep = wait): MakeRequest {
  return async (url, init) => {
    const canResend = resendable(init.body);
    for (let attempt = 0; ; attempt += 1) {
      const delay = delays[attempt];
      const last = delay === undefined || !canResend || init.signal?.aborted === true;
      try {
        const res = await makeRequest(url, init);
        if (res.status < 500 || last) return res;
        // Release the failed response's connection before waiting.
        await res.arrayBuffer().catch(() => undefined);
      } catch (err) {
        if (last || !neverSent(err)) throw err;
      }
      await sleep(delay, init.signal);
    }
  };
}

/** The REST options archbot runs discord.js with. */
export function restOptions(apiUrl: string | undefined): Partial<RESTOptions> {
  return { retries: 0, timeout: REST_TIMEOUT_MS, makeRequest: withBackoff(), ...(apiUrl ? { api: apiUrl } : {}) };
}

import type { webApi } from '@slack/bolt';

/**
 * Connection errors that mean the request never reached Slack: repeating it cannot post twice.
 * A reset or a timeout is different: Slack may have posted the message and only the answer was
 * lost, and chat.postMessage has no idempotency key.
 */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(err: unknown): string | undefined {
  let current: unknown = err;
  // fetch wraps the socket's error: WebAPIRequestError → TypeError('fetch failed') → Error{code}.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('slack_')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Whether a failed Web API call may be sent again: only when Slack cannot have acted on it. That is
 * a connection that never opened, a 429 (the client has already waited the Retry-After), or a 5xx
 * from Slack's edge. A timeout is not retried: with Slack answering in 10.5 s, the 10 s timeout used
 * to retry twice and three copies of one answer were posted.
 */
export function safeToRetry(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (code === 'slack_webapi_http_error') {
    const status = (err as { statusCode?: unknown }).statusCode;
    return typeof status === 'number' && status >= 500;
  }
  if (code === 'slack_webapi_request_error') return NEVER_SENT.has(causeCode((err as { original?: unknown }).original) ?? '');
  // The client's own signal after waiting out a 429's Retry-After (a plain Error, not a coded one).
  return err.message.startsWith('A rate limit was exceeded');
}

/**
 * Two quick retries of what is safe to repeat; anything else fails at once and is logged. The
 * WebClient hands this object to p-retry as is, which honours onFailedAttempt.
 */
export const SLACK_RETRIES: webApi.RetryOptions & { onFailedAttempt: (err: unknown) => void } = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 2_000,
  onFailedAttempt: (err: unknown) => {
    // Throwing from onFailedAttempt stops p-retry with this error.
    if (!safeToRetry(err)) throw err;
  },
};

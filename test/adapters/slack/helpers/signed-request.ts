import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-5e1f0c2a9b';

export interface SignOptions {
  /** Seconds since the epoch; Slack's own clock at send time unless a test wants it stale. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
  /** Slack's retry counter header, set on redeliveries. */
  retryNum?: number;
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a body to the app over real HTTP, signed exactly as Slack signs it. */
export async function postSigned(url: string, body: string, contentType: string, options: SignOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(options.secret ?? SIGNING_SECRET, timestamp, body),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/**
 * The largest body accepted on /slack/events. Slack's largest requests are far below it: a message
 * event carries at most 40,000 characters of text (up to 4 bytes each in UTF-8) plus the same text
 * again as rich_text blocks, about 320 KB; an interaction carries the clicked message, at most 50
 * blocks of 3,000 characters, form-encoded, a few hundred KB at worst. Bolt's own default is 4 MiB,
 * which let unsigned requests hold 4 MiB each before their signature was even looked at.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bodies read at once. Slack delivers an app's events one by one per workspace, each a few KB, so
 * even a busy install has a handful in flight; beyond this the request gets 503 with Retry-After and
 * Slack retries. With MAX_BODY_BYTES it bounds what a flood can make the process hold: 32 MiB.
 */
export const MAX_BODIES_IN_FLIGHT = 32;

/** Slack's documented replay window, applied in both directions (Bolt only refuses the past). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Slack's SSL check is an unsigned form POST of a few fields; nothing unsigned may be larger. */
const MAX_UNSIGNED_BYTES = 512;

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

export interface Refusal {
  status: 400 | 401 | 413 | 503;
  reason: string;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Declared length, when the sender declared one (chunked requests do not). */
export function declaredLength(headers: IncomingHttpHeaders): number | undefined {
  const raw = header(headers, 'content-length');
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Slack's SSL check: unsigned, form-encoded and tiny; read (cheaply) and answered by the guard. */
export function mayBeSslCheck(headers: IncomingHttpHeaders): boolean {
  const length = declaredLength(headers);
  return header(headers, 'content-type') === 'application/x-www-form-urlencoded' && length !== undefined && length <= MAX_UNSIGNED_BYTES;
}

/**
 * What the headers alone say about a request: signature headers missing or malformed, a timestamp
 * more than five minutes from now in either direction, or a declared body over the cap. Decided
 * before a byte of the body is read.
 */
export function headerRefusal(headers: IncomingHttpHeaders, nowMs: number): Refusal | undefined {
  const signature = header(headers, 'x-slack-signature');
  const timestamp = header(headers, 'x-slack-request-timestamp');
  if (signature === undefined || !SIGNATURE.test(signature)) return { status: 401, reason: 'missing or malformed x-slack-signature' };
  if (timestamp === undefined || !TIMESTAMP.test(timestamp)) return { status: 401, reason: 'missing or malformed x-slack-request-timestamp' };
  if (Math.abs(Number(timestamp) - nowMs / 1000) > MAX_CLOCK_SKEW_SECONDS) return { status: 401, reason: 'x-slack-request-timestamp is more than 5 minutes from now' };
  const length = declaredLength(headers);
  if (length !== undefined && length > MAX_BODY_BYTES) return { status: 413, reason: `declared body of ${length} bytes is over ${MAX_BODY_BYTES}` };
  return undefined;
}

export type BodyResult = { kind: 'body'; body: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/** Reads the body, stopping as soon as it passes `limit` bytes (a chunked sender declares no length). */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ kind: 'body', body: Buffer.concat(chunks, size) }));
    req.once('error', () => finish({ kind: 'aborted' }));
    req.once('close', () => finish({ kind: 'aborted' }));
  });
}

import type { IncomingHttpHeaders } from 'node:http';
import { declaredLength, MAX_BODY_BYTES } from '../shared/http-body.js';

// Slack's own checks on /slack/events, from the headers alone; the body's size cap and reader are
// shared by every platform's routes (`src/adapters/shared/http-body.ts`).

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

import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

// Reading a request body on a platform's own HTTP route (`ServedPlatform.routes`) without letting
// a sender make the process hold more than it should: a cap on each body, a cap on bodies read at
// once, and a reader that stops at the cap even when no length was declared. Slack's events route
// (`src/adapters/slack/events-route.ts`) shows them in use: refuse a declared length over the cap
// with 413 before reading, refuse with 503 and Retry-After once MAX_BODIES_IN_FLIGHT are being read.

/**
 * The largest body a route accepts. Sized for Slack, the largest sender so far: a message event
 * carries at most 40,000 characters of text (up to 4 bytes each in UTF-8) plus the same text again
 * as rich_text blocks, about 320 KB; an interaction carries the clicked message, at most 50 blocks
 * of 3,000 characters, form-encoded, a few hundred KB at worst. Bolt's own default is 4 MiB, which
 * let unsigned requests hold 4 MiB each before their signature was even looked at.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bodies one route reads at once. Slack delivers an app's events one by one per workspace, each a
 * few KB, so even a busy install has a handful in flight; beyond this the request gets 503 with
 * Retry-After and the sender retries. With MAX_BODY_BYTES it bounds what a flood can make the
 * process hold: 32 MiB.
 */
export const MAX_BODIES_IN_FLIGHT = 32;

/** Declared length, when the sender declared one (chunked requests do not). */
export function declaredLength(headers: IncomingHttpHeaders): number | undefined {
  const raw = headers['content-length'];
  return typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
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

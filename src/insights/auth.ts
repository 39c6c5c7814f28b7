import { createHash, timingSafeEqual } from 'node:crypto';
import { BoundedCache } from '../core/bounded-cache.js';

export type LoginResult = 'ok' | 'unauthorized' | 'locked';

export interface LoginGuardOptions {
  password: string;
  /** Failed logins one address may make within a minute; the next is locked out for a minute. */
  maxFailures: number;
  clock?: () => number;
}

const MINUTE = 60_000;
/** Addresses remembered at once; the oldest are forgotten first, so a spray of addresses cannot exhaust memory. */
const MAX_TRACKED = 10_000;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The password from an `Authorization: Basic …` header (any user name), or undefined. */
export function basicPassword(header: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/**
 * HTTP Basic auth for the insights page. Passwords are compared as SHA-256 digests with
 * timingSafeEqual, so neither the length nor the first differing byte shows in the time taken.
 * Each address gets `maxFailures` wrong tries a minute; after the last of them it is refused for
 * a minute, right password or not.
 */
export function createLoginGuard(options: LoginGuardOptions): (address: string, authorization: string | undefined) => LoginResult {
  const expected = digest(options.password);
  const clock = options.clock ?? Date.now;
  const failures = new BoundedCache<string, { since: number; count: number; lockedUntil: number }>(MAX_TRACKED);
  return (address, authorization) => {
    const now = clock();
    const entry = failures.get(address);
    if (entry && entry.lockedUntil > now) return 'locked';
    const given = basicPassword(authorization);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) {
      failures.delete(address);
      return 'ok';
    }
    // A request with no credentials is a browser asking for the login prompt, not a guess.
    if (authorization === undefined) return 'unauthorized';
    const current = entry && now - entry.since < MINUTE ? entry : { since: now, count: 0, lockedUntil: 0 };
    current.count += 1;
    if (current.count >= options.maxFailures) current.lockedUntil = now + MINUTE;
    failures.set(address, current);
    return 'unauthorized';
  };
}

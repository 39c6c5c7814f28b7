import { createHash } from 'node:crypto';
import type { FeedbackEvent, FeedbackLog, Logger, PlatformName } from './types.js';
import { errorMessage } from './errors.js';
import { BoundedCache } from './bounded-cache.js';

/**
 * Hashes of the people seen lately: the same few people ask most questions, and each hash was a
 * SHA-256 per message on the way to the reply. Least recently used out first, so the regulars stay
 * however many people pass through once.
 */
const hashes = new BoundedCache<string, string>(5_000);

/**
 * Content authors need to know that the same person asked twice, never who they are: the store
 * only ever sees a one-way hash of the platform and user id.
 */
export function hashUser(platform: PlatformName, userId: string): string {
  const key = `${platform}:${userId}`;
  const known = hashes.use(key);
  if (known !== undefined) return known;
  const hash = createHash('sha256').update(`archbot:${key}`).digest('hex').slice(0, 16);
  hashes.set(key, hash);
  return hash;
}

/**
 * Writes in the background: a slow or failing store never delays or breaks a reply. Stores write
 * in batches, and every event of a failed batch fails with the same error: it is logged once.
 */
export function recorder(log: FeedbackLog | undefined, logger: Logger): (event: FeedbackEvent) => void {
  const logged = new WeakSet<object>();
  return (event) => {
    if (!log) return;
    log.record(event, { background: true }).catch((err: unknown) => {
      if (typeof err === 'object' && err !== null) {
        if (logged.has(err)) return;
        logged.add(err);
      }
      logger.warn({ err: errorMessage(err), kind: event.kind }, 'could not record feedback');
    });
  };
}

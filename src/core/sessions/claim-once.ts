import type { Logger, SessionStore } from '../types.js';
import { errorMessage } from '../errors.js';

/**
 * True the first time a key is claimed within `ttlMs`, false after. Platforms redeliver events
 * (Slack retries, a second replica seeing the same interaction); claiming the delivery id through
 * the shared store makes every one of them answered exactly once.
 */
export async function claimOnce(store: SessionStore, key: string, ttlMs: number): Promise<boolean> {
  return store.compareAndSet(`once:${key}`, null, 1, ttlMs);
}

/**
 * `claimOnce` for an incoming event. When the store cannot be reached, the event is still answered
 * (at worst twice, by two replicas) rather than silently dropped, and the outage is logged.
 */
export async function claimDelivery(store: SessionStore, key: string, ttlMs: number, logger: Logger): Promise<boolean> {
  try {
    return await claimOnce(store, key, ttlMs);
  } catch (err) {
    logger.warn({ key, err: errorMessage(err) }, 'delivery dedupe unavailable (store error); answering anyway');
    return true;
  }
}

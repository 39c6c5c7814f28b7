import type { SessionStore } from '../types.js';

/**
 * True the first time a key is claimed within `ttlMs`, false after. Platforms redeliver events
 * (Slack retries, a second replica seeing the same interaction); claiming the delivery id through
 * the shared store makes every one of them answered exactly once.
 */
export async function claimOnce(store: SessionStore, key: string, ttlMs: number): Promise<boolean> {
  return store.compareAndSet(`once:${key}`, null, 1, ttlMs);
}

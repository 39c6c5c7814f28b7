import type { Logger, SessionStore } from '../types.js';
import { errorMessage } from '../errors.js';
import { BoundedCache } from '../bounded-cache.js';

/**
 * True the first time a key is claimed within `ttlMs`, false after. Platforms redeliver events
 * (a platform's retries, a second replica seeing the same interaction); claiming the delivery id through
 * the shared store makes every one of them answered exactly once.
 */
export async function claimOnce(store: SessionStore, key: string, ttlMs: number): Promise<boolean> {
  return store.compareAndSet(`once:${key}`, null, 1, ttlMs);
}

/**
 * How long a delivery claim may wait on the store. A claim is one small round trip (well under a
 * millisecond on a healthy Redis); a store that takes longer is down or stuck, and waiting for its
 * own command timeout would make the person wait too (some platforms give up after 3 s).
 */
export const CLAIM_TIMEOUT_MS = 1_000;

/** Ids this process has claimed recently, for when the shared store cannot answer. */
class LocalClaims {
  // A flood of ids costs at most `max` entries, the oldest forgotten first.
  private readonly expiry: BoundedCache<string, number>;

  constructor(max: number) {
    this.expiry = new BoundedCache(max);
  }

  /** Remembers `key`; true unless it was already remembered and unexpired. */
  claim(key: string, ttlMs: number, now: number): boolean {
    const until = this.expiry.get(key);
    if (until !== undefined && until > now) return false;
    this.expiry.set(key, now + ttlMs);
    return true;
  }
}

/** 10,000 ids is about a megabyte, and more deliveries than an hour of a platform's retries needs here. */
const LOCAL_MAX = 10_000;
const localByStore = new WeakMap<SessionStore, LocalClaims>();

function localClaims(store: SessionStore): LocalClaims {
  let local = localByStore.get(store);
  if (!local) {
    local = new LocalClaims(LOCAL_MAX);
    localByStore.set(store, local);
  }
  return local;
}

function timeout(ms: number): { promise: Promise<never>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * `claimOnce` for an incoming event. When the store fails or does not answer within `timeoutMs`,
 * dedupe degrades to best effort: this process still refuses an id it has seen itself, but a
 * repeat reaching another replica may be answered twice. Rather that than a person left without an
 * answer; the log says it happened.
 */
export async function claimDelivery(store: SessionStore, key: string, ttlMs: number, logger: Logger, timeoutMs = CLAIM_TIMEOUT_MS): Promise<boolean> {
  const local = localClaims(store);
  const now = Date.now();
  // A store in this process (SQLite) has answered by the time the call returns, so a timer could
  // never fire first: none is set, rather than a timer and a race on every message for nothing.
  const limit = store.inProcess ? undefined : timeout(timeoutMs);
  try {
    const claim = claimOnce(store, key, ttlMs);
    const first = await (limit ? Promise.race([claim, limit.promise]) : claim);
    // Remembered here too, so a repeat arriving during a later outage is still recognised.
    if (first) local.claim(key, ttlMs, now);
    return first;
  } catch (err) {
    const first = local.claim(key, ttlMs, now);
    logger.warn({ key, err: errorMessage(err), answering: first }, 'delivery dedupe is best effort while the store is unavailable (repeats reaching other replicas may be answered twice)');
    return first;
  } finally {
    limit?.cancel();
  }
}

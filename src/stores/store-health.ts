import type { Redis } from 'ioredis';

/** Answers whether a store can serve requests right now. Never rejects. */
export type StoreProbe = () => Promise<boolean>;

/**
 * Every store the bot uses, by the name the readiness body and the `archbot_store_up` gauge show
 * (`sessions`: sessions and delivery dedupe; `feedback`: the feedback log).
 */
export type StoreProbes = Record<string, StoreProbe>;

/** A probe that has not answered in this long counts as down: a stuck store is as bad as a gone one. */
export const PROBE_TIMEOUT_MS = 500;

/** Runs `probe`; false on an error or when it takes longer than `ms`. */
export async function probeWithin(probe: StoreProbe, ms = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([probe().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Each store as up or down, probed in parallel. */
export async function storeStatus(probes: StoreProbes): Promise<Record<string, 'up' | 'down'>> {
  const entries = await Promise.all(Object.entries(probes).map(async ([name, probe]) => [name, (await probeWithin(probe)) ? 'up' : 'down'] as const));
  return Object.fromEntries(entries);
}

/** Connected, and a PING comes back. */
export function redisProbe(redis: Redis): StoreProbe {
  return async () => redis.status === 'ready' && (await redis.ping()) === 'PONG';
}

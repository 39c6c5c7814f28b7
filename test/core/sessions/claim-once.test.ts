import { describe, expect, it, vi } from 'vitest';
import { claimDelivery } from '../../../src/core/sessions/claim-once.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { SessionStore } from '../../../src/core/types.js';
import { memoryLogger } from '../../helpers/kb.js';

function downStore(): SessionStore {
  const fail = () => Promise.reject(new Error("Stream isn't writeable"));
  return { get: fail, compareAndSet: fail, delete: fail };
}

/** A store that never answers, like a Redis stopped with SIGSTOP behind a long command timeout. */
function frozenStore(): SessionStore {
  const never = () => new Promise<never>(() => {});
  return { get: never, compareAndSet: never, delete: never };
}

describe('claiming a delivery', () => {
  it('answers the first delivery of an id and refuses the repeats', async () => {
    const store = new MemoryStore();
    const logger = memoryLogger();
    expect(await claimDelivery(store, 'slack:Ev1', 60_000, logger)).toBe(true);
    expect(await claimDelivery(store, 'slack:Ev1', 60_000, logger)).toBe(false);
    expect(await claimDelivery(store, 'slack:Ev2', 60_000, logger)).toBe(true);
  });

  it('still answers when the store is down, and says in a warn line that dedupe is best effort', async () => {
    const logger = memoryLogger();
    expect(await claimDelivery(downStore(), 'discord:123', 60_000, logger)).toBe(true);
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringMatching(/dedupe is best effort/) })]);
  });

  it('still refuses a repeat this process has seen while the store is down', async () => {
    const store = downStore();
    const logger = memoryLogger();
    expect(await claimDelivery(store, 'slack:Ev9', 60_000, logger)).toBe(true);
    expect(await claimDelivery(store, 'slack:Ev9', 60_000, logger)).toBe(false);
    expect(await claimDelivery(store, 'slack:Ev10', 60_000, logger)).toBe(true);
  });

  it('does not wait on a store that never answers', async () => {
    const logger = memoryLogger();
    await expect(claimDelivery(frozenStore(), 'discord:456', 60_000, logger, 20)).resolves.toBe(true);
    expect(logger.lines[0]?.fields.err).toMatch(/did not answer/);
  });

  it('believes a store that answers at once and one that answers a little later, within the limit', async () => {
    const logger = memoryLogger();
    const local = new MemoryStore();
    expect(await claimDelivery(local, 'discord:789', 60_000, logger)).toBe(true);
    expect(await claimDelivery(local, 'discord:789', 60_000, logger)).toBe(false);
    // A remote store (Redis) answers a few milliseconds later: its answer is waited for, and it
    // says a repeat was claimed already (by another replica) even though this process never saw it.
    const shared = new MemoryStore();
    const remote: SessionStore = {
      get: (key) => shared.get(key),
      compareAndSet: async (key, expected, value, ttl) => {
        await new Promise((r) => setTimeout(r, 5));
        return shared.compareAndSet(key, expected, value, ttl);
      },
      delete: (key) => shared.delete(key),
    };
    await shared.compareAndSet('once:discord:790', null, 1, 60_000);
    expect(await claimDelivery(remote, 'discord:790', 60_000, logger, 200)).toBe(false);
    expect(await claimDelivery(remote, 'discord:791', 60_000, logger, 200)).toBe(true);
    expect(logger.lines).toEqual([]);
  });

  it('sets no timer around a store in this process, which has answered by the time the call returns', async () => {
    vi.useFakeTimers();
    try {
      const store = new MemoryStore();
      const logger = memoryLogger();
      const claimed = claimDelivery(store, 'discord:800', 60_000, logger);
      expect(vi.getTimerCount()).toBe(0);
      expect(await claimed).toBe(true);
      // A remote store still gets its time limit.
      const remote: SessionStore = { get: (key) => store.get(key), compareAndSet: (...args) => store.compareAndSet(...args), delete: (key) => store.delete(key) };
      const repeat = claimDelivery(remote, 'discord:800', 60_000, logger);
      expect(vi.getTimerCount()).toBe(1);
      expect(await repeat).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('remembers ids the store accepted, so a repeat during a later outage is still refused here', async () => {
    const memory = new MemoryStore();
    let down = false;
    const flaky: SessionStore = {
      get: (key) => (down ? downStore().get(key) : memory.get(key)),
      compareAndSet: (key, expected, value, ttl) => (down ? downStore().compareAndSet(key, expected, value, ttl) : memory.compareAndSet(key, expected, value, ttl)),
      delete: (key) => (down ? downStore().delete(key) : memory.delete(key)),
    };
    const logger = memoryLogger();
    expect(await claimDelivery(flaky, 'slack:EvA', 60_000, logger)).toBe(true);
    down = true;
    expect(await claimDelivery(flaky, 'slack:EvA', 60_000, logger)).toBe(false);
  });

  it('forgets a locally remembered id once its time is up', async () => {
    const store = downStore();
    const logger = memoryLogger();
    expect(await claimDelivery(store, 'slack:EvT', 0, logger)).toBe(true);
    expect(await claimDelivery(store, 'slack:EvT', 0, logger)).toBe(true);
  });

  it('remembers at most 10,000 ids locally, forgetting the oldest first', async () => {
    const store = downStore();
    const logger = memoryLogger();
    for (let i = 0; i <= 10_000; i++) await claimDelivery(store, `slack:Ev${i}`, 60_000, logger);
    expect(await claimDelivery(store, 'slack:Ev1', 60_000, logger)).toBe(false);
    expect(await claimDelivery(store, 'slack:Ev0', 60_000, logger)).toBe(true);
  });
});

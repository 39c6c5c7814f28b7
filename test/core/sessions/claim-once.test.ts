import { describe, expect, it } from 'vitest';
import { claimDelivery } from '../../../src/core/sessions/claim-once.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { SessionStore } from '../../../src/core/types.js';
import { memoryLogger } from '../../helpers/kb.js';

describe('claiming a delivery', () => {
  it('answers the first delivery of an id and refuses the repeats', async () => {
    const store = new MemoryStore();
    const logger = memoryLogger();
    expect(await claimDelivery(store, 'slack:Ev1', 60_000, logger)).toBe(true);
    expect(await claimDelivery(store, 'slack:Ev1', 60_000, logger)).toBe(false);
    expect(await claimDelivery(store, 'slack:Ev2', 60_000, logger)).toBe(true);
  });

  it('still answers when the store is down, and says so in the log', async () => {
    const down: SessionStore = {
      get: () => Promise.reject(new Error("Stream isn't writeable")),
      compareAndSet: () => Promise.reject(new Error("Stream isn't writeable")),
      delete: () => Promise.reject(new Error("Stream isn't writeable")),
    };
    const logger = memoryLogger();
    expect(await claimDelivery(down, 'discord:123', 60_000, logger)).toBe(true);
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringMatching(/dedupe unavailable/) })]);
  });
});

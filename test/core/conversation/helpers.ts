import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { InboundEvent, Input, SessionStore, StoredValue } from '../../../src/core/types.js';

export const THREAD = 'slack:T1:D1';
export const alice = { id: 'U1', name: 'alice' };

export function say(text: string, thread = THREAD): InboundEvent {
  return { platform: 'slack', thread, place: 'dm', actor: alice, input: { type: 'text', text } };
}

export function act(input: Input, thread = THREAD): InboundEvent {
  return { platform: 'slack', thread, place: 'dm', actor: alice, input };
}

/** A real memory store that can be switched off, as Redis is when it goes away: every call then throws. */
export class SwitchableStore implements SessionStore {
  down = false;
  constructor(readonly inner: MemoryStore = new MemoryStore()) {}
  private check(): void {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
  }
  async get(key: string): Promise<StoredValue | undefined> {
    this.check();
    return this.inner.get(key);
  }
  async compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean> {
    this.check();
    return this.inner.compareAndSet(key, expected, value, ttlMs);
  }
  async delete(key: string): Promise<void> {
    this.check();
    return this.inner.delete(key);
  }
}

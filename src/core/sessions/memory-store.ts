import type { Clock, SessionStore, StoredValue } from '../types.js';

interface Entry {
  json: string;
  revision: number;
  expiresAt: number;
}

/**
 * The store for a local console and tests. Values are kept as JSON text so callers never share
 * object references with the store, exactly as with a real database.
 */
export class MemoryStore implements SessionStore {
  readonly inProcess = true;
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock = Date.now) {}

  async get(key: string): Promise<StoredValue | undefined> {
    const entry = this.live(key);
    return entry ? { value: JSON.parse(entry.json) as unknown, revision: entry.revision } : undefined;
  }

  async compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean> {
    const current = this.live(key);
    if ((current?.revision ?? null) !== expected) return false;
    this.entries.set(key, {
      json: JSON.stringify(value),
      revision: (current?.revision ?? 0) + 1,
      expiresAt: this.clock() + ttlMs,
    });
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

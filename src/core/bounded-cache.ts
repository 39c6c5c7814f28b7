/**
 * A map that holds at most `max` entries: caches keyed by what people send (display names, DM
 * channels, spelling corrections, failed logins by address) grow with every new key, and a big
 * workspace or a flood must not grow the heap without end. In the core so every layer can use it. `set` makes an entry the most recent; beyond `max` the least recent goes first.
 * `get` does not reorder, so a caller decides what counts as a use (a hit that is still fresh).
 */
export class BoundedCache<K, V> {
  // Map order is insertion order: re-inserting marks an entry as the most recently used.
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** `get` for a cache of things in use: a hit becomes the most recent, so what is used often stays (LRU). */
  use(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Whether `key` is held, for caches whose values may themselves be `undefined`. */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Entries from the least recently set to the most, for sweeping stale ones a few at a time. */
  oldestFirst(): IterableIterator<[K, V]> {
    return this.entries.entries();
  }

  get size(): number {
    return this.entries.size;
  }
}

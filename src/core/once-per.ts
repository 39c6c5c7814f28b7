/**
 * `build` worked out once for each object it is given, and kept only as long as that object lives (a WeakMap): tables
 * drawn from a knowledge base are the same for every message, so the first message pays for them and a knowledge base
 * loaded again (a test's own, a reload) gets its own.
 */
export function oncePer<K extends object, V extends object>(build: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    const found = kept.get(key);
    if (found !== undefined) return found;
    const built = build(key);
    kept.set(key, built);
    return built;
  };
}

/** A value computed on first use and kept: a reading of one message works out each of its facts only when first asked. */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

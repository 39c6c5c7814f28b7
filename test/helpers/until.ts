/**
 * Polls `probe` until it returns something, or fails after `timeoutMs` with `what()` as the reason: the one wait of the
 * suite for what happens behind a real transport (a fake platform's posts, a store's background work), read lazily so
 * the message can tell what was seen by then.
 */
export async function until<T>(probe: () => T | undefined | false, what: () => string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

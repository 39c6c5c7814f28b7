/** Polls `probe` until it returns something, or fails after `timeoutMs` with `what()` as the reason. */
export async function until<T>(probe: () => T | undefined | false, what: () => string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Discord drops an interaction that gets no first response within 3 seconds. Work is raced
 * against this much of that budget; past it the handler acknowledges first (a "thinking…" defer)
 * and sends the real response when the work is done.
 */
export const DEFER_AFTER_MS = 2_000;

/**
 * Awaits `work`; if it is still running after `ms`, calls `onLate` once (to defer) and makes sure
 * that call has finished before returning, so the caller knows which way to respond.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Promise<unknown>): Promise<T> {
  let late: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    late = onLate();
    // Awaited in `finally`; until then a failure must not count as unhandled (it would end the process).
    late.catch(() => undefined);
  }, ms);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    if (late) await late;
  }
}

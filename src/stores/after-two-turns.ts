/**
 * Runs `work` two event-loop turns from now, unless cancelled first: after the replies of this turn
 * went out, so the feedback of a burst of questions is written once, behind them.
 *
 * Two turns, not one: discord.js (undici) writes a reply's request a turn after creating it, and a
 * write at the next turn (100-200 µs) ran in between, on the way to every Discord reply (the reply
 * bench's timeline, 2026-12-06; Slack's calls, over node:http, are written in the turn they start).
 */
export function afterTwoTurns(work: () => void): { cancel(): void } {
  let cancelled = false;
  setImmediate(() =>
    setImmediate(() => {
      if (!cancelled) work();
    }),
  );
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}

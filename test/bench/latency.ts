import { performance } from 'node:perf_hooks';

/** p50 and p99 of a list of milliseconds. */
export function percentiles(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Replies are awaited by a key (the mention's ts or id): `expect` before sending, `arrived` from the
 * fake when the reply reaches it. Time is from just before the send to the reply's arrival.
 */
export class Replies {
  private readonly waiting = new Map<string, (at: number) => void>();

  expect(key: string): Promise<number> {
    const sent = performance.now();
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${key} within 10 s`)), 10_000);
      this.waiting.set(key, (at) => {
        clearTimeout(timer);
        resolve(at - sent);
      });
    });
  }

  arrived(key: string | undefined): void {
    if (key === undefined) return;
    const done = this.waiting.get(key);
    this.waiting.delete(key);
    done?.(performance.now());
  }
}

/**
 * How mentions are paced. discord.js (like Discord itself) allows 50 REST requests a second per bot
 * and holds the 51st until the second is over (up to a second later): at full speed, which mentions
 * land past the 50th of their second is luck of timing, and that wait, the same in both bots,
 * would swamp every other figure. Discord mentions are therefore sent at most 40 a second, and each
 * burst starts in a second of its own.
 */
export interface Pacing {
  /** Least time from one sequential mention's send to the next one's. */
  spacingMs: number;
  /** Quiet time before each burst (and before a sequential run). */
  pauseMs: number;
}

export const UNPACED: Pacing = { spacingMs: 0, pauseMs: 0 };

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** One mention at a time, `count` times: each latency in ms. */
export async function sequential(count: number, mention: (i: number) => Promise<number>, pacing: Pacing = UNPACED): Promise<number[]> {
  const out: number[] = [];
  await sleep(pacing.pauseMs);
  for (let i = 0; i < count; i++) {
    const sent = performance.now();
    out.push(await mention(i));
    await sleep(pacing.spacingMs - (performance.now() - sent));
  }
  return out;
}

/** `waves` bursts of `size` mentions sent at once, the next burst once all are answered. */
export async function inWaves(waves: number, size: number, mention: (i: number) => Promise<number>, pacing: Pacing = UNPACED): Promise<number[]> {
  const out: number[] = [];
  for (let w = 0; w < waves; w++) {
    await sleep(pacing.pauseMs);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, i) => mention(w * size + i)))));
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateDecision } from '../../src/core/rate-limit.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

function times(limiter: RateLimiter, key: string, n: number): RateDecision[] {
  return Array.from({ length: n }, () => limiter.check(key));
}

describe('RateLimiter', () => {
  it('lets 5 messages in 10 s through, tells the sender once, then drops the rest silently', () => {
    const { clock } = fakeClock();
    const limiter = new RateLimiter({ clock });
    expect(times(limiter, 'slack:U1', 9)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'limited-first', 'limited', 'limited', 'limited']);
  });

  it('lets the sender back in once the oldest message leaves the window, and tells them again next flood', () => {
    const { clock, advance } = fakeClock();
    const limiter = new RateLimiter({ clock });
    limiter.check('u');
    advance(2_000);
    times(limiter, 'u', 4);
    expect(limiter.check('u')).toBe('limited-first');
    advance(7_999);
    expect(limiter.check('u')).toBe('limited');
    advance(1);
    // The first message is now 10 s old: exactly one slot is free.
    expect(times(limiter, 'u', 3)).toEqual(['ok', 'limited-first', 'limited']);
    advance(10_000);
    expect(times(limiter, 'u', 6)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'limited-first']);
  });

  it('does not count refused messages, so a steady flood still gets an answer each window', () => {
    const { clock, advance } = fakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, clock });
    const seen: RateDecision[] = [];
    for (let i = 0; i < 10; i += 1) {
      seen.push(limiter.check('u'));
      advance(250);
    }
    expect(seen).toEqual(['ok', 'limited-first', 'limited', 'limited', 'ok', 'limited-first', 'limited', 'limited', 'ok', 'limited-first']);
  });

  it('keeps each key separate', () => {
    const { clock } = fakeClock();
    const limiter = new RateLimiter({ limit: 2, clock });
    expect(times(limiter, 'a', 3)).toEqual(['ok', 'ok', 'limited-first']);
    expect(times(limiter, 'b', 2)).toEqual(['ok', 'ok']);
  });

  it('forgets keys whose window has emptied, so memory does not grow with every user ever seen', () => {
    const { clock, advance } = fakeClock();
    const limiter = new RateLimiter({ clock, windowMs: 1_000 });
    for (let i = 0; i < 100; i += 1) limiter.check(`user-${i}`);
    expect(limiter.size).toBe(100);
    advance(1_000);
    for (let i = 0; i < 100; i += 1) limiter.check('active');
    expect(limiter.size).toBe(1);
  });

  it('never holds more than maxKeys, dropping the least recently seen first', () => {
    const { clock } = fakeClock();
    const limiter = new RateLimiter({ limit: 1, maxKeys: 3, clock });
    for (const key of ['a', 'b', 'c']) limiter.check(key);
    expect(limiter.check('a')).toBe('limited-first');
    limiter.check('d');
    expect(limiter.size).toBe(3);
    // b was the least recently seen, so it was forgotten and starts afresh; a is still limited.
    expect(limiter.check('a')).toBe('limited');
    expect(limiter.check('b')).toBe('ok');
  });

  it('counts clicks apart from typed messages, against a much higher bound', () => {
    const { clock } = fakeClock();
    const limiter = new RateLimiter({ clock });
    expect(times(limiter, 'u', 6)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'limited-first']);
    const clicks = Array.from({ length: 32 }, () => limiter.check('u', 'click'));
    expect(clicks.slice(0, 30).every((d) => d === 'ok')).toBe(true);
    expect(clicks.slice(30)).toEqual(['limited-first', 'limited']);
    expect(limiter.check('u')).toBe('limited');
    const custom = new RateLimiter({ clock, clickLimit: 2 });
    expect(Array.from({ length: 3 }, () => custom.check('v', 'click'))).toEqual(['ok', 'ok', 'limited-first']);
  });

  it('refuses settings that would make no sense', () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(/at least 1/);
    expect(() => new RateLimiter({ limit: 2.5 })).toThrow(/whole number/);
    expect(() => new RateLimiter({ windowMs: 0 })).toThrow(/more than 0/);
    expect(() => new RateLimiter({ windowMs: Number.NaN })).toThrow(/more than 0/);
    expect(() => new RateLimiter({ maxKeys: 0 })).toThrow(/maxKeys/);
    expect(() => new RateLimiter({ clickLimit: 0 })).toThrow(/at least 1/);
  });
});

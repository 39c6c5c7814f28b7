import { afterEach, describe, expect, it } from 'vitest';
import type { RateDecision } from '../../src/core/types.js';
import { RedisRateLimit } from '../../src/stores/redis-rate-limit.js';
import { memoryLogger } from '../helpers/kb.js';
import { useTestRedis } from './helpers/use-test-redis.js';
import { proxiedRedis } from './helpers/tcp-proxy.js';

// RATE_LIMIT with REDIS_URL set: two limiters on their own connections are two replicas.

const redis = useTestRedis();
const { prefix } = redis;
const opened: RedisRateLimit[] = [];

afterEach(async () => {
  for (const limiter of opened.splice(0)) await limiter.close();
});

async function replica(options: { clock?: () => number; url?: string; keyPrefix?: string } = {}): Promise<RedisRateLimit> {
  const limiter = await RedisRateLimit.connect(options.url ?? redis.url, {
    logger: memoryLogger(),
    prefix: options.keyPrefix ?? prefix,
    limit: 5,
    clickLimit: 30,
    windowMs: 10_000,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  opened.push(limiter);
  return limiter;
}

const count = (decisions: RateDecision[]): Record<RateDecision, number> => ({
  ok: decisions.filter((d) => d === 'ok').length,
  'limited-first': decisions.filter((d) => d === 'limited-first').length,
  limited: decisions.filter((d) => d === 'limited').length,
});

describe('RATE_LIMIT shared through Redis', () => {
  it('counts one person across two replicas: five in total, one "slow down" between them', async () => {
    const a = await replica();
    const b = await replica();
    const seen: RateDecision[] = [];
    for (let i = 0; i < 9; i += 1) seen.push(await (i % 2 === 0 ? a : b).check('slack:U1', 'typed'));
    expect(seen).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'limited-first', 'limited', 'limited', 'limited']);
  });

  it('is atomic: 40 checks racing on two replicas let exactly five through and tell once', async () => {
    const a = await replica();
    const b = await replica();
    const seen = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).check('slack:U2', 'typed')));
    expect(count(seen)).toEqual({ ok: 5, 'limited-first': 1, limited: 34 });
  });

  it('counts clicks against their own, higher bound', async () => {
    const a = await replica();
    for (let i = 0; i < 6; i += 1) await a.check('slack:U3', 'typed');
    const clicks = await Promise.all(Array.from({ length: 35 }, () => a.check('slack:U3', 'click')));
    expect(count(clicks)).toEqual({ ok: 30, 'limited-first': 1, limited: 4 });
  });

  it('slides: a slot frees once the oldest accepted message is a window old, and keys expire', async () => {
    let now = 1_000_000;
    const a = await replica({ clock: () => now });
    const b = await replica({ clock: () => now });
    await a.check('slack:U4', 'typed');
    now += 2_000;
    for (let i = 0; i < 4; i += 1) await b.check('slack:U4', 'typed');
    expect(await a.check('slack:U4', 'typed')).toBe('limited-first');
    now += 8_000;
    expect([await b.check('slack:U4', 'typed'), await a.check('slack:U4', 'typed')]).toEqual(['ok', 'limited-first']);
    const ttl = await redis.raw.pttl(`${prefix}rate:{typed:slack:U4}:hits`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10_000);
  });

  it('keeps answering from a per-process count while Redis is unreachable, logging it once', async () => {
    const { proxy, url } = await proxiedRedis(redis.url);
    const logger = memoryLogger();
    const limiter = await RedisRateLimit.connect(url, { logger, prefix, limit: 2, windowMs: 10_000 });
    opened.push(limiter);
    await proxy.stop();
    const seen: RateDecision[] = [];
    for (let i = 0; i < 4; i += 1) seen.push(await limiter.check('slack:U5', 'typed'));
    expect(seen).toEqual(['ok', 'ok', 'limited-first', 'limited']);
    expect(logger.lines.filter((l) => l.message.startsWith('rate limit: Redis did not answer'))).toHaveLength(1);
  });
});

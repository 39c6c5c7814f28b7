import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_CLICK_LIMIT, DEFAULT_TYPED_LIMIT, DEFAULT_WINDOW_MS, RateLimiter } from '../core/rate-limit.js';
import type { Clock, Logger, RateDecision, RateKind, RateLimit } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { connectRedis, quitRedis } from './redis-connection.js';
import { RedisScript } from './redis-script.js';
import { DEFAULT_REDIS_PREFIX } from './redis-store.js';

/**
 * One check, atomically, whichever replica runs it. KEYS[1]: a sorted set of accepted events
 * (score = time in ms); KEYS[2]: "this person was told during this flood". ARGV: now, window ms,
 * limit, a member unique to this event. Returns 0 ok, 1 limited-first, 2 limited; the same
 * sliding window as the in-process RateLimiter (refused events are not counted).
 */
const CHECK = new RedisScript(`
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return 0
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then return 1 end
return 2
`);

const DECISIONS: readonly RateDecision[] = ['ok', 'limited-first', 'limited'];

export interface RedisRateLimitOptions {
  /** Typed messages and commands per person per window (RATE_LIMIT). */
  limit?: number;
  /** Clicks on the bot's own buttons per person per window. */
  clickLimit?: number;
  windowMs?: number;
  prefix?: string;
  logger: Logger;
  clock?: Clock;
}

/**
 * RATE_LIMIT shared by every replica on one Redis: with two replicas behind a load balancer, a
 * person gets RATE_LIMIT messages per window in total, not per replica, and one "slow down".
 * When Redis does not answer, each process counts on its own until it does (logged once per
 * outage): a store outage must not stop answers or hand out "something went wrong".
 */
export class RedisRateLimit implements RateLimit {
  private readonly limits: Record<RateKind, number>;
  private readonly windowMs: number;
  private readonly prefix: string;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly fallback: RateLimiter;
  private readonly instance = randomBytes(4).toString('hex');
  private sequence = 0;
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    options: RedisRateLimitOptions,
    private readonly ownsConnection = false,
  ) {
    this.limits = { typed: options.limit ?? DEFAULT_TYPED_LIMIT, click: options.clickLimit ?? DEFAULT_CLICK_LIMIT };
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
    this.logger = options.logger;
    this.clock = options.clock ?? Date.now;
    // Also validates the settings, with the same messages as the in-process limiter.
    this.fallback = new RateLimiter({ limit: this.limits.typed, clickLimit: this.limits.click, windowMs: this.windowMs, clock: this.clock });
  }

  /**
   * A limiter on its own connection. Its commands time out quickly (a rate-limit check precedes
   * every answer, and Discord allows 3 s for the first response), unlike the session store's.
   */
  static async connect(url: string, options: RedisRateLimitOptions & { commandTimeoutMs?: number }): Promise<RedisRateLimit> {
    const redis = await connectRedis(url, { logger: options.logger, commandTimeoutMs: options.commandTimeoutMs ?? 500 });
    return new RedisRateLimit(redis, options, true);
  }

  async check(key: string, kind: RateKind = 'typed'): Promise<RateDecision> {
    // Braces keep both keys in one Redis Cluster slot, as a script touching two keys needs.
    const base = `${this.prefix}rate:{${kind}:${key}}`;
    const now = this.clock();
    this.sequence += 1;
    try {
      const reply = await CHECK.run(this.redis, [`${base}:hits`, `${base}:told`], [now, this.windowMs, this.limits[kind], `${now}:${this.instance}:${this.sequence}`]);
      const decision = typeof reply === 'number' ? DECISIONS[reply] : undefined;
      if (decision === undefined) throw new Error(`unexpected reply from Redis to a rate-limit check: ${String(reply)}`);
      if (this.degraded) {
        this.degraded = false;
        this.logger.info({}, 'rate limit: shared again through Redis');
      }
      return decision;
    } catch (err) {
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn({ err: errorMessage(err) }, 'rate limit: Redis did not answer; counting per process until it does');
      }
      return this.fallback.check(key, kind);
    }
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await quitRedis(this.redis);
  }
}

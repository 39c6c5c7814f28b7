import type { Redis } from 'ioredis';
import type { SessionStore, StoredValue } from '../core/types.js';
import { connectRedis, quitRedis, type RedisConnectOptions } from './redis-connection.js';
import { RedisScript } from './redis-script.js';
import { fromJson, toJson } from './stored-json.js';

export const DEFAULT_REDIS_PREFIX = 'archbot:';

/**
 * Each key is a hash {r: revision, j: json} with a PEXPIRE. Anything else found at a key (another
 * type, a missing or non-numeric revision) reads as revision 0 and can be replaced at revision 0,
 * so a damaged key never blocks a thread until it expires.
 */
const GET = new RedisScript(`
local t = redis.call('TYPE', KEYS[1])['ok']
if t == 'none' then return false end
if t == 'string' then return {0, redis.call('GET', KEYS[1])} end
if t ~= 'hash' then return {0, ''} end
local v = redis.call('HMGET', KEYS[1], 'r', 'j')
return {tonumber(v[1]) or 0, v[2] or ''}
`);

/** ARGV: expected revision ('' = only if absent), json, ttl in ms. Returns 1 when written. */
const COMPARE_AND_SET = new RedisScript(`
local t = redis.call('TYPE', KEYS[1])['ok']
local current = nil
if t == 'hash' then current = tonumber(redis.call('HGET', KEYS[1], 'r')) or 0
elseif t ~= 'none' then current = 0 end
if ARGV[1] == '' then
  if current ~= nil then return 0 end
elseif current ~= tonumber(ARGV[1]) then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'r', (current or 0) + 1, 'j', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`);

function isStoredReply(reply: unknown): reply is [number, string] {
  return Array.isArray(reply) && typeof reply[0] === 'number' && typeof reply[1] === 'string';
}

/**
 * Sessions in Redis, shared by every bot process pointing at the same server. Both operations are
 * Lua scripts, so compare-and-set is atomic across processes; Redis expires keys itself.
 * Non-JSON text comes back as the raw string (see `fromJson`).
 */
export class RedisStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string = DEFAULT_REDIS_PREFIX,
    private readonly ownsConnection = false,
  ) {}

  /** A store on its own connection, which `close()` quits. */
  static async connect(url: string, options: RedisConnectOptions & { prefix?: string }): Promise<RedisStore> {
    return new RedisStore(await connectRedis(url, options), options.prefix ?? DEFAULT_REDIS_PREFIX, true);
  }

  /** Where `key` lives in Redis. */
  keyFor(key: string): string {
    return `${this.prefix}${key}`;
  }

  async get(key: string): Promise<StoredValue | undefined> {
    const reply = await GET.run(this.redis, [this.keyFor(key)], []);
    if (reply === null) return undefined;
    if (!isStoredReply(reply)) throw new Error('unexpected reply from Redis to a session read');
    return { value: fromJson(reply[1]), revision: reply[0] };
  }

  async compareAndSet(key: string, expected: number | null, value: unknown, ttlMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    const reply = await COMPARE_AND_SET.run(this.redis, [this.keyFor(key)], [expected ?? '', toJson(value), ttl]);
    return reply === 1;
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.keyFor(key));
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await quitRedis(this.redis);
  }
}

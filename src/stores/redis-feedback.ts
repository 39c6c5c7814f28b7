import type { ChainableCommander, Redis } from 'ioredis';
import type { FeedbackEvent, FeedbackLog, FeedbackReport, ReportQuery } from '../core/types.js';
import { DAY_MS, DEFAULT_RETENTION_DAYS, dayOf, gapGroup, invalidEvent, questionText, voteAnswer } from './feedback-text.js';
import { afterTwoTurns } from './after-two-turns.js';
import { readRedisReport } from './redis-feedback-report.js';
import { RedisScript } from './redis-script.js';
import { DEFAULT_REDIS_PREFIX } from './redis-store.js';
import type { FeedbackLogOptions } from './sqlite-feedback.js';

// The day bucket a vote or a step lands in is read from per-person (or per-session) state, so these
// scripts name keys built from ARGV; fine on one server, which is what archbot supports.

/** One vote per person per answer: undo their previous vote (in its day), count this one, remember it. */
const VOTE = new RedisScript(`
local old = redis.call('GET', KEYS[1])
if old then
  local oday, oconcept, ovote = string.match(old, '^([^\\t]*)\\t([^\\t]*)\\t([^\\t]*)$')
  if oday then
    local okey = ARGV[1] .. oday .. ':' .. ovote
    if tonumber(redis.call('ZINCRBY', okey, -1, oconcept)) <= 0 then redis.call('ZREM', okey, oconcept) end
  end
end
local key = ARGV[1] .. ARGV[2] .. ':' .. ARGV[4]
redis.call('ZINCRBY', key, 1, ARGV[3])
redis.call('PEXPIREAT', key, ARGV[6])
redis.call('SET', KEYS[1], ARGV[2] .. '\\t' .. ARGV[3] .. '\\t' .. ARGV[4], 'PX', ARGV[5])
`);

/** A session counts once at each step it reaches for the first time (step 1 is "started"). */
const STEP = new RedisScript(`
local furthest = tonumber(redis.call('HGET', KEYS[1], 'step') or '0')
local step = tonumber(ARGV[2])
if step > furthest then
  for k = furthest + 1, step do redis.call('HINCRBY', KEYS[2], ARGV[1] .. '\\t' .. k, 1) end
  redis.call('PEXPIREAT', KEYS[2], ARGV[4])
  redis.call('HSET', KEYS[1], 'step', step)
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local of = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or '0')
if tonumber(ARGV[5]) > of then redis.call('HSET', KEYS[3], ARGV[1], ARGV[5]) end
redis.call('PEXPIRE', KEYS[3], ARGV[3])
`);

/** A session's first verdict counts. */
const VERDICT = new RedisScript(`
if redis.call('HSETNX', KEYS[1], 'verdict', ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[1] .. '\\t' .. ARGV[2], 1)
  redis.call('PEXPIREAT', KEYS[2], ARGV[4])
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
`);

interface Pending {
  event: FeedbackEvent;
  done: () => void;
  failed: (err: unknown) => void;
}

/**
 * Counters per UTC day under `<prefix>feedback:d:<YYYY-MM-DD>:<name>`, each expiring when the day
 * falls out of the retention; a report adds up the days of its window inside Redis (ZUNIONSTORE),
 * so no event is ever read back one by one. Per gap group, the questions asked and the latest
 * nearest concepts; per person and answer, their last vote; per session, its furthest step.
 *
 * Questions asked and missed (most of what is recorded) are counted two event-loop turns later, all
 * those of a burst in one MULTI: sent at once, their commands were written to Redis's socket on the
 * way to every reply, and twenty questions at once were twenty transactions. Each `record` settles
 * once its MULTI has run; a report, and `close`, send what is queued first.
 */
export class RedisFeedbackLog implements FeedbackLog {
  private readonly retentionMs: number;
  private readonly clock: () => number;
  private pending: Pending[] = [];
  private scheduled: { cancel(): void } | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string = DEFAULT_REDIS_PREFIX,
    options: FeedbackLogOptions = {},
  ) {
    this.retentionMs = (options.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    this.clock = options.clock ?? Date.now;
  }

  /** `<prefix>feedback:` followed by `name`. */
  key(name: string): string {
    return `${this.prefix}feedback:${name}`;
  }

  dayKey(day: string, name: string): string {
    return this.key(`d:${day}:${name}`);
  }

  async record(event: FeedbackEvent): Promise<void> {
    const invalid = invalidEvent(event);
    if (invalid) throw new Error(`feedback ${event.kind} not recorded: ${invalid}`);
    const day = dayOf(event.at);
    // A day's counters live until its last event has passed the retention.
    const expireAt = String(Math.floor(event.at / DAY_MS) * DAY_MS + DAY_MS + this.retentionMs);
    const ttl = String(this.retentionMs);
    // Votes, steps and verdicts read state first, so they run as scripts; the rest is one MULTI.
    if (event.kind === 'vote') {
      await VOTE.run(this.redis, [this.key(`vote:${event.user}:${voteAnswer(event)}`)], [this.key('d:'), day, event.concept, event.vote, ttl, expireAt]);
      return;
    }
    if (event.kind === 'step') {
      const keys = [this.key(`session:${event.session}`), this.dayKey(day, 'reached'), this.key('steps')];
      await STEP.run(this.redis, keys, [event.checklist, event.step, ttl, expireAt, event.of]);
      return;
    }
    if (event.kind === 'verdict') {
      await VERDICT.run(this.redis, [this.key(`session:${event.session}`), this.dayKey(day, 'verdicts')], [event.checklist, event.verdict, ttl, expireAt]);
      return;
    }
    return new Promise((done, failed) => {
      this.pending.push({ event, done, failed });
      this.scheduled ??= afterTwoTurns(() => void this.flush());
    });
  }

  /** Sends every queued question in one MULTI. */
  async flush(): Promise<void> {
    this.scheduled?.cancel();
    this.scheduled = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      const m = this.redis.multi();
      for (const { event } of batch) this.countInto(m, event);
      await m.exec();
      for (const p of batch) p.done();
    } catch (err) {
      // One error for the whole batch: the recorder logs it once, not once per question.
      for (const p of batch) p.failed(err);
    }
  }

  /** The day counters (and gap questions) of a question asked, missed or picked from an offer. */
  private countInto(m: ChainableCommander, event: FeedbackEvent): void {
    const day = dayOf(event.at);
    const expireAt = String(Math.floor(event.at / DAY_MS) * DAY_MS + DAY_MS + this.retentionMs);
    const ttl = String(this.retentionMs);
    const count = (name: string, member: string, hash = false) => {
      const key = this.dayKey(day, name);
      if (hash) m.hincrby(key, member, 1);
      else m.zincrby(key, 1, member);
      m.pexpireat(key, expireAt);
    };
    switch (event.kind) {
      case 'asked':
        count('outcomes', 'answer', true);
        count('topics', event.concept);
        break;
      case 'miss': {
        count('outcomes', event.status, true);
        const term = event.term?.trim().toLowerCase();
        if (event.status === 'clarify') for (const c of event.nearest ?? []) count('offered', c);
        if (event.status === 'outside' && term) count('outside', term);
        if (event.status === 'unknown' || event.status === 'outside') {
          const group = gapGroup(event);
          count('gaps', group);
          // Scores negated so ZRANGE 0 1 is "most asked first, ties by text", as in SQLite.
          m.zincrby(this.key(`gapq:${group}`), -1, questionText(event.question)).pexpire(this.key(`gapq:${group}`), ttl);
          m.hset(this.key(`gap:${group}`), 'term', term ?? '', 'nearest', JSON.stringify(event.nearest ?? [])).pexpire(this.key(`gap:${group}`), ttl);
        }
        break;
      }
      case 'offer-taken':
        count('taken', event.concept);
        count('rank', String(event.rank), true);
        break;
    }
  }

  async report(query: ReportQuery): Promise<FeedbackReport> {
    // Counts what was recorded just before, too.
    await this.flush();
    const since = Math.max(query.since, this.clock() - this.retentionMs);
    return readRedisReport(this.redis, this, { ...query, since }, query);
  }

  /** Sends what is still queued; the connection itself belongs to whoever opened it. */
  async close(): Promise<void> {
    await this.flush();
  }
}

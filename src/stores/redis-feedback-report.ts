import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FeedbackReport, ReportQuery } from '../core/types.js';
import { DAY_MS, dayOf, emptyOutcomes, funnelsFromCounts, isOutcome, mergeOffers, reportLimit, votesFrom } from './feedback-text.js';

interface Keys {
  key(name: string): string;
  dayKey(day: string, name: string): string;
}

/** The UTC days a window touches, oldest first. */
export function daysOf(since: number, until: number): string[] {
  const days: string[] = [];
  for (let d = Math.floor(since / DAY_MS) * DAY_MS; d < until; d += DAY_MS) days.push(dayOf(d));
  return days;
}

/**
 * Adds up the window's day counters inside Redis: each sorted set is summed by ZUNIONSTORE into a
 * short-lived key (weights -1, so ZRANGE's order is "most first, ties by name") and read to `n`.
 */
export async function readRedisReport(redis: Redis, keys: Keys, window: ReportQuery, asked: ReportQuery): Promise<FeedbackReport> {
  const n = reportLimit(window.limit);
  const days = window.since < window.until ? daysOf(window.since, window.until) : [];
  const tmp = keys.key(`tmp:${randomBytes(6).toString('hex')}`);
  const summed = async (name: string, limit: number): Promise<Array<[string, number]>> => {
    if (days.length === 0 || limit === 0) return [];
    const sources = days.map((d) => keys.dayKey(d, name));
    const dest = `${tmp}:${name}`;
    const reply = await redis
      .multi([
        ['zunionstore', dest, sources.length, ...sources, 'WEIGHTS', ...sources.map(() => -1)],
        ['zrange', dest, 0, limit - 1, 'WITHSCORES'],
        ['del', dest],
      ])
      .exec();
    const failed = reply?.find(([err]) => err)?.[0];
    if (failed) throw failed;
    return pairs(reply?.[1]?.[1]).map(([member, score]) => [member, -Number(score)] as [string, number]).filter(([, c]) => c > 0);
  };
  const hashes = async (name: string): Promise<Array<[string, Record<string, string>]>> => {
    const p = redis.pipeline();
    for (const d of days) p.hgetall(keys.dayKey(d, name));
    const replies = (await p.exec()) ?? [];
    const failed = replies.find(([err]) => err)?.[0];
    if (failed) throw failed;
    return days.map((d, i) => [d, (replies[i]?.[1] ?? {}) as Record<string, string>]);
  };
  const ALL = 100_000; // lists bounded by the number of concepts are read whole, then sorted here

  const [outcomeDays, topics, gapRows, outside, offered, taken, ranks, up, down, reached, verdicts, steps] = await Promise.all([
    hashes('outcomes'),
    summed('topics', n),
    summed('gaps', n),
    summed('outside', n),
    summed('offered', ALL),
    summed('taken', ALL),
    hashes('rank'),
    summed('up', ALL),
    summed('down', ALL),
    hashes('reached'),
    hashes('verdicts'),
    redis.hgetall(keys.key('steps')),
  ]);

  const outcomes = emptyOutcomes();
  const perDay: FeedbackReport['perDay'] = [];
  for (const [day, counts] of outcomeDays) {
    for (const [status, value] of Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const count = Number(value);
      if (!isOutcome(status) || !(count > 0)) continue;
      outcomes[status] += count;
      perDay.push({ day, outcome: status, count });
    }
  }

  const p = redis.pipeline();
  for (const [group] of gapRows) p.zrange(keys.key(`gapq:${group}`), '0', '1').hgetall(keys.key(`gap:${group}`));
  const info = (await p.exec()) ?? [];
  const gaps = gapRows.map(([group, count], i) => {
    const examples = (info[2 * i]?.[1] ?? []) as string[];
    const meta = (info[2 * i + 1]?.[1] ?? {}) as Record<string, string>;
    return { group, count, examples, nearest: parseList(meta.nearest), ...(meta.term ? { term: meta.term } : {}) };
  });

  const rankCounts = addUp(ranks);
  const byRank = [...rankCounts].map(([rank, count]) => ({ rank: Number(rank), count })).sort((a, b) => a.rank - b.rank);
  const votes = votesFrom(new Map(up), new Map(down), n);

  return {
    since: asked.since,
    until: asked.until,
    perDay,
    outcomes,
    topics: topics.map(([concept, count]) => ({ concept, count })),
    gaps,
    outsideTerms: outside.map(([term, count]) => ({ term, count })),
    offers: { offered: outcomes.clarify, taken: byRank.reduce((s, r) => s + r.count, 0), byRank, concepts: mergeOffers(new Map(offered), new Map(taken), n) },
    votes,
    funnels: funnelsFromCounts(addUp(reached), addUp(verdicts), new Map(Object.entries(steps).map(([k, v]) => [k, Number(v) || 0]))),
  };
}

/** Per-day hashes added up field by field. */
function addUp(days: Array<[string, Record<string, string>]>): Map<string, number> {
  const total = new Map<string, number>();
  for (const [, hash] of days) for (const [field, value] of Object.entries(hash)) total.set(field, (total.get(field) ?? 0) + (Number(value) || 0));
  return total;
}

/** WITHSCORES replies are flat [m, s, m, s] over RESP2 and [[m, s], …] over RESP3; both are read. */
function pairs(reply: unknown): Array<[string, unknown]> {
  if (!Array.isArray(reply)) return [];
  const flat: unknown[] = reply.flat();
  const out: Array<[string, unknown]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([String(flat[i]), flat[i + 1]]);
  return out;
}

function parseList(v: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(v ?? '[]');
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

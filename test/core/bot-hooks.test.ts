import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { RateLimiter } from '../../src/core/rate-limit.js';
import { MemoryStore } from '../../src/core/sessions/memory-store.js';
import type { BotMetrics, FeedbackEvent, FeedbackLog, InboundEvent, Input, RateLimit, SessionStore } from '../../src/core/types.js';
import { emptyReport } from '../../src/stores/feedback-text.js';
import { memoryLogger, realKb } from '../helpers/kb.js';
import { anyReply } from '../helpers/replies.js';
import { DECIDE } from '../helpers/decide.js';

function collectingLog(): FeedbackLog & { events: FeedbackEvent[] } {
  const events: FeedbackEvent[] = [];
  return {
    events,
    async record(event) {
      events.push(event);
    },
    async report(query) {
      return emptyReport(query);
    },
  };
}

function countingMetrics(): BotMetrics & { counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const bump = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  return { counts, lookup: (s) => bump(`lookup:${s}`), session: (e) => bump(`session:${e}`) };
}

const event = (input: Input, user = 'U42'): InboundEvent => ({ platform: 'slack', thread: 'slack:T1:D1', place: 'dm', actor: { id: user }, input });
const text = (t: string, user?: string): InboundEvent => event({ type: 'text', text: t }, user);
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('bot hooks: metrics, feedback and flood control', () => {
  it('counts lookups by status and sessions started, completed and expired', async () => {
    const metrics = countingMetrics();
    let now = 1_000_000;
    const bot = createBot({ kb: realKb(), store: new MemoryStore(() => now), logger: memoryLogger(), clock: () => now, metrics, sessionTtlMs: 60_000 });
    await bot.handle(text('what is etcd'));
    await bot.handle(text('what is the weather like'));
    await bot.handle(text(DECIDE));
    for (const answer of ['one', 'few', 'yes', 'steady', 'simplicity', 'no']) await bot.handle(text(answer));
    await bot.handle(text(DECIDE));
    now += 120_000;
    const late = await bot.handle(text('one'));
    expect(late.replies.map(anyReply)[0]?.code).toBe('expired');
    expect(metrics.counts).toEqual({ 'lookup:answer': 1, 'lookup:unknown': 1, 'session:started': 2, 'session:completed': 1, 'session:expired': 1 });
  });

  it('records asked topics, misses and votes with the user id hashed', async () => {
    const log = collectingLog();
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger: memoryLogger(), feedback: log });
    await bot.handle(text('what is a pod'));
    await bot.handle(text('how do I bake bread'));
    await bot.handle(event({ type: 'action', action: { type: 'feedback', concept: 'pod', vote: 'down' } }));
    await flush();
    expect(log.events.map((e) => e.kind)).toEqual(['asked', 'miss', 'vote']);
    expect(log.events[0]).toMatchObject({ kind: 'asked', concept: 'pod' });
    expect(log.events[1]).toMatchObject({ kind: 'miss', status: 'unknown', question: 'how do I bake bread' });
    expect(log.events[2]).toMatchObject({ kind: 'vote', concept: 'pod', vote: 'down' });
    for (const e of log.events) {
      expect(e.user).toMatch(/^[0-9a-f]{16}$/);
      expect(JSON.stringify(e)).not.toContain('U42');
    }
    expect(new Set(log.events.map((e) => e.user)).size).toBe(1);
  });

  it('still answers when the feedback store fails, and logs the failure', async () => {
    const logger = memoryLogger();
    const broken: FeedbackLog = {
      record: () => Promise.reject(new Error('disk full')),
      report: () => Promise.reject(new Error('disk full')),
    };
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger, feedback: broken });
    const out = await bot.handle(text('what is a pod'));
    expect(out.replies[0]?.kind).toBe('answer');
    await flush();
    expect(logger.lines.some((l) => l.level === 'warn' && l.message.includes('feedback'))).toBe(true);
  });

  it('answers a flood of typed messages and commands once, then stays quiet; clicks are counted apart', async () => {
    const budget = new Map<string, number>();
    const kindsSeen: string[] = [];
    const rateLimit: RateLimit = {
      check(key, kind) {
        kindsSeen.push(kind);
        const n = (budget.get(`${kind}:${key}`) ?? 0) + 1;
        budget.set(`${kind}:${key}`, n);
        return Promise.resolve(n <= 2 ? 'ok' : n === 3 ? 'limited-first' : 'limited');
      },
    };
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger: memoryLogger(), rateLimit });
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const out = await bot.handle(text('what is a pod'));
      kinds.push(out.replies.map((r) => (r.kind === 'notice' ? r.code : r.kind)).join(',') || 'silence');
    }
    expect(kinds).toEqual(['answer', 'answer', 'rate-limited', 'silence', 'silence']);
    // A command over the limit is silent too: the person was already told once.
    const command = await bot.handle(event({ type: 'command', text: 'etcd' }));
    expect(command.replies).toEqual([]);
    // A click is counted against its own bound, so the typed flood does not hold it back.
    const click = await bot.handle(event({ type: 'action', action: { type: 'topic', concept: 'etcd' } }));
    expect(click.replies[0]?.kind).toBe('answer');
    expect(kindsSeen).toEqual(['typed', 'typed', 'typed', 'typed', 'typed', 'typed', 'click']);
    // Opening a decision's thread is the adapter's own follow-up to a command already counted.
    const start = await bot.handle(event({ type: 'action', action: { type: 'start', checklist: 'docker-vs-kubernetes' } }));
    expect(start.replies[0]?.kind).toBe('question');
    // Someone else in the same thread is not held back by the first person's flood.
    expect((await bot.handle(text('what is a pod', 'U7'))).replies[0]?.kind).toBe('answer');
  });

  it('tells a script clicking 1,000 times once, and drops the rest before any work', async () => {
    const store = new MemoryStore();
    let reads = 0;
    const counting: SessionStore = {
      get: (key) => ((reads += 1), store.get(key)),
      compareAndSet: (key, expected, value, ttlMs) => store.compareAndSet(key, expected, value, ttlMs),
      delete: (key) => store.delete(key),
    };
    const bot = createBot({ kb: realKb(), store: counting, logger: memoryLogger(), rateLimit: new RateLimiter() });
    const outcomes = [];
    for (let i = 0; i < 1_000; i++) outcomes.push(await bot.handle(event({ type: 'action', action: { type: 'why', session: 'abc123', criterion: 'hosts' } })));
    const spoken = outcomes.filter((o) => o.replies.length > 0 || o.update);
    expect(spoken.length).toBeLessThanOrEqual(31);
    expect(outcomes.filter((o) => o.replies.map(anyReply)[0]?.code === 'rate-limited')).toHaveLength(1);
    // The 30 clicks let through each read the thread (its session and its context); the other 970 read nothing.
    expect(reads).toBeLessThanOrEqual(2 * 30);
  });
});

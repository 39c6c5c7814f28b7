import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.js';
import { RateLimiter } from '../../../src/core/rate-limit.js';
import type { InboundEvent, Input, Reply } from '../../../src/core/types.js';
import { memoryLogger, realKb, testBot } from '../../helpers/kb.js';
import { alice, SwitchableStore } from './helpers.js';
import { SHIPPED_CHECKLIST } from '../../helpers/decide.js';

// A decision started in a shared channel moves into a thread: one `handle` call gives the
// announcement for the channel and the first question for the thread; the adapter only says where
// the thread it opened is. No second event, so nothing is counted twice.

const CHANNEL = 'chat:T1:C1';
const NEW_THREAD = 'chat:T1:C1:1712.44';

function inChannel(input: Input): InboundEvent {
  return { platform: 'chat', thread: CHANNEL, place: 'channel', actor: alice, input };
}

function inThread(text: string): InboundEvent {
  return { platform: 'chat', thread: NEW_THREAD, place: 'thread', actor: alice, input: { type: 'text', text } };
}

const progressOf = (r: Reply) => (r.kind === 'question' ? r.progress : undefined);
const codeOf = (r: Reply) => (r.kind === 'notice' ? r.code : r.kind);

const decide: Input = { type: 'command', name: 'decide', text: SHIPPED_CHECKLIST };

describe('a decision started in a channel opens a thread', () => {
  it('announces in the channel, gives the first question for the thread once it is opened, and keeps the decision there once it is opened', async () => {
    const { bot } = testBot();
    const outcome = await bot.handle(inChannel(decide));
    expect(outcome.replies.map((r) => r.body)).toEqual([expect.stringMatching(/alice started a decision: \*\*Docker alone, or Kubernetes\?\*\*/)]);
    const opening = outcome.openThread;
    if (!opening) throw new Error('no thread asked for');
    expect(opening.title).toBe('Docker alone, or Kubernetes?');
    // Before the adapter says where the thread is, nothing runs there.
    expect((await bot.handle(inThread('one server'))).replies.map((r) => r.kind)).not.toContain('question');
    expect((await opening.opened(`${NEW_THREAD}x`)).map(progressOf)).toEqual([{ step: 1, total: 6 }]);
    expect((await bot.handle({ ...inThread('one server'), thread: `${NEW_THREAD}x` })).replies.map(progressOf)).toContainEqual({ step: 2, total: 6 });
  });

  it('costs one message against the rate limit, and the first question still arrives', async () => {
    const { bot } = testBot({ rateLimit: new RateLimiter({ limit: 1 }) });
    const outcome = await bot.handle(inChannel(decide));
    const replies: Reply[] = (await outcome.openThread?.opened(NEW_THREAD)) ?? [];
    expect(replies.map(progressOf)).toEqual([{ step: 1, total: 6 }]);
    // The next typed message within the window is the second: the limit applies from here.
    expect((await bot.handle(inThread('one server'))).replies.map(codeOf)).toEqual(['rate-limited']);
  });

  it('counts "Start a decision" clicks like any other click: a flood of them is cut short', async () => {
    const { bot } = testBot({ rateLimit: new RateLimiter({ limit: 5, clickLimit: 2 }) });
    const start: Input = { type: 'action', action: { type: 'start', checklist: 'docker-vs-kubernetes' } };
    const dm = { ...inChannel(start), place: 'dm' as const, thread: 'chat:T1:D1' };
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await bot.handle(dm));
    expect(outcomes.map((o) => (o.replies[0] ? codeOf(o.replies[0]) : undefined))).toEqual(['question', 'session-exists', 'rate-limited', undefined, undefined]);
  });

  it('tells the new thread that decisions are paused when the store fails as it opens, and crashes nothing', async () => {
    const store = new SwitchableStore();
    const logger = memoryLogger();
    const bot = createBot({ kb: realKb(), store, logger });
    const outcome = await bot.handle(inChannel(decide));
    store.down = true;
    const replies = (await outcome.openThread?.opened(NEW_THREAD)) ?? [];
    expect(replies.map(codeOf)).toEqual(['unavailable']);
    expect(logger.lines.some((l) => l.level === 'warn' && /could not keep a decision/.test(l.message))).toBe(true);
  });
});

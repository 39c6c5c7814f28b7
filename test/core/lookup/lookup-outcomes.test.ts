import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { InboundEvent } from '../../../src/core/types.js';
import { createMetrics } from '../../../src/server/metrics.js';
import { MemoryFeedbackLog } from '../../../src/stores/memory-feedback.js';
import { memoryLogger, realKb } from '../../helpers/kb.js';
import { anyReply } from '../../helpers/replies.js';

const text = (t: string): InboundEvent => ({ platform: 'slack', thread: 'slack:T1:D1', place: 'dm', actor: { id: 'U42' }, input: { type: 'text', text: t } });
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The value of one sample line, e.g. `archbot_lookups_total{status="answer"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('what a lookup leaves behind: replies, metrics and the feedback log', () => {
  it('counts every status, and keeps outside terms and small talk apart from misses', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const feedback = new MemoryFeedbackLog();
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger: memoryLogger(), metrics, feedback });
    const asked = ['what is etcd', 'what is a daemonset', 'tell me about daemon sets', 'hello', 'thanks!', 'manager', 'how do I bake sourdough bread'];
    const kinds: string[] = [];
    for (const q of asked) kinds.push(...(await bot.handle(text(q))).replies.map((r) => r.kind));
    await flush();
    expect(kinds).toEqual(['answer', 'outside', 'outside', 'smalltalk', 'smalltalk', 'clarify', 'unknown']);

    const exported = await metrics.registry.metrics();
    const count = (status: string): number | undefined => sample(exported, `archbot_lookups_total{status="${status}"}`);
    expect([count('answer'), count('outside'), count('smalltalk'), count('clarify'), count('unknown')]).toEqual([1, 2, 2, 1, 1]);

    const report = await feedback.report({ since: 0, until: Date.now() + 60_000, limit: 10 });
    expect(report.outsideTerms).toEqual([{ term: 'daemonset', count: 2 }]);
    expect(report.outcomes).toEqual({ answer: 1, outside: 2, smalltalk: 2, clarify: 1, unknown: 1 });
    expect(report.gaps.flatMap((g) => g.examples).sort()).toEqual(['how do I bake sourdough bread', 'tell me about daemon sets', 'what is a daemonset']);
  });

  it('offers the nearest covered topics as buttons under an outside reply, and the way in after small talk', async () => {
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger: memoryLogger() });
    const [outside] = (await bot.handle(text('what is a daemonset'))).replies.map(anyReply);
    expect(outside?.title).toBe('DaemonSet: not covered here');
    expect(outside?.quote).toBe('what is a daemonset');
    expect(outside?.choices?.map((c) => [c.label, c.action])).toEqual([
      ['Pods', { type: 'topic', concept: 'pod' }],
      ['Nodes', { type: 'topic', concept: 'node' }],
      ['Scheduler', { type: 'topic', concept: 'scheduler' }],
    ]);
    const [hello] = (await bot.handle(text('hi there'))).replies.map(anyReply);
    expect(hello?.body).toMatch(/^Hi! .*ask in plain words.*`topics`.*`decide`/);
    expect(hello?.choices?.map((c) => c.action.type)).toEqual(realKb().checklists.map(() => 'start'));
    // Which word the reply opens with: test/core/small-talk-reply.test.ts.
  });
});

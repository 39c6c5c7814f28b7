import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformDescriptors } from '../../src/adapters/registry.js';
import { createBot } from '../../src/core/bot.js';
import type { FeedbackEvent, InboundEvent } from '../../src/core/types.js';
import { main } from '../../src/main.js';
import { openStores } from '../../src/stores/open-stores.js';
import { captureIo } from '../helpers/io.js';
import { tempDirPerTest } from '../stores/helpers/temp-dir.js';
import { memoryLogger, realKb } from '../helpers/kb.js';

const dataDir = tempDirPerTest('archbot-report-');

const ask = (text: string, user: string): InboundEvent => ({ platform: 'slack', thread: `slack:T1:D${user}`, place: 'dm', actor: { id: user }, input: { type: 'text', text } });

describe('archbot report', () => {
  it('lists the most asked topics, coverage gaps and the answers voted down from the bot\'s own store', async () => {
    const stores = await openStores({ kind: 'persistent', dataDir: dataDir(), logger: memoryLogger() });
    const bot = createBot({ kb: realKb(), store: stores.store, feedback: stores.feedback, logger: memoryLogger() });
    for (const user of ['U1', 'U2', 'U3']) await bot.handle(ask('what is etcd', user));
    await bot.handle(ask('what is a pod', 'U1'));
    for (const user of ['U1', 'U2']) await bot.handle(ask('How do I bake bread', user));
    await bot.handle(ask('bake bread how', 'U3'));
    const down = { ...ask('', 'U2'), input: { type: 'action', action: { type: 'feedback', concept: 'pod', vote: 'down' } } } as const;
    for (let i = 0; i < 5; i++) await bot.handle(down); // one person, one vote
    await new Promise((resolve) => setImmediate(resolve)); // the bot records in the background
    await stores.close();

    const io = captureIo();
    expect(await main(['report'], { DATA_DIR: dataDir() }, io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/last 30 days/);
    expect(out).toMatch(/Most asked topics:\n\s+3\s+etcd\n\s+1\s+pod/);
    expect(out).toMatch(/Top misses[^\n]*\n\s+3\s+bake bread\s+e\.g\. "How do I bake bread" \/ "bake bread how"/);
    expect(out).toMatch(/Votes, worst first[^\n]*\n\s+1 down, 0 up\s+pod/);
    // Word-bounded: the data folder's random name, printed in the report, may contain "U1".
    expect(out).not.toMatch(/\bU[123]\b/);

    const json = captureIo();
    expect(await main(['report', '--json', '--top', '1'], { DATA_DIR: dataDir() }, json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ topics: [{ concept: 'etcd', count: 3 }], gaps: [{ count: 3 }] });
  });

  it('lists outside terms apart from true misses, counts small talk apart, and shows offers and decisions', async () => {
    const stores = await openStores({ kind: 'persistent', dataDir: dataDir(), logger: memoryLogger() });
    const at = Date.now();
    const who = { at, platform: 'discord' as const, user: 'h:9' };
    const events: FeedbackEvent[] = [
      { ...who, kind: 'miss', status: 'outside', question: 'what is a daemonset', term: 'daemonset' },
      { ...who, kind: 'miss', status: 'outside', question: 'daemonset vs deployment', term: 'daemonset' },
      { ...who, kind: 'miss', status: 'smalltalk', question: 'thanks!' },
      { ...who, kind: 'miss', status: 'smalltalk', question: 'hi' },
      { ...who, kind: 'miss', status: 'clarify', question: 'pods', nearest: ['pod', 'node'] },
      { ...who, kind: 'offer-taken', concept: 'pod', rank: 1 },
      { ...who, kind: 'step', session: 's1', checklist: 'docker-or-k8s', step: 1, of: 2 },
      { ...who, kind: 'step', session: 's1', checklist: 'docker-or-k8s', step: 2, of: 2 },
      { ...who, kind: 'verdict', session: 's1', checklist: 'docker-or-k8s', verdict: 'kubernetes' },
      { ...who, kind: 'step', session: 's2', checklist: 'docker-or-k8s', step: 1, of: 2 },
    ];
    for (const e of events) await stores.feedback.record(e);
    await stores.close();

    const io = captureIo();
    expect(await main(['report', '--days', '7'], { DATA_DIR: dataDir() }, io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/last 7 days/);
    expect(out).toMatch(/Small talk, not counted as misses: 2/);
    expect(out).toMatch(/Outside terms asked most[^\n]*\n\s+2\s+daemonset\n/);
    expect(out).toMatch(/Top misses[^\n]*\n\s+\(none yet\)/); // outside terms are not listed twice
    expect(out).toMatch(/Did you mean: 1 offers, 1 taken \(1st candidate 1\)/);
    expect(out).toMatch(/docker-or-k8s: 2 started; step 1: 2, step 2: 1; verdicts: kubernetes 1/);
    expect(out).not.toMatch(/thanks!/);
  });

  it('says nothing is recorded yet, and creates no database, where the bot never ran', async () => {
    const empty = join(dataDir(), 'never-used');
    const io = captureIo();
    expect(await main(['report'], { DATA_DIR: empty }, io)).toBe(0);
    expect(io.out()).toMatch(/Nothing recorded yet/);
    // Every platform the registry serves is named, from its descriptor's title, in the registry's order.
    const named = /while it runs on (.+?) \(set /.exec(io.out())?.[1];
    expect(named?.split(/, | or /)).toEqual(platformDescriptors.map((p) => p.title));
    expect(existsSync(empty)).toBe(false);
  });

  it('rejects a bad option with exit 2', async () => {
    const io = captureIo();
    expect(await main(['report', '--top', 'many'], { DATA_DIR: dataDir() }, io)).toBe(2);
    expect(io.err()).toMatch(/--top takes a whole number/);
    const days = captureIo();
    expect(await main(['report', '--days', '0'], { DATA_DIR: dataDir() }, days)).toBe(2);
    expect(days.err()).toMatch(/--days takes a whole number of days/);
  });
});

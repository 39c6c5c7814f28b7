import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/core/rate-limit.js';
import { read, type FakeMessage } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, BOB, CHANNEL_ID, DM_CHANNEL_ID, directMessage } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

// RATE_LIMIT as it ships (5 typed messages per 10 s), through real Bolt and real HTTP.

const SLOW_DOWN = /faster than I can answer/;

describe('slack flood control', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started), () => ({ rateLimit: new RateLimiter({ limit: 5, windowMs: 10_000 }) }));

  const dm = (): FakeMessage[] => h.fake.visible(DM_CHANNEL_ID);
  const handledCount = (): number => h.logger.lines.filter((l) => l.message === 'slack: event handled').length;
  const slowDowns = (): FakeMessage[] => h.fake.messages.filter((m) => SLOW_DOWN.test(read(m).text));

  it('lets a person click through a whole decision in a DM as fast as the bot replies', async () => {
    await h.event(directMessage(DECIDE));
    let question = await h.fake.waitFor(() => dm()[0], 'question 1');
    for (let step = 1; step <= 6; step += 1) {
      expect(read(question).text).toContain(`(${step}/6)`);
      await h.click(question, /^1\. /);
      question = await h.fake.waitFor(() => dm()[step], `the message after answer ${step}`);
    }
    expect(read(question).text).toMatch(/Verdict:/);
    expect(slowDowns()).toEqual([]);
  });

  it('answers 30 rapid /arch commands with at most one "slow down", then silence', async () => {
    const before = handledCount();
    const responses = await Promise.all(Array.from({ length: 30 }, () => h.command('what is etcd')));
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200));
    await h.fake.waitFor(() => handledCount() - before >= 30, 'all 30 commands to be handled');
    expect(slowDowns()).toHaveLength(1);
    expect(slowDowns()[0]?.ephemeral).toBe(true);
    // Five answers and one notice: every other command was acknowledged and cost no Web API call.
    expect(h.fake.callsTo('response_url')).toHaveLength(6);
  });

  it('drops a script clicking one button hundreds of times after a bounded number of replies', async () => {
    await h.command(DECIDE, { user: BOB });
    const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => m.threadTs !== undefined), 'the first question');
    const before = handledCount();
    const calls = h.fake.calls.length;
    // Batches, so the loopback sockets are not the bottleneck; the clicks are still far faster than a person.
    for (let batch = 0; batch < 6; batch += 1) {
      await Promise.all(Array.from({ length: 50 }, () => h.click(question, /Why does this matter/, ALICE)));
    }
    await h.fake.waitFor(() => handledCount() - before >= 300, 'all 300 clicks to be handled');
    // At most the click bound's worth of explanations plus one notice, not 300 posts.
    expect(h.fake.calls.length - calls).toBeLessThanOrEqual(31);
    expect(slowDowns().length).toBeLessThanOrEqual(1);
    // Typed text is counted apart: Alice can still ask.
    await h.command('what is etcd');
    await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id).find((m) => /key-value/.test(read(m).text)), 'the answer to a typed question');
  });
});

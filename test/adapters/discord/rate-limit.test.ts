import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/core/rate-limit.js';
import { DM_CHANNEL_ID, buttonClick, inChannel, inDm, slashCommand, decideCommand } from './helpers/payloads.js';
import { until } from '../../helpers/until.js';
import { callbacks, messageBody, newestWithButton, startHarness, textOf, type Harness } from './helpers/harness.js';

// RATE_LIMIT as it ships (5 typed messages or commands per 10 s), through a real discord.js client.

const SLOW_DOWN = /faster than I can answer/;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('discord flood control', () => {
  it('lets a person click through a whole decision in a DM as fast as the bot replies', async () => {
    const bot = (h = await startHarness({ rateLimit: new RateLimiter({ limit: 5 }) }));
    const from = bot.mark();
    bot.fake.interact(decideCommand(inDm()));
    await bot.fake.settle(from);
    for (let step = 1; step <= 6; step += 1) {
      const { msg, customId } = newestWithButton(bot.fake, DM_CHANNEL_ID, /^1\. /);
      expect(textOf(msg)).toContain(`${step}/6`);
      const mark = bot.mark();
      bot.fake.interact(buttonClick(customId, msg, inDm()));
      // The clicked question is replaced and the next message follows.
      await bot.fake.settle(mark, { count: 2 });
    }
    const shown = bot.fake.calls.map(messageBody).map(textOf).join('\n');
    expect(shown).toMatch(/Verdict:/);
    expect(shown).not.toMatch(SLOW_DOWN);
  });

  it('acknowledges each of 30 rapid /arch commands, with at most one "slow down" and no other posts', async () => {
    const bot = (h = await startHarness({ rateLimit: new RateLimiter({ limit: 5 }) }));
    const sent = Array.from({ length: 30 }, () => slashCommand('ask', inChannel(), 'what is etcd'));
    for (const interaction of sent) bot.fake.interact(interaction);
    // Every interaction gets its callback: Discord shows "the application did not respond" otherwise.
    const answered = (): Set<string> => new Set(callbacks(bot.fake.calls).map((c) => c.path.split('/')[2] ?? ''));
    await until(() => sent.every((i) => answered().has(String(i.id))), () => 'a callback for every command');
    // A deferred placeholder left behind would read "archbot is thinking…" for 15 minutes.
    const deferred = callbacks(bot.fake.calls).filter((c) => c.body.type === 5).length;
    await until(() => bot.fake.calls.filter((c) => c.method === 'DELETE').length === deferred, () => 'each placeholder to be removed');
    const shown = callbacks(bot.fake.calls).map((c) => textOf(c.body.data));
    expect(shown.filter((t) => SLOW_DOWN.test(t))).toHaveLength(1);
    expect(shown.filter((t) => /key-value/.test(t))).toHaveLength(5);
    expect(bot.fake.messages.size).toBe(6);
  });
});

import { describe, expect, it } from 'vitest';
import { UNKNOWN } from '../../helpers/wording.js';
import { rawTextOf } from './helpers/blocks.js';
import { read } from './helpers/fake-slack.js';
import { startSlackHarness, useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, BOB, CHANNEL_ID, appMention, nextTs } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

describe('slack @mention', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  it('answers a mention in a new thread under it, for everyone', async () => {
    const mention = appMention('what is etcd');
    await h.event(mention);
    const reply = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer');
    expect(reply.threadTs).toBe(mention.ts);
    expect(read(reply).text).toMatch(/^etcd\n[\s\S]*key-value/);
    // Answered in the open, so there is nothing to share.
    expect(read(reply).buttons.map((b) => b.label)).not.toContain('Share in channel');
  });

  it("finds the concept behind Slack's own markup: a channel link, a special mention and a user mention", async () => {
    await h.event(appMention('<#C01|general> <!here> explain the kubelet pls <@U0BOB>'));
    const reply = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer');
    expect(read(reply).text).toMatch(/^kubelet\n/);
    expect(read(reply).text).not.toMatch(UNKNOWN);
  });

  it('answers a mention written inside a thread in that thread', async () => {
    const root = nextTs();
    await h.event(appMention('what is a pod', { threadTs: root }));
    const reply = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer');
    expect(reply.threadTs).toBe(root);
    expect(read(reply).text).toMatch(/Pods?/);
  });

  it('`@archbot decide` runs the checklist in the thread, where mentions are read as typed answers', async () => {
    const start = appMention(DECIDE, { user: BOB });
    await h.event(start);
    const first = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the first question');
    expect(first.threadTs).toBe(start.ts);
    expect(read(first).text).toMatch(/\(1\/6\)/);

    await h.event(appMention('several servers', { threadTs: start.ts }));
    const second = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID, start.ts)[1], 'the second question');
    expect(read(second).text).toMatch(/\(2\/6\)\nNoted: \*Several machines\* \(alice\)[\s\S]*How many services/);

    // Nonsense gets a private nudge plus the question again, not a search result.
    await h.event(appMention('purple elephants', { threadTs: start.ts }));
    const nudge = await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id)[0], 'the nudge');
    expect(read(nudge).text).toMatch(/doesn.t match an option/);
    expect(nudge.threadTs).toBe(start.ts);
  });

  it('reads a mention in the thread of a `/arch decide` session as an answer to its question', async () => {
    await h.command(DECIDE, { user: BOB });
    const first = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => m.threadTs !== undefined), 'the first question');
    await h.event(appMention('just one box', { threadTs: first.threadTs ?? '' }));
    const second = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID, first.threadTs)[1], 'the second question');
    expect(read(second).text).toMatch(/\(2\/6\)\nNoted: \*One server\* \(alice\)/);
  });

  it('never turns echoed text into a ping or markup', async () => {
    // Slack sends `@channel` as <!channel>, and literal angle brackets as entities.
    await h.event(appMention('how do I bake <!channel> sourdough for <!here> with &lt;script&gt; &amp; rye'));
    const reply = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer');
    const sent = [...h.fake.calls.filter((c) => c.method.startsWith('chat.')).map((c) => JSON.stringify(c.args))].join('\n');
    expect(sent).not.toMatch(/<!(channel|here|everyone)/);
    expect(sent).not.toContain('<script>');
    const raw = rawTextOf(reply.blocks);
    expect(raw).toContain('&lt;script&gt; &amp; rye');
    expect(read(reply).text).toContain('<script> & rye');
    expect(read(reply).text).toMatch(UNKNOWN);
  });

  it('ignores its own mentions, other bots and edited messages', async () => {
    await h.event({ ...appMention('what is etcd'), user: 'U0BOT' });
    await h.event({ ...appMention('what is etcd'), bot_id: 'B0OTHER', bot_profile: { id: 'B0OTHER', name: 'otherbot' } });
    await h.event({ ...appMention('what is etcd'), subtype: 'message_changed' });
    await h.barrier();
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('strips the markup it was handed by its descriptor, not a fixed one', async () => {
    const own = await startSlackHarness({ markup: [/~~[a-z]+~~/g] });
    try {
      // Read as words, the marked-up "daemonset" would win over etcd.
      await own.event(appMention('what is ~~daemonset~~ etcd'));
      const reply = await own.fake.waitFor(() => own.fake.visible(CHANNEL_ID)[0], 'the answer');
      expect(read(reply).text).toMatch(/^etcd\n[\s\S]*key-value/);
    } finally {
      await own.close();
    }
  });
});

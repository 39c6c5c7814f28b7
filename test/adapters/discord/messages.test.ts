import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_FOUND } from '../../helpers/wording.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, OTHER_BOT_ID, botUser, message, person, snowflake, threadChannel, user } from './helpers/payloads.js';
import { messageBody, posts, shownText, startHarness, type Harness } from './helpers/harness.js';
import { DECIDE } from '../../helpers/decide.js';

describe('discord messages (mentions and DMs)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a mention in a channel as a reply to that message, with mentions switched off', async () => {
    const from = h.mark();
    const asked = h.mention('what is etcd');
    const calls = await h.fake.settle(from);
    const [reply] = posts(calls, CHANNEL_ID);
    expect(reply?.body).toMatchObject({
      message_reference: { message_id: asked.id },
      allowed_mentions: { parse: [] },
      embeds: [{ title: 'etcd', footer: { text: expect.stringMatching(/^Source: "What Kubernetes actually solves"/) } }],
    });
    expect(shownText(calls)).toMatch(/key-value/);
  });

  it('logs and counts a reply Discord refuses (no permission to post there), and answers the next mention', async () => {
    const apiErrors: string[] = [];
    const refusing = await startHarness({ metrics: { startReply: () => () => undefined, platformApiError: (platform) => apiErrors.push(platform) } });
    try {
      const route = new RegExp(`^/channels/${CHANNEL_ID}/messages$`);
      refusing.fake.failNext('POST', route, 403, 1);
      let from = refusing.mark();
      refusing.mention('what is etcd');
      await refusing.fake.settle(from);
      const failure = refusing.logger.lines.find((l) => l.level === 'error');
      expect(failure?.message).toBe('discord message handler failed');
      expect(failure?.fields).toMatchObject({ err: { status: 403 } });
      expect(apiErrors).toEqual(['discord']);
      from = refusing.mark();
      refusing.mention('what is a pod');
      expect(shownText(await refusing.fake.settle(from))).toMatch(/Pod/);
    } finally {
      await refusing.close();
    }
  });

  it("reads past Discord's own markup: a channel link, a custom emoji, a role mention, around a question or a number", async () => {
    let from = h.mark();
    h.mention('<#111222333444555666> <a:party_parrot:123456789012345678> explain the kubelet pls <@&987654321098765432>');
    expect(shownText(await h.fake.settle(from))).toMatch(/kubelet/);
    from = h.mark();
    h.dm('scaling');
    const offer = shownText(await h.fake.settle(from));
    expect(offer).toMatch(/Did you mean/);
    // Whichever place the ranking gives Autoscaling, its number picks it.
    const number = /(\d)\. \*?\*?Autoscaling/.exec(offer)?.[1];
    expect(number).toBeDefined();
    // Only the markup gone leaves a bare number, which picks from the did-you-mean.
    from = h.mark();
    h.dm(`<:blobthinking:123456789012345678> ${number ?? ''} <#111222333444555666>`);
    const picked = shownText(await h.fake.settle(from));
    expect(picked).toMatch(/Autoscaling/);
    expect(picked).not.toMatch(NOT_FOUND);
  });

  it('does not answer a system message, even one that carries a mention, and answers the next mention', async () => {
    const from = h.mark();
    // A pinned-message notice (type 6).
    h.fake.dispatch('MESSAGE_CREATE', message({ type: 6, channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: `<@${BOT_ID}> what is etcd`, mentions: [botUser()] }));
    h.mention('what is a pod');
    const calls = await h.fake.settle(from);
    expect(posts(calls, CHANNEL_ID)).toHaveLength(1);
    expect(shownText(calls)).toMatch(/Pods/);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const threadId = snowflake();
    h.fake.dispatch('THREAD_CREATE', { ...threadChannel(threadId), newly_created: true });
    const from = h.mark();
    const asked = h.mention('what is a pod', { channelId: threadId });
    const calls = await h.fake.settle(from);
    expect(posts(calls, CHANNEL_ID)).toHaveLength(0);
    const [reply] = posts(calls, threadId);
    expect(reply?.body).toMatchObject({ message_reference: { message_id: asked.id }, allowed_mentions: { parse: [] } });
    expect(shownText(calls)).toMatch(/Pods/);
  });

  it('opens a thread on "@archbot decide" and continues the decision there with mentions', async () => {
    let from = h.mark();
    const asked = h.mention(DECIDE);
    let calls = await h.fake.settle(from, { count: 3 });
    expect(shownText(posts(calls, CHANNEL_ID))).toMatch(/started a decision/);
    const opened = calls.find((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages/${String(asked.id)}/threads`);
    expect(opened?.body).toMatchObject({ name: expect.any(String) });
    const threadId = calls.map((c) => /^\/channels\/(\d+)\/messages$/.exec(c.path)?.[1]).find((id) => id !== undefined && id !== CHANNEL_ID) ?? '';
    expect(shownText(posts(calls, threadId))).toMatch(/1\/6[\s\S]*one server, or across several machines/);

    // Without the Message Content intent, a typed answer in the thread must mention the bot.
    from = h.mark();
    h.mention('several servers', { channelId: threadId });
    calls = await h.fake.settle(from);
    expect(shownText(posts(calls, threadId))).toMatch(/2\/6[\s\S]*How many services/);
  });

  it('answers every DM, without a reply reference', async () => {
    const from = h.mark();
    h.dm('what is etcd');
    const calls = await h.fake.settle(from);
    const [reply] = posts(calls, DM_CHANNEL_ID);
    expect(reply?.body).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ title: 'etcd' }] });
    expect(reply?.body).not.toHaveProperty('message_reference');
  });

  it('runs a whole decision in a DM by typed answers', async () => {
    const say = async (text: string): Promise<string> => {
      const from = h.mark();
      h.dm(text);
      return shownText(await h.fake.settle(from));
    };
    expect(await say(DECIDE)).toMatch(/1\/6/);
    expect(await say('one server')).toMatch(/2\/6/);
    await say('a few');
    await say('a short outage is fine');
    await say('steady');
    expect(await say('few moving parts')).toMatch(/6\/6/);
    expect(await say('no')).toMatch(/Verdict: Docker is enough for now/);
    // Nothing in the DM was posted as a thread: DMs have none.
    expect(h.fake.calls.some((c) => c.path.endsWith('/threads'))).toBe(false);
  });

  it('ignores messages from other bots and its own, and keeps answering people', async () => {
    const from = h.mark();
    h.dm('what is etcd', user(OTHER_BOT_ID, 'otherbot', true));
    h.dm('what is etcd', botUser());
    h.mention('what is etcd', { author: user(OTHER_BOT_ID, 'otherbot', true) });
    h.dm('what is a pod');
    // The fake echoes every bot post back through the gateway, as Discord does: an adapter that
    // answered itself would keep posting here.
    const calls = await h.fake.settle(from);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(shownText(calls)).toMatch(/Pods/);
  });

  it('reads a reply to its answer only when the reply pings it, and answers the next mention after chatter and its own echo', async () => {
    let from = h.mark();
    h.mention('what is etcd');
    await h.fake.settle(from);
    const answer = [...h.fake.messages.keys()].at(-1);
    expect(answer).toBeDefined();
    from = h.mark();
    const replyTo = { message_id: answer, channel_id: CHANNEL_ID, guild_id: GUILD_ID };
    // Discord's reply with the ping switched off carries no mention of the bot.
    h.fake.dispatch('MESSAGE_CREATE', message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: 'and what is a sidecar', message_reference: replyTo, mentions: [] }));
    h.fake.dispatch('MESSAGE_CREATE', message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: 'lunch?' }));
    h.mention('what is a pod');
    let calls = await h.fake.settle(from);
    expect(posts(calls, CHANNEL_ID)).toHaveLength(1);
    expect(shownText(calls)).toMatch(/Pods/);
    // With the ping on, the reply mentions the bot and is answered.
    from = h.mark();
    h.fake.dispatch('MESSAGE_CREATE', message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: 'and what is etcd', message_reference: replyTo, mentions: [botUser()] }));
    calls = await h.fake.settle(from);
    expect(posts(calls, CHANNEL_ID)).toHaveLength(1);
    expect(shownText(calls)).toMatch(/key-value/);
  });

  it('pings nobody when a question contains @everyone, @here or a role mention', async () => {
    const from = h.mark();
    h.mention('@everyone @here <@&123456789012345678> how do I bake sourdough');
    h.dm('@everyone what is etcd');
    const calls = await h.fake.settle(from, { count: 2 });
    const bodies = calls.map(messageBody).filter((b) => b !== undefined);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
    // The unknown-question reply quotes the words back; they show, they just do not notify.
    expect(shownText(calls)).toMatch(/@everyone/);
  });

  it('stays quiet on a channel message that does not mention it', async () => {
    const from = h.mark();
    h.fake.dispatch('MESSAGE_CREATE', message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: 'what is etcd' }));
    h.mention('what is a pod');
    const calls = await h.fake.settle(from);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(shownText(calls)).toMatch(/Pods/);
  });
});

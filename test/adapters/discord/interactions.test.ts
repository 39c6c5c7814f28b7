import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from './helpers/fake-discord.js';
import { CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, USER_ID, autocomplete, botUser, message, buttonClick, inChannel, inDm, inThread, slashCommand, type Json, decideCommand } from './helpers/payloads.js';
import { buttonsOf, callbacks, newestWithButton, posts, shownText, startHarness, textOf, type Harness, type HarnessOptions } from './helpers/harness.js';

const EPHEMERAL = 64;

let h: Harness | undefined;
async function harness(options?: HarnessOptions): Promise<Harness> {
  h = await startHarness(options);
  return h;
}
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function onlyCallback(calls: RecordedCall[]): { type: number; data?: Json } {
  const [callback, ...more] = callbacks(calls);
  expect(more).toHaveLength(0);
  if (!callback) throw new Error(`no interaction callback among ${calls.map((c) => c.path).join(', ')}`);
  return callback.body;
}

describe('discord slash commands', () => {
  it('answers /arch ask privately through the interaction callback, with source, Share and feedback buttons', async () => {
    const bot = await harness();
    const response = onlyCallback(await bot.interact(slashCommand('ask', inChannel(), 'what is etcd')));
    expect(response.type).toBe(4);
    expect(response.data).toMatchObject({
      flags: EPHEMERAL,
      allowed_mentions: { parse: [] },
      embeds: [{ title: 'etcd', description: expect.stringMatching(/key-value/), footer: { text: expect.stringMatching(/^Source: "What Kubernetes actually solves"/) } }],
    });
    const labels = buttonsOf(response.data ?? {}).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['Share in channel', '👍 Helpful', '👎 Not helpful', 'Raft consensus']));
  });

  it('suggests exact and alias matches first, fuzzy ones after, and the main topics for an empty field', async () => {
    const bot = await harness();
    const choicesFor = async (typed: string): Promise<Array<{ name: string; value: string }>> => {
      const response = onlyCallback(await bot.interact(autocomplete(typed)));
      expect(response.type).toBe(8);
      return (response.data?.choices as Array<{ name: string; value: string }> | undefined) ?? [];
    };
    const k8s = await choicesFor('k8s');
    expect(k8s[0]?.value).toBe('Kubernetes');
    expect((await choicesFor('etcd'))[0]?.value).toBe('etcd');
    expect((await choicesFor('kubernets')).map((c) => c.value)).toContain('Kubernetes');
    const empty = await choicesFor('');
    expect(empty.length).toBeGreaterThan(3);
    expect(empty.length).toBeLessThanOrEqual(25);
    for (const choice of [...k8s, ...empty]) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    // A suggestion is something /arch ask answers directly.
    const picked = onlyCallback(await bot.interact(slashCommand('ask', inChannel(), empty[0]?.value ?? '')));
    expect(picked.data).toMatchObject({ embeds: [{ title: empty[0]?.value }] });
  });

  it('shares an answer in the channel for everyone, saying who shared it and pinging no one', async () => {
    const bot = await harness();
    await bot.interact(slashCommand('ask', inChannel(), 'what is etcd'));
    const { msg, customId } = newestWithButton(bot.fake, CHANNEL_ID, /^Share/);
    const shared = onlyCallback(await bot.interact(buttonClick(customId, msg, inChannel())));
    expect(shared.type).toBe(4);
    expect(shared.data).toMatchObject({ content: `shared by <@${USER_ID}>`, allowed_mentions: { parse: [] }, embeds: [{ title: 'etcd' }] });
    expect((Number(shared.data?.flags ?? 0) & EPHEMERAL) === 0).toBe(true);
    // A public answer has nothing left to share.
    expect(buttonsOf(shared.data ?? {}).map((b) => b.label)).not.toContain('Share in channel');
  });

  it('thanks a feedback click privately and leaves the answer as it was', async () => {
    const bot = await harness();
    await bot.interact(slashCommand('ask', inChannel(), 'what is etcd'));
    const { msg, customId } = newestWithButton(bot.fake, CHANNEL_ID, /Not helpful/);
    const calls = await bot.interact(buttonClick(customId, msg, inChannel()));
    expect(onlyCallback(calls)).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(shownText(calls)).toMatch(/Thanks/);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ message: 'feedback', fields: expect.objectContaining({ concept: 'etcd', vote: 'down' }) }));
  });

  it('answers /arch topics and /arch help privately in a channel', async () => {
    const bot = await harness();
    const topics = onlyCallback(await bot.interact(slashCommand('topics', inChannel())));
    expect(topics.data).toMatchObject({ flags: EPHEMERAL, embeds: [{ title: expect.stringMatching(/^Topics I know/) }] });
    const help = onlyCallback(await bot.interact(slashCommand('help', inChannel())));
    expect(help.data).toMatchObject({ flags: EPHEMERAL, embeds: [{ title: 'How to use archbot' }] });
  });
});

describe('discord decisions by button', () => {
  it('opens a thread for /arch decide in a channel and runs the whole checklist there by clicks', async () => {
    const bot = await harness();
    const calls = await bot.interact(decideCommand(inChannel()), 3);
    const started = onlyCallback(calls);
    expect(textOf(started.data)).toMatch(/started a decision/);
    const opened = calls.find((c) => c.path.endsWith('/threads'));
    const startedId = /\/messages\/(\d+)\/threads$/.exec(opened?.path ?? '')?.[1];
    expect(bot.fake.messages.get(startedId ?? '')?.interaction_metadata).toBeDefined();
    expect(started.type).toBe(4);
    const threadId = calls.map((c) => /^\/channels\/(\d+)\/messages$/.exec(c.path)?.[1]).find((id) => id !== undefined) ?? '';
    expect(threadId).not.toBe(CHANNEL_ID);
    expect(shownText(posts(calls, threadId))).toMatch(/1\/6/);

    const choose = async (label: RegExp): Promise<{ update: Json | undefined; next: string }> => {
      const { msg, customId } = newestWithButton(bot.fake, threadId, label);
      expect(customId.startsWith('ab2:')).toBe(true);
      expect(customId.length).toBeLessThan(100);
      const clickCalls = await bot.interact(buttonClick(customId, msg, inThread(threadId)), 2);
      const [first] = clickCalls;
      expect(first?.path).toMatch(/\/callback$/);
      const update = first?.body as { type: number; data?: Json };
      expect(update.type).toBe(7);
      // The clicked message itself now says who chose what, and has no buttons left to press.
      expect(bot.fake.messages.get(String(msg.id))?.components).toEqual([]);
      return { update: update.data, next: shownText(clickCalls.slice(1)) };
    };
    // "Why does this matter?" explains privately and leaves the question open.
    const why = newestWithButton(bot.fake, threadId, /^Why/);
    const explained = onlyCallback(await bot.interact(buttonClick(why.customId, why.msg, inThread(threadId))));
    expect(explained).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [{ title: 'Why this matters' }] } });
    const first = await choose(/One server/);
    expect(textOf(first.update)).toMatch(new RegExp(`<@${USER_ID}> chose \\*\\*One server`));
    expect(first.next).toMatch(/2\/6/);
    await choose(/A few/);
    await choose(/short outage is fine/);
    await choose(/traffic is steady/);
    await choose(/Few moving parts/);
    const last = await choose(/^\d?\.? ?No$/);
    expect(last.next).toMatch(/Verdict: Docker is enough for now/);
    // Everything after the start stayed in the thread.
    expect(posts(bot.fake.calls, CHANNEL_ID)).toHaveLength(0);
  });

  it('runs /arch decide in a DM right there, without a thread', async () => {
    const bot = await harness();
    const response = onlyCallback(await bot.interact(decideCommand(inDm())));
    expect(response.type).toBe(4);
    expect(textOf(response.data)).toMatch(/1\/6/);
    const { msg, customId } = newestWithButton(bot.fake, DM_CHANNEL_ID, /Several machines/);
    const calls = await bot.interact(buttonClick(customId, msg, inDm()), 2);
    expect(callbacks(calls)[0]?.body.type).toBe(7);
    expect(shownText(calls)).toMatch(/2\/6/);
    expect(bot.fake.calls.some((c) => c.path.endsWith('/threads'))).toBe(false);
  });

  it('explains privately when a question was already answered', async () => {
    const bot = await harness();
    await bot.interact(decideCommand(inDm()));
    const { msg, customId } = newestWithButton(bot.fake, DM_CHANNEL_ID, /One server/);
    // Answered by typing, so the buttons are still on the old question.
    let from = bot.mark();
    bot.dm('one server');
    await bot.fake.settle(from);
    from = bot.mark();
    const response = onlyCallback(await bot.interact(buttonClick(customId, msg, inDm())));
    expect(response.type).toBe(4);
    expect(response.data).toMatchObject({ flags: EPHEMERAL });
    expect(shownText(bot.fake.calls.slice(from))).toMatch(/already answered[\s\S]*question is 2 of 6/);
  });

  it('explains privately when the session expired', async () => {
    let now = Date.UTC(2025, 0, 1);
    const bot = await harness({ clock: () => now });
    await bot.interact(decideCommand(inDm()));
    const { msg, customId } = newestWithButton(bot.fake, DM_CHANNEL_ID, /One server/);
    now += 25 * 60 * 60 * 1000;
    const calls = await bot.interact(buttonClick(customId, msg, inDm()));
    expect(onlyCallback(calls).data).toMatchObject({ flags: EPHEMERAL });
    expect(shownText(calls)).toMatch(/expired/);
  });

  it('answers a button id that is not archbot\'s with a private notice and keeps working', async () => {
    const bot = await harness();
    const source = message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: botUser() });
    for (const id of ['not-ours', 'ab2:ans:../../x', 'ab2:ans:s1:hosts', 'ab1:topic:etcd']) {
      const calls = await bot.interact(buttonClick(id, source, inChannel()));
      expect(onlyCallback(calls)).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
      expect(shownText(calls)).toMatch(/not one I recognise/);
    }
    expect(onlyCallback(await bot.interact(slashCommand('help', inChannel()))).type).toBe(4);
    expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('logs an interaction Discord no longer accepts without its token, counts it, and carries on', async () => {
    const apiErrors: string[] = [];
    const bot = await harness({ metrics: { startReply: () => () => undefined, platformApiError: (platform) => apiErrors.push(platform) } });
    const late = slashCommand('ask', inChannel(), 'what is etcd');
    const token = String(late.token);
    bot.fake.override('POST', new RegExp(`^/interactions/\\d+/${token}/callback$`), { status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    await bot.interact(late, 2);
    const failure = bot.logger.lines.find((l) => l.level === 'error');
    expect(failure?.message).toBe('discord interaction handler failed');
    expect(JSON.stringify(bot.logger.lines)).not.toContain(token);
    expect(JSON.stringify(failure?.fields)).toMatch(/\/interactions\/\d+\/\[token\]\/callback/);
    expect(apiErrors).toEqual(['discord']);
    expect(onlyCallback(await bot.interact(slashCommand('help', inChannel()))).type).toBe(4);
  });
});

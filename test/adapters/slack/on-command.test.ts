import { describe, expect, it } from 'vitest';
import { read } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, BOB, CHANNEL_ID, DM_CHANNEL_ID } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

describe('slack /arch command', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  const privateTo = (user: string, pattern: RegExp) => () => h.fake.ephemeralFor(user).find((m) => pattern.test(read(m).text));

  it('acknowledges at once, then answers privately with a Share in channel button and the source', async () => {
    // Every Slack answer takes 800 ms: an app that worked before acknowledging would ack late.
    h.fake.delayMs = 800;
    const res = await h.command('what is etcd');
    const ackedAt = Date.now();
    expect(res.status).toBe(200);
    const answer = await h.fake.waitFor(privateTo(ALICE.id, /key-value/), 'the private answer');
    const call = h.fake.callsTo('response_url')[0];
    expect(call?.at).toBeGreaterThan(ackedAt);
    expect(call?.args.response_type).toBe('ephemeral');
    const { text, buttons } = read(answer);
    expect(answer.blocks[0]).toMatchObject({ type: 'header', text: { text: 'etcd' } });
    expect(text).toMatch(/Source: "What Kubernetes actually solves"/);
    expect(buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Share in channel', '👍 Helpful', '👎 Not helpful', 'Control plane']));
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('Share in channel posts the answer for everyone, saying who shared it', async () => {
    await h.command('what is etcd');
    const answer = await h.fake.waitFor(privateTo(ALICE.id, /key-value/), 'the private answer');
    await h.click(answer, /Share in channel/);
    const shared = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the shared answer');
    expect(shared.threadTs).toBeUndefined();
    expect(read(shared).text).toMatch(/shared by <@U0ALICE>[\s\S]*key-value/);
    expect(read(shared).buttons.map((b) => b.label)).not.toContain('Share in channel');
  });

  it('shares through the response_url when the bot was never invited to the channel', async () => {
    h.fake.notInChannel.add(CHANNEL_ID);
    await h.command('what is a pod');
    const answer = await h.fake.waitFor(privateTo(ALICE.id, /Pods?/), 'the private answer');
    await h.click(answer, /Share in channel/);
    const shared = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the shared answer');
    expect(read(shared).text).toMatch(/shared by <@U0ALICE>/);
    expect(h.fake.callsTo('response_url').at(-1)?.args.response_type).toBe('in_channel');
  });

  it('acknowledges a 👍 privately and keeps the answer', async () => {
    await h.command('what is etcd');
    const answer = await h.fake.waitFor(privateTo(ALICE.id, /key-value/), 'the private answer');
    await h.click(answer, /👍/);
    await h.fake.waitFor(privateTo(ALICE.id, /Thanks, glad it helped/), 'the thanks');
    expect(answer.deleted).toBe(false);
    expect(read(answer).text).toMatch(/key-value/);
  });

  it('`decide no-such-list` tells only the person, and posts nothing in the channel', async () => {
    await h.command('decide no-such-list');
    await h.fake.waitFor(privateTo(ALICE.id, /no checklist called `no-such-list`/), 'the private refusal');
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('`decide` posts a visible message in the channel and asks the first question in its thread', async () => {
    await h.command(DECIDE, { user: BOB });
    const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => m.threadTs !== undefined), 'the first question');
    const [announcement] = h.fake.visible(CHANNEL_ID);
    expect(announcement?.threadTs).toBeUndefined();
    expect(read(announcement ?? question).text).toMatch(/bob started a decision: \*Docker alone, or Kubernetes\?\*/);
    expect(question.threadTs).toBe(announcement?.ts);
    expect(read(question).text).toMatch(/\(1\/6\)[\s\S]*one server, or across several machines/);
    expect(read(question).buttons.map((b) => b.label)).toEqual(['1. One server', '2. Several machines', 'Why does this matter?', 'Cancel']);
  });

  it('`decide` where the bot is not a member tells the person how to invite it', async () => {
    h.fake.notInChannel.add(CHANNEL_ID);
    await h.command(DECIDE);
    await h.fake.waitFor(privateTo(ALICE.id, /\/invite @archbot/), 'the invite hint');
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('`decide` in the DM with the bot runs the checklist right there', async () => {
    await h.command(DECIDE, { channel: DM_CHANNEL_ID });
    const question = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question');
    expect(question.threadTs).toBeUndefined();
    expect(read(question).text).toMatch(/\(1\/6\)/);
  });

  it('answers `topics`, `help` and a bare /arch privately', async () => {
    await h.command('topics');
    await h.fake.waitFor(privateTo(ALICE.id, /Topics I know \(\d+\)/), 'the topics');
    await h.command('help', { user: BOB });
    await h.fake.waitFor(privateTo(BOB.id, /How to use archbot/), 'help');
    await h.command('', { user: { id: 'U0CAROL', name: 'carol' } });
    await h.fake.waitFor(privateTo('U0CAROL', /How to use archbot/), 'help for a bare /arch');
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { read, type FakeMessage } from './helpers/fake-slack.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, BOB, CHANNEL_ID } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';
import { CLASHING_WHY, kbWithClashingCriterion } from '../../helpers/kb.js';

describe('slack buttons', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.fake.refused).toEqual([]);
    await h.close();
  });

  /** `/arch decide` in the channel; resolves with the thread's root ts and its first question. */
  async function decideInChannel(): Promise<{ root: string; question: FakeMessage }> {
    await h.command(DECIDE);
    const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => m.threadTs !== undefined), 'the first question');
    return { root: question.threadTs ?? '', question };
  }

  /** Clicks `label` on `question` and waits for the next bot message in the thread. */
  async function answer(question: FakeMessage, label: RegExp, user = ALICE): Promise<FakeMessage> {
    const count = h.fake.visible(CHANNEL_ID, question.threadTs).length;
    await h.click(question, label, user);
    return h.fake.waitFor(() => h.fake.visible(CHANNEL_ID, question.threadTs)[count], `the message after clicking ${label}`);
  }

  it('runs a whole decision in a channel thread by clicks, marking each question with who chose what', async () => {
    h = await startSlackHarness();
    const { root, question: first } = await decideInChannel();
    let question = first;
    const picks: Array<[RegExp, typeof ALICE]> = [
      [/Several machines/, ALICE],
      [/Many, released independently/, BOB],
      [/deploys must be zero-downtime/, ALICE],
      [/spikes and needs autoscaling/, BOB],
      [/Standardized automation/, ALICE],
      [/^\d\. Yes/, BOB],
    ];
    for (const [step, [label, user]] of picks.entries()) {
      const before = read(question);
      expect(before.text).toContain(`(${step + 1}/6)`);
      const next = await answer(question, label, user);
      // The clicked question now says who chose what, and has no buttons left to click.
      const after = read(question);
      expect(question.edits).toBe(1);
      expect(after.buttons).toEqual([]);
      const chosen = before.buttons.find((b) => label.test(b.label))?.label.replace(/^\d\. /, '') ?? '';
      expect(after.text).toContain(`${user.name} chose *${chosen}*`);
      expect(next.threadTs).toBe(root);
      question = next;
    }
    expect(read(question).text).toMatch(/Verdict: Kubernetes is worth it/);
    expect(h.fake.callsTo('chat.update')).toHaveLength(6);
  });

  it('answers "Why does this matter?" privately and leaves the question as it was', async () => {
    h = await startSlackHarness();
    const { question } = await decideInChannel();
    await h.click(question, /Why does this matter/, BOB);
    const why = await h.fake.waitFor(() => h.fake.ephemeralFor(BOB.id)[0], 'the explanation');
    expect(read(why).text).toMatch(/Why this matters[\s\S]*one server, or across several machines/);
    expect(why.threadTs).toBe(question.threadTs);
    expect(question.edits).toBe(0);
  });

  it('answers "Why does this matter?" from its own checklist when another checklist has a criterion of the same id', async () => {
    h = await startSlackHarness({ kb: kbWithClashingCriterion() });
    const shipped = /one server, or across several machines/;
    for (const [command, user, own, other] of [
      [DECIDE, BOB, shipped, CLASHING_WHY],
      ['decide swarm-or-compose', ALICE, CLASHING_WHY, shipped],
    ] as const) {
      const before = h.fake.visible(CHANNEL_ID).filter((m) => m.threadTs !== undefined).length;
      await h.command(command);
      const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).filter((m) => m.threadTs !== undefined)[before], `the first question of ${command}`);
      await h.click(question, /Why does this matter/, user);
      const why = read(await h.fake.waitFor(() => h.fake.ephemeralFor(user.id)[0], 'the explanation'));
      expect(why.text).toMatch(own);
      expect(why.text).not.toMatch(other);
    }
  });

  it('explains a click on a question that was already answered, privately, and changes nothing', async () => {
    h = await startSlackHarness();
    const { root, question } = await decideInChannel();
    // Bob's screen still shows the first question with its buttons when Alice has answered it.
    const stale: FakeMessage = { ...question, blocks: [...question.blocks] };
    await answer(question, /One server/, ALICE);
    const threadBefore = h.fake.visible(CHANNEL_ID, root).length;
    await h.click(stale, /Several machines/, BOB);
    const note = await h.fake.waitFor(() => h.fake.ephemeralFor(BOB.id)[0], 'the stale notice');
    expect(read(note).text).toMatch(/already answered[\s\S]*current question is 2 of 6/);
    expect(question.edits).toBe(1);
    expect(read(question).text).toContain('alice chose *One server*');
    expect(h.fake.visible(CHANNEL_ID, root)).toHaveLength(threadBefore);
  });

  it('explains a click on a decision that expired, with a button to start again', async () => {
    let now = Date.now();
    h = await startSlackHarness({ clock: () => now });
    const { question } = await decideInChannel();
    now += 25 * 60 * 60 * 1000;
    await h.click(question, /One server/, ALICE);
    const note = await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id)[0], 'the expiry notice');
    expect(read(note).text).toMatch(/expired/);
    expect(read(note).buttons.map((b) => b.label)).toContain('Start a decision');
    expect(question.edits).toBe(0);
  });

  it('answers a button it does not recognise instead of failing silently', async () => {
    h = await startSlackHarness();
    const { question } = await decideInChannel();
    const forged: FakeMessage = {
      ...question,
      blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'some-other-app:button', text: { type: 'plain_text', text: 'Old button' } }] }],
    };
    await h.click(forged, /Old button/, ALICE);
    const note = await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id)[0], 'the notice');
    expect(read(note).text).toMatch(/not one I recognise/);
    expect(h.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});

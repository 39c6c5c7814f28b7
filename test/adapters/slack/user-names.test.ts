import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userNames } from '../../../src/adapters/slack/user-names.js';
import { memoryLogger } from '../../helpers/kb.js';
import { FakeSlack, read } from './helpers/fake-slack.js';
import { BOT_TOKEN } from './helpers/harness.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, CHANNEL_ID, DM_CHANNEL_ID, appMention, directMessage } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

describe('slack display names', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  /** Resolves once the background lookup of a name has come back (found or not). */
  const lookedUp = (count = 1) => h.fake.waitFor(() => h.logger.lines.filter((l) => l.message === 'slack: display name looked up').length >= count, 'the name lookup');

  it("answers a new person's first message without waiting for users.info", async () => {
    let release: () => void = () => undefined;
    h.fake.holds.set('users.info', new Promise<void>((resolve) => (release = resolve)));
    await h.event(appMention('what is etcd'));
    const answer = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer to the mention');
    expect(read(answer).text).toMatch(/^etcd\n/);
    // Slack has been asked for the name, and has not answered yet: the reply did not wait for it.
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toEqual([ALICE.id]);
    expect(h.logger.lines.some((l) => l.message === 'slack: display name looked up')).toBe(false);
    release();
    await lookedUp();
  });

  it("looks a person's name up once, then shows it in their later messages", async () => {
    await h.event(directMessage(DECIDE));
    await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question');
    await lookedUp();
    await h.event(directMessage('one server'));
    const second = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[1], 'the second question');
    expect(read(second).text).toContain('Noted: *One server* (alice)');
    await h.event(appMention('what is etcd'));
    await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer to the mention');
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toEqual([ALICE.id]);
  });

  it('asks once for a burst of messages from someone new', async () => {
    let release: () => void = () => undefined;
    h.fake.holds.set('users.info', new Promise<void>((resolve) => (release = resolve)));
    await h.event(appMention('what is etcd'));
    await h.event(appMention('what is a pod'));
    await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).length >= 2 && true, 'both answers');
    release();
    await lookedUp();
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
  });

  it('carries on with the id when Slack will not say a name', async () => {
    h.fake.failures.set('users.info', 'missing_scope');
    await h.event(directMessage(DECIDE));
    await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question');
    await lookedUp();
    await h.event(directMessage('several'));
    const second = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[1], 'the second question');
    expect(read(second).text).toContain('Noted: *Several machines* (U0ALICE)');
    expect(h.logger.lines.some((l) => l.level === 'warn' && /display name/.test(l.message))).toBe(true);
  });
});

describe('slack display name cache', () => {
  it('keeps the most recently seen people when full, and asks again for one it let go', async () => {
    const fake = new FakeSlack();
    await fake.start();
    try {
      const logger = memoryLogger();
      const names = userNames(logger, () => undefined, Date.now, 2);
      const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl });
      const lookups = (): number => logger.lines.filter((l) => l.message === 'slack: display name looked up').length;
      // Each step: who writes, and whether archbot should have to ask Slack for their name.
      const steps: Array<[string, boolean]> = [['U0ALICE', true], ['U0BOB', true], ['U0ALICE', false], ['U0CAROL', true], ['U0ALICE', false], ['U0BOB', true]];
      let asked = 0;
      for (const [id, asks] of steps) {
        await names.withName(client, { id });
        if (asks) asked += 1;
        await fake.waitFor(() => lookups() >= asked, `the lookup of ${id}`);
      }
      await fake.waitFor(() => lookups() === fake.callsTo('users.info').length, 'every lookup to finish');
      // Room for two: Carol pushed out Bob (seen less recently than Alice), so only Bob is asked twice.
      expect(fake.callsTo('users.info').map((c) => c.args.user)).toEqual(['U0ALICE', 'U0BOB', 'U0CAROL', 'U0BOB']);
      expect(await names.withName(client, { id: 'U0ALICE' })).toEqual({ id: 'U0ALICE', name: 'alice' });
    } finally {
      await fake.close();
    }
  });
});

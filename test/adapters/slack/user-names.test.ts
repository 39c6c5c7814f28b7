import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from './helpers/fake-slack.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, CHANNEL_ID, DM_CHANNEL_ID, appMention, directMessage } from './helpers/payloads.js';

describe('slack display names', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("looks a person's name up once, then reuses it", async () => {
    await h.event(directMessage('decide'));
    await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question');
    await h.event(directMessage('one server'));
    const second = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[1], 'the second question');
    expect(read(second).text).toContain('Noted: *One server* (alice)');
    await h.event(appMention('what is etcd'));
    await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID)[0], 'the answer to the mention');
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toEqual([ALICE.id]);
  });

  it('carries on with the id when Slack will not say a name', async () => {
    h.fake.failures.set('users.info', 'missing_scope');
    await h.event(directMessage('decide'));
    await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question');
    await h.event(directMessage('several'));
    const second = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[1], 'the second question');
    expect(read(second).text).toContain('Noted: *Several machines* (U0ALICE)');
    expect(h.logger.lines.some((l) => l.level === 'warn' && /display name/.test(l.message))).toBe(true);
  });
});

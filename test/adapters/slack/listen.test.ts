import { describe, expect, it } from 'vitest';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, CHANNEL_ID, appMention } from './helpers/payloads.js';

// The adapter's one listener table (listen.ts) routes by request type; what it does not list goes
// on through Bolt as when no listener matched: an event is acknowledged and nothing is posted.

describe('slack listener table', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  it('acknowledges an event type it does not listen to, posts nothing, and answers the next mention', async () => {
    const reaction = { type: 'reaction_added', user: ALICE.id, reaction: 'thumbsup', item: { type: 'message', channel: CHANNEL_ID, ts: '1712.0001' }, event_ts: '1712.0002' };
    const res = await h.event(reaction);
    expect(res.status).toBe(200);
    await h.barrier();
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.') && c.args.channel === CHANNEL_ID)).toEqual([]);

    const mention = appMention('what is etcd');
    await h.event(mention);
    const [reply] = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID, mention.ts).at(0) && h.fake.visible(CHANNEL_ID, mention.ts), 'the answer to the mention');
    expect(reply?.threadTs).toBe(mention.ts);
  });
});

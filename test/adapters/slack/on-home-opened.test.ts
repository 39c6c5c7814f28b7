import { describe, expect, it } from 'vitest';
import { buttonsOf, visibleText } from './helpers/blocks.js';
import { read } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, BOB, DM_CHANNEL_ID, appHomeOpened } from './helpers/payloads.js';
import { realKb } from '../../helpers/kb.js';

describe('slack App Home', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  it('publishes a Home tab that explains usage, lists every topic and offers a decision', async () => {
    await h.event(appHomeOpened(ALICE));
    const blocks = await h.fake.waitFor(() => h.fake.homeViews.get(ALICE.id), 'the published view');
    const text = visibleText(blocks, '');
    expect(text).toMatch(/\/arch what is etcd/);
    expect(text).toMatch(/mention me in a channel/);
    expect(text).toMatch(/message me here/);
    const kb = realKb();
    expect(text).toContain(`Topics I know (${kb.concepts.length})`);
    for (const concept of kb.topics) expect(text).toContain(concept.title);
    // A button per checklist, the default first.
    const labels = buttonsOf(blocks).map((b) => b.label);
    expect(labels).toEqual(kb.offeredChecklists().map((c) => `Start a decision: ${c.title}`));
    expect(labels[0]).toBe('Start a decision: Docker alone, or Kubernetes?');
  });

  it('publishes nothing for the Messages tab', async () => {
    await h.event(appHomeOpened(BOB, 'messages'));
    await h.barrier();
    expect(h.fake.callsTo('views.publish')).toEqual([]);
  });

  it('starts a decision in the DM when Start is clicked on the Home tab', async () => {
    await h.event(appHomeOpened(ALICE));
    await h.fake.waitFor(() => h.fake.homeViews.get(ALICE.id), 'the published view');
    await h.clickHome(/Start a decision/);
    const question = await h.fake.waitFor(() => h.fake.visible(DM_CHANNEL_ID)[0], 'the first question in the DM');
    expect(h.fake.callsTo('conversations.open')[0]?.args.users).toBe(ALICE.id);
    expect(read(question).text).toMatch(/\(1\/6\)[\s\S]*one server, or across several machines/);
  });
});

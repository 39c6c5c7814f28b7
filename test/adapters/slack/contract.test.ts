import { expect } from 'vitest';
import { conversationContract, type ContractDriver } from '../../contract/conversation-contract.js';
import { buttonsOf } from './helpers/blocks.js';
import { read, type FakeMessage } from './helpers/fake-slack.js';
import { startSlackHarness } from './helpers/harness.js';
import { DM_CHANNEL_ID, directMessage } from './helpers/payloads.js';

/**
 * Alice in her DM with the bot: typed text goes out as signed `message.im` events, clicks as
 * signed `block_actions`, and the reply is whatever the bot posted or edited in Slack meanwhile.
 */
async function slackDriver(): Promise<ContractDriver> {
  const h = await startSlackHarness();
  const replyTo = async (act: () => Promise<Response>): Promise<string> => {
    const mark = h.fake.mark();
    await h.handled(act);
    return h.fake
      .changedSince(mark)
      .map((m) => read(m).text)
      .join('\n\n');
  };
  const newestWithButton = (label: RegExp): FakeMessage | undefined =>
    h.fake
      .visible(DM_CHANNEL_ID)
      .filter((m) => buttonsOf(m.blocks).some((b) => label.test(b.label)))
      .at(-1);
  return {
    send: (text) => replyTo(() => h.event(directMessage(text))),
    click: (label) => {
      const message = newestWithButton(label);
      if (!message) throw new Error(`no message in the DM has a button matching ${label}`);
      return replyTo(() => h.click(message, label));
    },
    async close() {
      expect(h.fake.refused).toEqual([]);
      await h.close();
    },
  };
}

conversationContract('slack', slackDriver);

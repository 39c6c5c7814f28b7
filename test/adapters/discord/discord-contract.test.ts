import { conversationContract, type ContractDriver } from '../../contract/conversation-contract.js';
import { buttonClick, inDm, DM_CHANNEL_ID } from './helpers/payloads.js';
import { newestWithButton, shownText, startHarness } from './helpers/harness.js';

/**
 * The shared conversation, through a real discord.js client on the loopback gateway, in a DM:
 * typed text arrives as MESSAGE_CREATE, clicks as INTERACTION_CREATE; what the bot "said" is
 * every message it posted, answered a callback with, followed up or edited.
 */
async function discordDriver(): Promise<ContractDriver> {
  const h = await startHarness();
  // Long enough for a reply chain's next call to start, short enough to keep the suite quick.
  const settle = async (from: number): Promise<string> => shownText(await h.fake.settle(from));
  return {
    async send(text) {
      const from = h.mark();
      h.dm(text);
      return settle(from);
    },
    async click(label) {
      const { msg, customId } = newestWithButton(h.fake, DM_CHANNEL_ID, label);
      const from = h.mark();
      h.fake.interact(buttonClick(customId, msg, inDm()));
      return settle(from);
    },
    close: () => h.close(),
  };
}

conversationContract('discord', discordDriver);

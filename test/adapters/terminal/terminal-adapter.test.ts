import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../../src/adapters/terminal/terminal-adapter.js';
import { conversationContract, type ContractDriver } from '../../contract/conversation-contract.js';
import { testBot } from '../../helpers/kb.js';

/** Drives the real terminal adapter through its input stream and reads what it prints. */
function terminalDriver(): ContractDriver {
  const { bot } = testBot();
  const input = new PassThrough();
  let printed = '';
  const adapter = new TerminalAdapter({ bot, input, output: { write: (t: string) => (printed += t) }, interactive: false, color: false });
  const running = adapter.start();
  const settle = async (): Promise<void> => {
    // Wait until the adapter has printed everything for the line (output stops growing).
    let last = -1;
    while (printed.length !== last) {
      last = printed.length;
      await new Promise((r) => setTimeout(r, 15));
    }
  };
  return {
    async send(text) {
      const before = printed.length;
      input.write(`${text}\n`);
      await settle();
      return printed.slice(before);
    },
    async close() {
      input.end();
      await running;
    },
  };
}

conversationContract('terminal', async () => terminalDriver(), false);

describe('terminal adapter', () => {
  it('prints a banner, answers help and topics, and leaves on exit', async () => {
    const { bot } = testBot();
    const input = new PassThrough();
    let printed = '';
    const adapter = new TerminalAdapter({ bot, input, output: { write: (t: string) => (printed += t) }, interactive: false, color: false });
    const running = adapter.start();
    input.write('help\ntopics\nexit\nwhat is etcd\n');
    await running;
    expect(printed.split('\n')[0]).toMatch(/^archbot: ask about Docker and Kubernetes \(\d+ topics\)/);
    expect(printed).toMatch(/How to use archbot/);
    expect(printed).toMatch(/Topics I know \(\d+\)/);
    // `exit` ended the loop: the line after it was never answered.
    expect(printed).not.toMatch(/key-value/);
  });
});

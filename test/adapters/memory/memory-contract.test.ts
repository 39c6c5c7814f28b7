import { describe, expect, it } from 'vitest';
import { conversationContract, type ContractDriver } from '../../contract/conversation-contract.js';
import type { PlatformDescriptor } from '../../../src/adapters/descriptor.js';
import { startPlatform } from '../../../src/adapters/start-platform.js';
import { NOTICE } from '../../../src/core/texts.js';
import { memoryLogger, testBot } from '../../helpers/kb.js';
import { MemoryChat, memoryDescriptor, type MemoryMessage } from './memory-adapter.js';
import { DECIDE } from '../../helpers/decide.js';

type Declared = Partial<Pick<PlatformDescriptor, 'markup' | 'limits'>>;

/**
 * Starts the memory platform the way serve does: its own settings read by its own schema, then
 * `startPlatform`. `declared` changes what the descriptor declares, as another platform's would.
 */
async function startMemory(declared: Declared = {}): Promise<{ chat: MemoryChat; stop(): Promise<void> }> {
  const chat = new MemoryChat();
  const descriptor = { ...memoryDescriptor(chat), ...declared };
  const settings = descriptor.configSchema.parse({ MEMORY_ROOM: 'team' });
  if (!descriptor.wanted(settings)) throw new Error('MEMORY_ROOM set, yet the platform is not wanted');
  const { bot, store } = testBot();
  const platform = await startPlatform(descriptor, { bot, store, logger: memoryLogger(), config: { ...settings, LOG_LEVEL: 'silent' } });
  await platform.start();
  return { chat, stop: () => platform.stop() };
}

const botText = (messages: readonly MemoryMessage[]): string => messages.filter((m) => m.from === 'bot').map((m) => m.text).join('\n\n');

async function memoryDriver(): Promise<ContractDriver> {
  const { chat, stop } = await startMemory();
  const where = 'dm-ada';
  const after = async (act: () => Promise<void>): Promise<string> => {
    const before = chat.messages.length;
    await act();
    return botText(chat.messages.slice(before));
  };
  return {
    // Every line carries this chat's mention markup, which only the adapter knows to strip.
    send: (text) => after(() => chat.type({ where, place: 'dm', user: 'ada', text: `<@archbot> ${text}` })),
    click(label) {
      const message = chat.messages.findLast((m) => m.where === where && m.rows.flat().some((b) => label.test(b.label)));
      const button = message?.rows.flat().find((b) => label.test(b.label));
      if (!button) throw new Error(`no button matching ${label}`);
      return after(() => chat.click({ where, place: 'dm', user: 'ada', id: button.id }));
    },
    close: stop,
  };
}

conversationContract('memory', memoryDriver);

describe('memory platform', () => {
  it('runs a decision started in a room in a thread of its own, where typed answers continue it', async () => {
    const { chat, stop } = await startMemory();
    await chat.type({ where: 'room', place: 'channel', user: 'ada', text: DECIDE, command: true });
    const [announcement, question] = chat.messages.filter((m) => m.from === 'bot');
    expect(announcement?.where).toBe('room');
    expect(announcement?.text).toMatch(/ada started a decision/);
    expect(question?.where).toBe(`room/${announcement?.id}`);
    expect(question?.text).toMatch(/\(1\/6\)/);
    await chat.type({ where: question?.where ?? '', place: 'thread', user: 'bo', text: '<@archbot> several servers' });
    expect(botText(chat.messages.slice(-1))).toMatch(/\(2\/6\)[\s\S]*How many services/);
    await stop();
  });

  it('reads past the markup its descriptor declares, whatever that markup is', async () => {
    const { chat, stop } = await startMemory({ markup: [/~~[a-z]+~~/g] });
    // Read as words, the marked-up "daemonset" would win over etcd.
    await chat.type({ where: 'dm-ada', place: 'dm', user: 'ada', text: 'what is ~~daemonset~~ etcd' });
    const answer = botText(chat.messages.slice(-1));
    expect(answer).toMatch(/key-value/i);
    expect(answer).not.toMatch(/DaemonSet/);
    await stop();
  });

  it('lays buttons out in rows no longer than its descriptor declares', async () => {
    const { chat, stop } = await startMemory({ limits: { textLength: 2_000, buttonIdBytes: 64, buttonsPerRow: 2 } });
    await chat.type({ where: 'room', place: 'channel', user: 'ada', text: DECIDE, command: true });
    const question = chat.messages.filter((m) => m.from === 'bot')[1];
    expect(question?.rows.flat().length).toBeGreaterThan(2);
    expect(question?.rows.every((row) => row.length <= 2)).toBe(true);
    await stop();
  });

  it("answers a button that is not one of its own with the catalogue's notice", async () => {
    const { chat, stop } = await startMemory();
    await chat.click({ where: 'dm-ada', place: 'dm', user: 'ada', id: 'not-ours:42' });
    expect(botText(chat.messages)).toBe(NOTICE['unknown-action'].button);
    await stop();
  });
});

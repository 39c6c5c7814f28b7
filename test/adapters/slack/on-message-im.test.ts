import { describe, expect, it } from 'vitest';
import { read, type FakeMessage } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { BOT_ID, BOT_USER_ID, CHANNEL_ID, DM_CHANNEL_ID, directMessage, nextEventId } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

describe('slack direct messages', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  const dm = (): FakeMessage[] => h.fake.visible(DM_CHANNEL_ID);

  /** Sends a DM and resolves with the bot's newest message once `count` bot messages exist. */
  async function say(text: string, count: number): Promise<FakeMessage> {
    await h.event(directMessage(text));
    return h.fake.waitFor(() => dm()[count - 1], `bot message ${count} after "${text}"`);
  }

  it('answers a question in the DM itself', async () => {
    const reply = await say('what is etcd', 1);
    expect(reply.threadTs).toBeUndefined();
    expect(read(reply).text).toMatch(/^etcd\n[\s\S]*key-value[\s\S]*Source: "What Kubernetes actually solves"/);
    expect(read(reply).buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['👍 Helpful', 'Control plane']));
  });

  it('runs a decision in the DM with typed answers and buttons mixed', async () => {
    expect(read(await say(DECIDE, 1)).text).toMatch(/\(1\/6\)/);
    expect(read(await say('one server', 2)).text).toMatch(/\(2\/6\)\nNoted: \*One server\* \(alice\)/);
    const second = dm()[1] as FakeMessage;
    await h.click(second, /A few/);
    const third = await h.fake.waitFor(() => dm()[2], 'question 3');
    expect(read(second).text).toContain('alice chose *A few*');
    expect(read(third).text).toMatch(/\(3\/6\)/);
    await say('yes', 4);
    await say('steady', 5);
    await say('few moving parts', 6);
    const verdict = await say('no', 7);
    expect(read(verdict).text).toMatch(/Verdict: Docker is enough for now/);
  });

  it('answers a retried delivery exactly once, even when the retry arrives first', async () => {
    const eventId = nextEventId();
    const message = directMessage('what is a pod');
    const responses = await Promise.all([h.event(message, { eventId, retryNum: 1 }), h.event(message, { eventId })]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await h.fake.waitFor(() => dm()[0], 'the answer');
    await h.event(message, { eventId, retryNum: 2 });
    const repeats = () => h.logger.lines.filter((l) => l.message === 'slack: repeated delivery ignored' && l.fields.eventId === eventId);
    await h.fake.waitFor(() => repeats().length === 2, 'both repeats to be recognised');
    await h.barrier();
    expect(dm()).toHaveLength(1);
  });

  it('ignores its own messages, other bots and message subtypes', async () => {
    await h.event(directMessage('what is etcd', undefined, { user: BOT_USER_ID }));
    await h.event(directMessage('what is etcd', undefined, { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined }));
    await h.event(directMessage('what is etcd', undefined, { bot_id: BOT_ID, app_id: 'A0ARCH' }));
    await h.event(directMessage('what is etcd', undefined, { subtype: 'message_changed' }));
    await h.event(directMessage('what is etcd', undefined, { subtype: 'message_deleted' }));
    // Channel messages reach the bot only as mentions; a stray channel `message` is not a question.
    await h.event(directMessage('what is etcd', undefined, { channel: CHANNEL_ID, channel_type: 'channel' }));
    await h.barrier();
    expect(dm()).toEqual([]);
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('answers a 40,000-character message politely instead of searching it', async () => {
    const reply = await say('docker '.repeat(5_715).slice(0, 40_000), 1);
    expect(read(reply).text).toMatch(/40,000 characters long[\s\S]*sentence or two/);
    expect(h.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});

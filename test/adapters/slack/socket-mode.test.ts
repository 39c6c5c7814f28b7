import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServedPlatform } from '../../../src/adapters/platform-deps.js';
import { createSlackPlatform } from '../../../src/adapters/slack/slack-platform.js';
import { testBot } from '../../helpers/kb.js';
import { FakeSlack, read } from './helpers/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, slackConfig } from './helpers/harness.js';
import { ALICE, CHANNEL_ID, DM_CHANNEL_ID, directMessage, eventCallback, nextEventId } from './helpers/payloads.js';

describe('slack Socket Mode', () => {
  let fake: FakeSlack;
  let platform: ServedPlatform;
  let logger: ReturnType<typeof testBot>['logger'];
  // Shutdown's view of the adapter (serve.ts): flipped by a test to play a stop that has begun.
  let accepting: boolean;
  let tracked: number;
  beforeEach(async () => {
    accepting = true;
    tracked = 0;
    const intake = { accepting: () => accepting, track: <T>(work: Promise<T>): Promise<T> => ((tracked += 1), work) };
    fake = new FakeSlack();
    await fake.start();
    const made = testBot();
    const { bot, store } = made;
    logger = made.logger;
    // No signing secret and no public URL: the app-level token is all Socket Mode needs.
    const config = { ...slackConfig(fake, { SLACK_APP_TOKEN: APP_TOKEN }), SLACK_SIGNING_SECRET: undefined };
    platform = createSlackPlatform({ bot, config, logger, store, intake });
    await platform.start();
  });
  afterEach(async () => {
    await platform.stop();
    await fake.close();
    expect(fake.refused).toEqual([]);
  });

  const acked = (envelopeId: string) => () => fake.socket.received.find((m) => typeof m === 'object' && m !== null && 'envelope_id' in m && m.envelope_id === envelopeId);

  it('connects through apps.connections.open at SLACK_API_URL with the app token, and serves no HTTP route', async () => {
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    expect(fake.callsTo('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expect(fake.socket.connections).toBe(1);
    expect(platform.isReady()).toBe(true);
    expect(platform.routes).toEqual([]);
  });

  it('acknowledges an events_api envelope by its envelope_id and answers the event once, retries included', async () => {
    const eventId = nextEventId();
    const event = eventCallback(directMessage('what is etcd'), eventId);
    fake.socket.send({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: event });
    await fake.waitFor(acked('env-1'), 'the ack for env-1');
    const answer = await fake.waitFor(() => fake.visible(DM_CHANNEL_ID)[0], 'the answer');
    expect(read(answer).text).toMatch(/^etcd\n[\s\S]*key-value/);

    // Slack redelivers when an ack is late; the retry must be acked too, but not answered again.
    fake.socket.send({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: event });
    await fake.waitFor(acked('env-2'), 'the ack for the retry');
    await fake.waitFor(() => logger.lines.some((l) => l.message === 'slack: repeated delivery ignored' && l.fields.eventId === eventId), 'the retry to be recognised');
    fake.socket.send({ envelope_id: 'env-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: eventCallback(directMessage('what is a pod')) });
    await fake.waitFor(() => fake.visible(DM_CHANNEL_ID)[1], 'the answer to the next message');
    expect(fake.visible(DM_CHANNEL_ID).map((m) => read(m).text.split('\n')[0])).toEqual(['etcd', expect.stringMatching(/Pod/)]);
  });

  it('takes /arch over the socket too, answering through its response_url', async () => {
    const responseUrl = fake.responseUrl({ channel: CHANNEL_ID, user: ALICE.id, source: undefined });
    const command = { token: 'legacy', team_id: 'T0TEST', channel_id: CHANNEL_ID, user_id: ALICE.id, user_name: ALICE.name, command: '/arch', text: 'what is etcd', api_app_id: 'A0ARCH', response_url: responseUrl, trigger_id: '1.2.3' };
    fake.socket.send({ envelope_id: 'env-cmd', type: 'slash_commands', accepts_response_payload: true, payload: command });
    await fake.waitFor(acked('env-cmd'), 'the ack for the command');
    const answer = await fake.waitFor(() => fake.ephemeralFor(ALICE.id)[0], 'the private answer');
    expect(read(answer).buttons.map((b) => b.label)).toContain('Share in channel');
  });

  it('still answers a message that arrives while a stop has begun, since Bolt has already acknowledged it', async () => {
    accepting = false;
    fake.socket.send({ envelope_id: 'env-late', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: eventCallback(directMessage('what is etcd')) });
    await fake.waitFor(acked('env-late'), 'the ack for the late message');
    const answer = await fake.waitFor(() => fake.visible(DM_CHANNEL_ID)[0], 'the answer to the late message');
    expect(read(answer).text).toMatch(/^etcd\n/);
    // Tracked, so the graceful stop's drain waits for it before the stores close.
    expect(tracked).toBe(1);
  });

  it('is not ready once stopped', async () => {
    await platform.stop();
    expect(platform.isReady()).toBe(false);
    await fake.waitFor(() => !fake.socket.connected, 'the socket to close');
  });
});

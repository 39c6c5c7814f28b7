import { afterEach, describe, expect, it } from 'vitest';
import { createSlackPlatform } from '../../../src/adapters/slack/slack-platform.js';
import { slackDescriptor } from '../../../src/adapters/slack/descriptor.js';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/events-route.js';
import { testBot } from '../../helpers/kb.js';
import { serveForTest } from '../../helpers/serve-for-test.js';
import { FakeSlack } from './helpers/fake-slack.js';
import { BARRIER_CHANNEL, BOT_TOKEN, slackConfig, slackEnv, startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { DM_CHANNEL_ID, directMessage, eventCallback } from './helpers/payloads.js';
import { SIGNING_SECRET, postSigned } from './helpers/signed-request.js';

describe('slack HTTP mode', () => {
  let h: SlackHarness | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await h?.close();
    h = undefined;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** Calls the bot made other than start-up and the barrier: what a forged request could have caused. */
  const effects = (harness: SlackHarness) =>
    harness.fake.calls.filter((c) => c.method !== 'auth.test' && c.args.channel !== BARRIER_CHANNEL && !(c.method === 'users.info'));

  it('refuses a request with a bad signature with 401 and acts on nothing', async () => {
    h = await startSlackHarness();
    const body = JSON.stringify(eventCallback(directMessage('what is etcd')));
    const forged = await h.post(body, 'application/json', { secret: 'not-the-signing-secret' });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    await h.barrier();
    expect(effects(h)).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes with 401 (a replay)', async () => {
    h = await startSlackHarness();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await h.post(JSON.stringify(eventCallback(directMessage('what is etcd'))), 'application/json', { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    await h.barrier();
    expect(effects(h)).toEqual([]);
    // The signing secret and the token stay out of the log lines written about it.
    const logged = JSON.stringify(h.logger.lines);
    expect(logged).not.toContain(SIGNING_SECRET);
    expect(logged).not.toContain(BOT_TOKEN);
  });

  it("answers Slack's URL verification challenge when the request URL is saved", async () => {
    h = await startSlackHarness();
    const res = await h.post(JSON.stringify({ token: 'legacy', challenge: 'c-3bf9a1', type: 'url_verification' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('c-3bf9a1');
  });

  it('turns away a signed but malformed body with 400 and keeps serving', async () => {
    h = await startSlackHarness();
    expect((await h.post('{"type": "event_callback", ', 'application/json')).status).toBe(400);
    await h.barrier();
  });

  it('answers 503 until started, is ready once auth.test passed, and not after stop', async () => {
    const fake = new FakeSlack();
    await fake.start();
    cleanups.push(() => fake.close());
    // Built from the descriptor and served as `serve` does, but not started yet.
    const served = await serveForTest(slackDescriptor, slackEnv(fake), { start: false });
    cleanups.push(() => served.server.close());
    const { platform } = served;
    const url = `${served.url}${SLACK_EVENTS_PATH}`;
    const readyz = async () => ((await (await fetch(`${served.url}/readyz`)).json()) as { checks: Record<string, boolean> }).checks;
    const body = JSON.stringify(eventCallback(directMessage('what is etcd')));
    expect(platform.isReady()).toBe(false);
    expect(await readyz()).toEqual({ slack: false });
    expect((await postSigned(url, body, 'application/json')).status).toBe(503);
    await platform.start();
    expect(fake.callsTo('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expect(platform.isReady()).toBe(true);
    expect(await readyz()).toEqual({ slack: true });
    expect((await postSigned(url, body, 'application/json')).status).toBe(200);
    await platform.stop();
    expect(platform.isReady()).toBe(false);
  });

  it('fails to start with a sentence naming the setting when Slack rejects the bot token', async () => {
    const fake = new FakeSlack();
    await fake.start();
    cleanups.push(() => fake.close());
    fake.failures.set('auth.test', 'invalid_auth');
    const { bot, store, logger } = testBot();
    const platform = createSlackPlatform({ bot, config: slackConfig(fake), logger, store });
    const failure = await platform.start().then(
      () => undefined,
      (err: unknown) => (err instanceof Error ? err.message : String(err)),
    );
    expect(failure).toMatch(/SLACK_BOT_TOKEN is not valid \(invalid_auth\)/);
    expect(failure).not.toContain(BOT_TOKEN);
    expect(platform.isReady()).toBe(false);
  });

  it('logs and counts a Slack call that fails, then keeps answering', async () => {
    const failed: string[] = [];
    const harness = await startSlackHarness({ metrics: { startReply: () => () => undefined, platformApiError: (platform) => failed.push(platform) } });
    h = harness;
    harness.fake.failures.set('chat.postMessage', 'fatal_error');
    await harness.event(directMessage('what is etcd'));
    await harness.fake.waitFor(() => failed.length === 1, 'the failure to be counted');
    const logged = harness.logger.lines.filter((l) => l.level === 'error');
    expect(logged.map((l) => [l.message, l.fields.slack])).toEqual([['slack: handling an event failed', 'fatal_error']]);
    expect(JSON.stringify(logged)).not.toContain(BOT_TOKEN);
    harness.logger.lines.splice(0);
    harness.fake.failures.delete('chat.postMessage');
    await harness.event(directMessage('what is a pod'));
    await harness.fake.waitFor(() => harness.fake.visible(DM_CHANNEL_ID)[0], 'the next answer');
    expect(failed).toEqual(['slack']);
  });

  it('needs a signing secret in HTTP mode and says so', () => {
    const { bot, store, logger } = testBot();
    const config = { ...slackConfig(new FakeSlack()), SLACK_SIGNING_SECRET: undefined };
    expect(() => createSlackPlatform({ bot, config, logger, store })).toThrow(/SLACK_SIGNING_SECRET is required/);
  });
});

import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../../src/server/shutdown.js';
import { read } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { CHANNEL_ID, appMention } from './helpers/payloads.js';

// Slack answering chat.postMessage after the client gave up: the message was posted all the same,
// so sending it again posts it again. The client's 10 s timeout is scaled down to 1.5 s here (start-up calls must fit in it on a busy machine), and
// Slack's 10.5 s answer to 3 s.

const TIMEOUT_MS = 1500;
const SLOW_MS = 3000;

describe('slack answering slowly', () => {
  let h: SlackHarness;
  let accepting = true;
  const inFlight = createInFlight();
  useSlackHarness((started) => (h = started), () => {
    accepting = true;
    return { apiTimeoutMs: TIMEOUT_MS, intake: { track: (work) => inFlight.track(work), accepting: () => accepting } };
  });

  const failures = () => h.logger.lines.filter((l) => l.message === 'slack: handling an event failed');
  /** The timed-out posts are logged as errors, which the harness would otherwise report. */
  const forgetExpectedErrors = (): void => {
    for (let i = h.logger.lines.length - 1; i >= 0; i -= 1) if (h.logger.lines[i]?.message === 'slack: handling an event failed') h.logger.lines.splice(i, 1);
  };
  const posts = (threadTs: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

  it('posts one answer to a mention when chat.postMessage answers after the client timed out', async () => {
    h.fake.methodDelayMs.set('chat.postMessage', SLOW_MS);
    const mention = appMention('what is etcd');
    await h.event(mention);
    // The failure is logged once the client has given up for good, retries included.
    await h.fake.waitFor(() => failures().length === 1, 'the timed-out post to be logged');
    await h.fake.waitFor(() => h.fake.pending === 0, 'Slack to finish every call it received');
    expect(posts(mention.ts)).toHaveLength(1);
    expect(h.fake.visible(CHANNEL_ID, mention.ts).map((m) => read(m).text)).toEqual([expect.stringMatching(/key-value/)]);
    forgetExpectedErrors();
  });

  it('retries a post Slack refused with a 503 before accepting it, and posts it once', async () => {
    h.fake.httpFailures.set('chat.postMessage', [503]);
    const mention = appMention('what is etcd');
    await h.event(mention);
    await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID, mention.ts)[0], 'the answer after one retry');
    expect(h.fake.callsTo('chat.postMessage (HTTP 503)')).toHaveLength(1);
    expect(posts(mention.ts)).toHaveLength(1);
  });

  it('does not double stuck replies at shutdown: five slow posts are five posts', async () => {
    h.fake.methodDelayMs.set('chat.postMessage', SLOW_MS);
    const mentions = Array.from({ length: 5 }, () => appMention('what is a pod'));
    for (const mention of mentions) await h.event(mention);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length + h.fake.pending >= 5, 'all five posts to be on their way');
    // SIGTERM: stop accepting, wait for every reply in flight.
    accepting = false;
    await inFlight.drain();
    await h.fake.waitFor(() => h.fake.pending === 0, 'Slack to finish every call it received');
    for (const mention of mentions) expect(posts(mention.ts)).toHaveLength(1);
    forgetExpectedErrors();
  });
});

// Slack retries an event it thinks went unanswered. With the shared store (Redis) down, delivery
// dedupe cannot ask it; it falls back to what this process has seen, so a retry reaching the same
// replica still gets no second reply, and the log says dedupe is best effort meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { slackDescriptor } from '../../../src/adapters/slack/descriptor.js';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/events-route.js';
import { createBot } from '../../../src/core/bot.js';
import { RedisStore } from '../../../src/stores/redis-store.js';
import { memoryLogger, realKb } from '../../helpers/kb.js';
import { serveForTest } from '../../helpers/serve-for-test.js';
import { testPrefix } from '../../stores/helpers/redis-namespace.js';
import { useTestRedis } from '../../stores/helpers/use-test-redis.js';
import { proxiedRedis } from '../../stores/helpers/tcp-proxy.js';
import { FakeSlack } from './helpers/fake-slack.js';
import { slackEnv } from './helpers/harness.js';
import { DM_CHANNEL_ID, directMessage, eventCallback, nextEventId } from './helpers/payloads.js';
import { postSigned } from './helpers/signed-request.js';

const redis = useTestRedis();

describe('slack delivery dedupe with Redis down', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers a DM once although Slack retries it, and warns that dedupe is best effort', async () => {
    const { proxy, url } = await proxiedRedis(redis.url);
    cleanups.push(() => proxy.stop());
    const store = await RedisStore.connect(url, { logger: memoryLogger(), prefix: testPrefix() });
    cleanups.push(() => store.close());

    const fake = new FakeSlack();
    await fake.start();
    cleanups.push(() => fake.close());
    const logger = memoryLogger();
    const bot = createBot({ kb: realKb(), store, logger });
    const served = await serveForTest(slackDescriptor, slackEnv(fake), { bot, store, logger });
    cleanups.push(() => served.stop());
    const send = (body: unknown, retryNum?: number) =>
      postSigned(`${served.url}${SLACK_EVENTS_PATH}`, JSON.stringify(body), 'application/json', retryNum === undefined ? {} : { retryNum });

    await proxy.stop();
    const eventId = nextEventId();
    const delivery = eventCallback(directMessage('what is etcd'), eventId);
    expect((await send(delivery)).status).toBe(200);
    await fake.waitFor(() => fake.visible(DM_CHANNEL_ID)[0], 'a reply to the first delivery');

    expect((await send(delivery, 1)).status).toBe(200);
    const repeats = () => logger.lines.filter((l) => l.message === 'slack: repeated delivery ignored' && l.fields.eventId === eventId);
    await fake.waitFor(() => repeats()[0], 'the retry to be recognised');
    expect(fake.visible(DM_CHANNEL_ID)).toHaveLength(1);
    const warnings = logger.lines.filter((l) => l.level === 'warn' && /dedupe is best effort/.test(l.message));
    expect(warnings.map((w) => w.fields.key)).toEqual([`slack:${eventId}`, `slack:${eventId}`]);
  });
});

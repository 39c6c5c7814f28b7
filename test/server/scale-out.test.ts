import { describe, expect, it } from 'vitest';
import { read } from '../adapters/slack/helpers/fake-slack.js';
import { nextEventId } from '../adapters/slack/helpers/payloads.js';
import { useTestRedis } from '../stores/helpers/use-test-redis.js';
import { DECIDE } from '../helpers/decide.js';
import { useSlackApps } from './helpers/slack-apps.js';

// Whole app instances, started the way `npx archbot` starts them (Slack HTTP mode), sharing one
// fake Slack: the same DM continued through a second instance, and through a restarted one.

const apps = useSlackApps();
const { dm } = apps;
const nth = (n: number, what: string): Promise<string> => apps.fake.waitFor(() => dm()[n - 1], what).then((m) => read(m).text);

describe('scale-out: two instances sharing Redis', () => {
  const redis = useTestRedis();
  const { prefix } = redis;

  it('continues a decision through either instance, and answers an event both receive once', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: prefix };
    const a = await apps.start(env);
    const b = await apps.start(env);
    await a.say(DECIDE);
    expect(await nth(1, 'question 1 from instance A')).toMatch(/\(1\/6\)/);
    await b.say('several servers');
    expect(await nth(2, 'question 2 from instance B')).toMatch(/\(2\/6\)/);
    await a.say('many');
    expect(await nth(3, 'question 3 from instance A')).toMatch(/\(3\/6\)/);

    // Slack retried a delivery and a load balancer sent the copies to different replicas.
    const eventId = nextEventId();
    await Promise.all([a.say('zero downtime', { eventId }), b.say('zero downtime', { eventId, retryNum: 1 })]);
    expect(await nth(4, 'question 4')).toMatch(/\(4\/6\)/);
    // A later message proves the duplicate was dropped rather than still on its way.
    await b.say('status');
    const after = await nth(5, 'the status reply');
    expect(after).toMatch(/4 of 6|\(4\/6\)/);
    expect(dm()).toHaveLength(5);
  });
});

describe('graceful stop', () => {
  it('finishes a reply still being posted when SIGTERM arrives, refuses new events, then exits 0', async () => {
    const instance = await apps.start({});
    apps.fake.delayMs = 1_200;
    await instance.say('what is etcd');
    // The event is acknowledged; its reply is now waiting on the slow Web API.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = instance.stop();
    await expect(instance.say('what is a pod')).rejects.toThrow();
    expect(await stopping).toBe(0);
    expect(dm().map((m) => read(m).text)).toEqual([expect.stringMatching(/^etcd\n/)]);
  });
});

describe('restart: a process with the same SQLite file', () => {
  it('resumes a decision mid-session after a graceful stop', async () => {
    const first = await apps.start({});
    await first.say(DECIDE);
    await nth(1, 'question 1');
    await first.say('one server');
    expect(await nth(2, 'question 2')).toMatch(/\(2\/6\)/);
    expect(await first.stop()).toBe(0);

    const second = await apps.start({});
    await second.say('a few');
    expect(await nth(3, 'question 3 after the restart')).toMatch(/\(3\/6\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { read } from '../adapters/slack/helpers/fake-slack.js';
import { useTestRedis } from '../stores/helpers/use-test-redis.js';
import { DECIDE } from '../helpers/decide.js';
import { useSlackApps, type SlackApp } from './helpers/slack-apps.js';

// `archbot` as `npx archbot` starts it (Slack HTTP mode, settings from the environment), against
// the loopback Slack fake: what each setting is for has to reach the bot that answers.

const SLOW_DOWN = /faster than I can answer/;
const apps = useSlackApps();
const { dm } = apps;
const handled = (instance: SlackApp): number => instance.logs.filter((l) => l.includes('"msg":"slack: event handled"')).length;

describe('RATE_LIMIT reaches the bot', () => {
  it('tells a person to slow down after RATE_LIMIT typed messages', async () => {
    const app = await apps.start({ RATE_LIMIT: '2', LOG_LEVEL: 'debug' });
    for (let i = 0; i < 4; i += 1) await app.say('what is etcd');
    await apps.fake.waitFor(() => handled(app) >= 4, 'all four messages to be handled');
    const texts = dm().map((m) => read(m).text);
    expect(texts.filter((t) => /key-value/.test(t))).toHaveLength(2);
    expect(texts.filter((t) => SLOW_DOWN.test(t))).toHaveLength(1);
    expect(texts).toHaveLength(3);
  });
});

describe('SESSION_TTL_HOURS reaches the bot', () => {
  it('keeps an idle decision for that many hours, and no longer', async () => {
    let now = Date.now();
    const app = await apps.start({ SESSION_TTL_HOURS: '1' }, () => now);
    await app.say(DECIDE);
    await apps.fake.waitFor(() => dm()[0], 'question 1');
    now += 50 * 60_000;
    await app.say('one server');
    expect(read(await apps.fake.waitFor(() => dm()[1], 'question 2 after 50 idle minutes')).text).toMatch(/\(2\/6\)/);
    now += 61 * 60_000;
    await app.say('a few');
    expect(read(await apps.fake.waitFor(() => dm()[2], 'the reply after 61 idle minutes')).text).toMatch(/expired/);
  });
});

describe('metrics reach the bot', () => {
  it('counts a looked-up question on /metrics', async () => {
    const app = await apps.start({ LOG_LEVEL: 'debug' });
    const lookups = async (): Promise<number> => {
      const text = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
      return Number(/^archbot_lookups_total\{status="answer"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    expect(await lookups()).toBe(0);
    await app.say('what is etcd');
    await apps.fake.waitFor(() => dm()[0], 'the answer');
    expect(await lookups()).toBe(1);
  });
});

describe('two replicas sharing Redis', () => {
  const redis = useTestRedis();
  const { prefix } = redis;

  it('share one RATE_LIMIT: six messages alternating between them get three answers and one "slow down"', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: `${prefix}a:`, RATE_LIMIT: '3', LOG_LEVEL: 'debug' };
    const a = await apps.start(env);
    const b = await apps.start(env);
    for (let i = 0; i < 6; i += 1) await (i % 2 === 0 ? a : b).say('what is etcd');
    await apps.fake.waitFor(() => handled(a) + handled(b) >= 6, 'all six messages to be handled');
    const texts = dm().map((m) => read(m).text);
    expect(texts.filter((t) => /key-value/.test(t))).toHaveLength(3);
    expect(texts.filter((t) => SLOW_DOWN.test(t))).toHaveLength(1);
  });

  it('finish a decision when 10 copies of one click race across them, then the rest is clicked fast', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: `${prefix}b:`, LOG_LEVEL: 'debug' };
    const a = await apps.start(env);
    const b = await apps.start(env);
    await a.say(DECIDE);
    const first = await apps.fake.waitFor(() => dm()[0], 'question 1');
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).click(first, /^1\. /)));
    await apps.fake.waitFor(() => handled(a) + handled(b) >= 11, 'all ten copies to be handled');
    for (let step = 2; step <= 6; step += 1) {
      const question = await apps.fake.waitFor(() => dm().find((m) => read(m).text.includes(`(${step}/6)`)), `question ${step}`);
      await (step % 2 === 0 ? b : a).click(question, /^1\. /);
    }
    await apps.fake.waitFor(() => dm().find((m) => /Verdict:/.test(read(m).text)), 'the verdict');
    expect(dm().filter((m) => SLOW_DOWN.test(read(m).text))).toEqual([]);
  });
});

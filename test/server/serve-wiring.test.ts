import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { buttonsOf } from '../adapters/slack/helpers/blocks.js';
import { FakeSlack, read, type FakeMessage } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { ALICE, DM_CHANNEL_ID, blockActionsForm, directMessage, eventCallback } from '../adapters/slack/helpers/payloads.js';
import { postSigned, SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';
import { captureIo } from '../helpers/io.js';
import { SHIPPED_ARTICLE } from '../helpers/shipped-article.js';
import { dropPrefix, rawRedis, testPrefix } from '../stores/helpers/redis-namespace.js';
import { redisForTests, type RedisServer } from '../stores/helpers/redis-server.js';
import { DECIDE } from '../helpers/decide.js';

// `archbot` as `npx archbot` starts it (Slack HTTP mode, settings from the environment), against
// the loopback Slack fake: what each setting is for has to reach the bot that answers.

const SLOW_DOWN = /faster than I can answer/;
const FORM = 'application/x-www-form-urlencoded';

interface Instance {
  port: number;
  logs: string[];
  say(text: string): Promise<void>;
  click(message: FakeMessage, label: RegExp): Promise<void>;
  stop(): Promise<number>;
}

let fake: FakeSlack;
let dataDir: string;
const running: Instance[] = [];

beforeEach(async () => {
  fake = new FakeSlack();
  await fake.start();
  dataDir = mkdtempSync(join(tmpdir(), 'archbot-wiring-'));
});
afterEach(async () => {
  for (const instance of running.splice(0)) await instance.stop();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}, clock?: () => number): Promise<Instance> {
  const signals = new EventEmitter();
  const logs: string[] = [];
  let port = 0;
  let listened: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (listened = resolve));
  const io = captureIo();
  const exited = main(
    [],
    { CONTENT_DIR: SHIPPED_ARTICLE, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    io,
    { signals, exit: () => undefined, onListening: (p) => ((port = p), listened()), write: (line) => logs.push(line), ...(clock ? { clock } : {}) },
  );
  await Promise.race([listening, exited]);
  if (port === 0) throw new Error(`instance did not start: ${io.err()}`);
  const url = `http://127.0.0.1:${port}/slack/events`;
  let stopped: Promise<number> | undefined;
  const instance: Instance = {
    port,
    logs,
    async say(text) {
      const res = await postSigned(url, JSON.stringify(eventCallback(directMessage(text))), 'application/json');
      expect(res.status).toBe(200);
    },
    async click(message, label) {
      const button = buttonsOf(message.blocks).find((b) => label.test(b.label));
      if (!button) throw new Error(`no button matching ${label}`);
      const target = { ts: message.ts, channel: message.channel, ephemeral: false, text: message.text, blocks: message.blocks };
      const responseUrl = fake.responseUrl({ channel: message.channel, user: ALICE.id, source: message.ts });
      const res = await postSigned(url, blockActionsForm({ message: target, actionId: button.actionId, label: button.label, user: ALICE, responseUrl }), FORM);
      expect(res.status).toBe(200);
    },
    stop() {
      stopped ??= (signals.emit('SIGTERM', 'SIGTERM'), exited);
      return stopped;
    },
  };
  running.push(instance);
  return instance;
}

const dm = (): FakeMessage[] => fake.visible(DM_CHANNEL_ID);
const handled = (instance: Instance): number => instance.logs.filter((l) => l.includes('"msg":"slack: event handled"')).length;

describe('RATE_LIMIT reaches the bot', () => {
  it('tells a person to slow down after RATE_LIMIT typed messages', async () => {
    const app = await start({ RATE_LIMIT: '2', LOG_LEVEL: 'debug' });
    for (let i = 0; i < 4; i += 1) await app.say('what is etcd');
    await fake.waitFor(() => handled(app) >= 4, 'all four messages to be handled');
    const texts = dm().map((m) => read(m).text);
    expect(texts.filter((t) => /key-value/.test(t))).toHaveLength(2);
    expect(texts.filter((t) => SLOW_DOWN.test(t))).toHaveLength(1);
    expect(texts).toHaveLength(3);
  });
});

describe('SESSION_TTL_HOURS reaches the bot', () => {
  it('keeps an idle decision for that many hours, and no longer', async () => {
    let now = Date.now();
    const app = await start({ SESSION_TTL_HOURS: '1' }, () => now);
    await app.say(DECIDE);
    await fake.waitFor(() => dm()[0], 'question 1');
    now += 50 * 60_000;
    await app.say('one server');
    expect(read(await fake.waitFor(() => dm()[1], 'question 2 after 50 idle minutes')).text).toMatch(/\(2\/6\)/);
    now += 61 * 60_000;
    await app.say('a few');
    expect(read(await fake.waitFor(() => dm()[2], 'the reply after 61 idle minutes')).text).toMatch(/expired/);
  });
});

describe('metrics reach the bot', () => {
  it('counts a looked-up question on /metrics', async () => {
    const app = await start({ LOG_LEVEL: 'debug' });
    const lookups = async (): Promise<number> => {
      const text = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
      return Number(/^archbot_lookups_total\{status="answer"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    expect(await lookups()).toBe(0);
    await app.say('what is etcd');
    await fake.waitFor(() => dm()[0], 'the answer');
    expect(await lookups()).toBe(1);
  });
});

describe('two replicas sharing Redis', () => {
  let redis: RedisServer;
  const prefix = testPrefix();
  beforeAll(async () => {
    redis = await redisForTests();
  });
  afterAll(async () => {
    const client = rawRedis(redis.url);
    await dropPrefix(client, prefix);
    client.disconnect();
    await redis.stop();
  });

  it('share one RATE_LIMIT: six messages alternating between them get three answers and one "slow down"', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: `${prefix}a:`, RATE_LIMIT: '3', LOG_LEVEL: 'debug' };
    const a = await start(env);
    const b = await start(env);
    for (let i = 0; i < 6; i += 1) await (i % 2 === 0 ? a : b).say('what is etcd');
    await fake.waitFor(() => handled(a) + handled(b) >= 6, 'all six messages to be handled');
    const texts = dm().map((m) => read(m).text);
    expect(texts.filter((t) => /key-value/.test(t))).toHaveLength(3);
    expect(texts.filter((t) => SLOW_DOWN.test(t))).toHaveLength(1);
  });

  it('finish a decision when 10 copies of one click race across them, then the rest is clicked fast', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: `${prefix}b:`, LOG_LEVEL: 'debug' };
    const a = await start(env);
    const b = await start(env);
    await a.say(DECIDE);
    const first = await fake.waitFor(() => dm()[0], 'question 1');
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).click(first, /^1\. /)));
    await fake.waitFor(() => handled(a) + handled(b) >= 11, 'all ten copies to be handled');
    for (let step = 2; step <= 6; step += 1) {
      const question = await fake.waitFor(() => dm().find((m) => read(m).text.includes(`(${step}/6)`)), `question ${step}`);
      await (step % 2 === 0 ? b : a).click(question, /^1\. /);
    }
    await fake.waitFor(() => dm().find((m) => /Verdict:/.test(read(m).text)), 'the verdict');
    expect(dm().filter((m) => SLOW_DOWN.test(read(m).text))).toEqual([]);
  });
});

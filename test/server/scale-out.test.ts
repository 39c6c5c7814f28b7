import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { FakeSlack, read, type FakeMessage } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { DM_CHANNEL_ID, directMessage, eventCallback, nextEventId } from '../adapters/slack/helpers/payloads.js';
import { postSigned, SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';
import { captureIo } from '../helpers/io.js';
import { SHIPPED_ARTICLE } from '../helpers/shipped-article.js';
import { dropPrefix, rawRedis, testPrefix } from '../stores/helpers/redis-namespace.js';
import { redisForTests, type RedisServer } from '../stores/helpers/redis-server.js';
import { DECIDE } from '../helpers/decide.js';

// Whole app instances, started the way `npx archbot` starts them (Slack HTTP mode), sharing one
// fake Slack: the same DM continued through a second instance, and through a restarted one.

interface Instance {
  say(text: string, options?: { eventId?: string; retryNum?: number }): Promise<void>;
  stop(): Promise<number>;
}

let fake: FakeSlack;
let dataDir: string;
const running: Instance[] = [];

beforeEach(async () => {
  fake = new FakeSlack();
  await fake.start();
  dataDir = mkdtempSync(join(tmpdir(), 'archbot-scale-'));
});
afterEach(async () => {
  for (const instance of running.splice(0)) await instance.stop();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<Instance> {
  const signals = new EventEmitter();
  let port = 0;
  let listened: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (listened = resolve));
  const io = captureIo();
  const exited = main(
    [],
    { CONTENT_DIR: SHIPPED_ARTICLE, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    io,
    { signals, exit: () => undefined, onListening: (p) => ((port = p), listened()), write: () => undefined },
  );
  await Promise.race([listening, exited]);
  if (port === 0) throw new Error(`instance did not start: ${io.err()}`);
  let stopped: Promise<number> | undefined;
  const instance: Instance = {
    async say(text, options = {}) {
      const body = JSON.stringify(eventCallback(directMessage(text), options.eventId ?? nextEventId()));
      const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, 'application/json', options.retryNum === undefined ? {} : { retryNum: options.retryNum });
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
const nth = (n: number, what: string): Promise<string> => fake.waitFor(() => dm()[n - 1], what).then((m) => read(m).text);

describe('scale-out: two instances sharing Redis', () => {
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

  it('continues a decision through either instance, and answers an event both receive once', async () => {
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: prefix };
    const a = await start(env);
    const b = await start(env);
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
    const instance = await start({});
    fake.delayMs = 1_200;
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
    const first = await start({});
    await first.say(DECIDE);
    await nth(1, 'question 1');
    await first.say('one server');
    expect(await nth(2, 'question 2')).toMatch(/\(2\/6\)/);
    expect(await first.stop()).toBe(0);

    const second = await start({});
    await second.say('a few');
    expect(await nth(3, 'question 3 after the restart')).toMatch(/\(3\/6\)/);
  });
});

import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { main } from '../../../src/main.js';
import { buttonsOf } from '../../adapters/slack/helpers/blocks.js';
import { FakeSlack, type FakeMessage } from '../../adapters/slack/helpers/fake-slack.js';
import { BOT_TOKEN } from '../../adapters/slack/helpers/harness.js';
import { ALICE, DM_CHANNEL_ID, blockActionsForm, directMessage, eventCallback, nextEventId } from '../../adapters/slack/helpers/payloads.js';
import { postSigned, SIGNING_SECRET } from '../../adapters/slack/helpers/signed-request.js';
import { captureIo } from '../../helpers/io.js';
import { SHIPPED_ARTICLE } from '../../helpers/shipped-article.js';

/** One whole app, started the way `npx archbot` starts it (Slack HTTP mode, settings from the environment). */
export interface SlackApp {
  port: number;
  /** Its log lines, as written. */
  logs: string[];
  /** Alice's DM; a given `eventId` (and `retryNum`) makes it a copy of an earlier delivery, as Slack's retries are. */
  say(text: string, options?: { eventId?: string; retryNum?: number }): Promise<void>;
  /** Alice clicks the button of `message` whose label matches. */
  click(message: FakeMessage, label: RegExp): Promise<void>;
  /** SIGTERM, then the exit code; the same promise however often it is called. */
  stop(): Promise<number>;
}

export interface SlackApps {
  /** The current test's loopback Slack, which every app of the test shares. */
  readonly fake: FakeSlack;
  /** Starts an app over the test's data directory, `env` over the defaults (shipped article, LOG_LEVEL info). */
  start(env?: Record<string, string>, clock?: () => number): Promise<SlackApp>;
  /** What Alice sees in her DM with the bot. */
  dm(): FakeMessage[];
}

const FORM = 'application/x-www-form-urlencoded';

/**
 * Whole apps for the tests of one file, against a fresh fake Slack and data directory per test: the fake closed, the
 * apps stopped and the directory removed after each test.
 */
export function useSlackApps(): SlackApps {
  let fake: FakeSlack | undefined;
  let dataDir = '';
  const running: SlackApp[] = [];
  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
    dataDir = mkdtempSync(join(tmpdir(), 'archbot-app-'));
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.stop();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const current = (): FakeSlack => {
    if (!fake) throw new Error('useSlackApps: use the apps inside a test');
    return fake;
  };
  return {
    get fake() {
      return current();
    },
    dm: () => current().visible(DM_CHANNEL_ID),
    async start(env = {}, clock) {
      const app = await startApp(current(), dataDir, env, clock);
      running.push(app);
      return app;
    },
  };
}

async function startApp(fake: FakeSlack, dataDir: string, env: Record<string, string>, clock?: () => number): Promise<SlackApp> {
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
  if (port === 0) throw new Error(`app did not start: ${io.err()}`);
  const url = `http://127.0.0.1:${port}/slack/events`;
  let stopped: Promise<number> | undefined;
  return {
    port,
    logs,
    async say(text, options = {}) {
      const body = JSON.stringify(eventCallback(directMessage(text), options.eventId ?? nextEventId()));
      const res = await postSigned(url, body, 'application/json', options.retryNum === undefined ? {} : { retryNum: options.retryNum });
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
}

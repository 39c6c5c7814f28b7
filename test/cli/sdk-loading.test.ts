import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';

// `npx archbot` as users run it (bin/archbot.mjs over the compiled dist/, rebuilt by vitest's global
// setup), with a hook that records every module the process loads. A static import of Bolt or
// discord.js anywhere on a command's path shows up here, and so does running TypeScript sources.

const BIN = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));
const HOOK = fileURLToPath(new URL('../helpers/record-modules.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'archbot-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLACK_SDK = /\/node_modules\/@slack\//;
const DISCORD_SDK = /\/node_modules\/(discord\.js|@discordjs)\//;
let runs = 0;

interface Run {
  code: number | null;
  out: string;
  modules: string[];
}

/** Runs the CLI; `until` (given the stderr so far) says when a long-running one is ready to be stopped. */
function archbot(args: string[], options: { env?: Record<string, string>; stdin?: string; until?: RegExp; whenReady?: (stderr: string) => Promise<void> } = {}): Promise<Run> {
  const log = join(dir, `modules-${++runs}.txt`);
  // REDIS_URL is cleared too: CI exports it for the store tests, and these runs keep sessions in SQLite.
  const env = { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', REDIS_URL: '', ARCHBOT_MODULE_LOG: log, ...options.env };
  const child = spawn(process.execPath, ['--import', HOOK, BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let stopping = false;
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
    if (stopping || !options.until?.test(err)) return;
    stopping = true;
    // Only what was loaded matters here, not how the bot stops: a kill leaves the log complete.
    void (options.whenReady?.(err) ?? Promise.resolve()).finally(() => child.kill('SIGKILL'));
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const modules = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      resolve({ code, out: out + err, modules });
    });
  });
}

describe('what each command loads', () => {
  const all = ['hosts=several', 'services=many', 'downtime=unacceptable', 'traffic=fluctuating', 'team=automation', 'scripts=no'];
  const commands: Array<[string, string[], RegExp, string?]> = [
    ['--help', ['--help'], /Usage:/],
    ['ask', ['ask', 'what is etcd'], /etcd/],
    ['check', ['check'], /concepts/],
    ['topics', ['topics'], /etcd/],
    ['decide --json', ['decide', '--json', ...all], /"verdict":"kubernetes"/],
    ['the terminal chat', [], /Pods?/, 'what is a pod\nexit\n'],
  ];

  it.each(commands)('%s runs the compiled JavaScript and loads neither Slack nor Discord SDK', async (_name, args, expected, stdin) => {
    const run = await archbot(args, stdin === undefined ? {} : { stdin });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(expected);
    expect(run.modules.some((m) => m.includes('/dist/main.js'))).toBe(true);
    expect(run.modules.filter((m) => m.endsWith('.ts'))).toEqual([]);
    expect(run.modules.filter((m) => SLACK_SDK.test(m) || DISCORD_SDK.test(m))).toEqual([]);
  });

  it('--help prints the help text the sources work out, every platform and variable included', async () => {
    const { USAGE } = await import('../../src/cli/usage.js');
    const run = await archbot(['--help']);
    expect(run.out).toBe(USAGE);
    expect(run.modules.filter((m) => m.includes('/node_modules/'))).toEqual([]);
  });

  it('loads Bolt, and not discord.js, when only Slack is configured', async () => {
    const fake = new FakeSlack();
    await fake.start();
    try {
      const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info' };
      let metrics = '';
      // The compiled bot's /metrics: prom-client is bundled into dist/, with the OpenTelemetry API behind a stand-in.
      const whenReady = async (stderr: string): Promise<void> => {
        const port = /"port":(\d+)/.exec(stderr)?.[1];
        metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      };
      const run = await archbot([], { env, until: /archbot is running/, whenReady });
      expect(metrics).toContain('process_cpu_seconds_total');
      expect(metrics).toContain('archbot_lookups_total');
      // Loaded only if exemplars were turned on, which archbot never does.
      expect(run.modules.filter((m) => m.includes('/node_modules/@opentelemetry/'))).toEqual([]);
      expect(run.out).toMatch(/"platforms":\["slack"\]/);
      expect(run.modules.some((m) => SLACK_SDK.test(m))).toBe(true);
      expect(run.modules.filter((m) => DISCORD_SDK.test(m))).toEqual([]);
      // HTTP mode needs Bolt's HTTPReceiver only: its Express and AWS Lambda receivers stay unloaded.
      expect(run.modules.some((m) => m.includes('/node_modules/@slack/bolt/dist/receivers/HTTPReceiver.js'))).toBe(true);
      expect(run.modules.filter((m) => /\/node_modules\/(express|@slack\/bolt\/dist\/receivers\/(ExpressReceiver|AwsLambdaReceiver))/.test(m))).toEqual([]);
      // Sessions are in SQLite here: the Redis client is not loaded either.
      expect(run.modules.filter((m) => m.includes('/node_modules/ioredis/'))).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe('zod in the compiled bundle', () => {
  // `import { z } from 'zod'` hands the bundler zod's whole namespace as one value (its messages in 62
  // languages and more: 200 kB more to compile at every start); `import * as z` lets it keep only what
  // the schemas use.
  it("carries what the schemas use, zod's English messages only", () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const compiled = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    expect(compiled).toContain('Invalid input: expected');
    // zod's German and French for the same message (the build writes their accents as escapes).
    expect(compiled).not.toContain('Eingabe: erwartet');
    expect(compiled).not.toContain(' invalide : ');
  });
});

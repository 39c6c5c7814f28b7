// `npm run bench:load`: the memory a pod needs. Starts the real bot as `npx archbot` does (Slack HTTP
// mode, SQLite in a temporary directory) wired to the loopback Slack fake, then measures its
// resident memory (Linux /proc: VmRSS now, VmHWM peak) through
//   1. 50 concurrent unsigned 3.9 MB POSTs to /slack/events, repeated;
//   2. the same flood with plausible (forged) signature headers and no declared length;
//   3. 20,000 mentions from 20,000 distinct people, 50 at a time.
// LOAD_MENTIONS and LOAD_FLOOD_ROUNDS scale it down for a quick look. Exits 1 if a peak passes 300 MiB.
// Replies that could not be posted (the bot's error lines) are counted and shown by cause.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { appMention, eventCallback } from '../adapters/slack/helpers/payloads.js';
import { postSigned, SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';
import { freePort } from '../stores/helpers/redis-server.js';
import { tempDir } from '../stores/helpers/temp-dir.js';

const LIMIT_MIB = 300;
/**
 * The bot runs as the README tells a 384 MiB pod to run it (NODE_OPTIONS=--max-old-space-size=160).
 * Without a cap Node sizes its heap from the machine's memory and collects lazily: the same load
 * then shows 350-375 MiB of mostly uncollected garbage. LOAD_HEAP_MIB changes it.
 */
const HEAP_MIB = Number(process.env.LOAD_HEAP_MIB ?? 160);
const CONCURRENCY = 50;
const FLOOD_BYTES = 3_900_000;
const MENTIONS = Number(process.env.LOAD_MENTIONS ?? 20_000);
const FLOOD_ROUNDS = Number(process.env.LOAD_FLOOD_ROUNDS ?? 10);
const BIN = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));

const mib = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;
/** The bot's error log lines, by message: what it could not do under load. */
const errors = new Map<string, number>();

function memory(pid: number): { rssKb: number; peakKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

async function startBot(fake: FakeSlack, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env = {
    ...process.env,
    ARCHBOT_ENV_FILE: 'none',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    // Twenty thousand different people, each asking once: nobody is over the limit.
    RATE_LIMIT: '5',
  };
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, BIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  // Error lines are counted (a reply that could not be posted still settles its mention), not shown.
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const reason = /"msg":"([^"]+)"/.exec(line)?.[1] ?? line.slice(0, 80);
      const detail = [/"error":"([^"]+)"/.exec(line)?.[1], /"cause":"([^"]+)"/.exec(line)?.[1]].filter(Boolean).join(', ');
      const key = detail ? `${reason}: ${detail}` : reason;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not become ready within 30 s');
}

/** One POST of `bytes` bytes; resolves with the status (0 when the connection was cut). */
function flood(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${url}/slack/events`, { method: 'POST', headers, agent: false });
    req.once('response', (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', () => resolve(0));
    req.end(body);
  });
}

async function floodPhase(name: string, pid: number, url: string, headers: () => Record<string, string>): Promise<number> {
  const body = Buffer.alloc(FLOOD_BYTES, 0x7b);
  const statuses = new Map<number, number>();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rssKb)), 20);
  for (let round = 0; round < FLOOD_ROUNDS; round += 1) {
    const results = await Promise.all(Array.from({ length: CONCURRENCY }, () => flood(url, headers(), body)));
    for (const status of results) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  clearInterval(sampler);
  peak = Math.max(peak, memory(pid).rssKb);
  const answered = [...statuses].map(([status, n]) => `${n}× ${status || 'cut'}`).join(', ');
  console.log(`${name}: ${FLOOD_ROUNDS} rounds of ${CONCURRENCY} concurrent ${(FLOOD_BYTES / 1e6).toFixed(1)} MB POSTs (${answered}); peak RSS ${mib(peak)}`);
  return peak;
}

async function mentionPhase(pid: number, url: string, fake: FakeSlack): Promise<number> {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rssKb)), 50);
  const started = Date.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < MENTIONS) {
      const i = next;
      next += 1;
      const person = { id: `U${(1_000_000 + i).toString(36).toUpperCase()}`, name: `person${i}` };
      const body = JSON.stringify(eventCallback(appMention(i % 2 === 0 ? 'what is etcd' : 'docker or kubernetes?', { user: person, channel: `C${i % 100}` })));
      const res = await postSigned(`${url}/slack/events`, body, 'application/json');
      if (res.status !== 200) throw new Error(`mention ${i} refused with ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const failed = (): number => [...errors].filter(([key]) => key.startsWith('slack: handling an event failed')).reduce((n, [, count]) => n + count, 0);
  await fake.waitFor(() => fake.callsTo('chat.postMessage').length + failed() >= MENTIONS, `${MENTIONS} answers`, 900_000);
  clearInterval(sampler);
  peak = Math.max(peak, memory(pid).rssKb);
  const seconds = (Date.now() - started) / 1000;
  const answered = fake.callsTo('chat.postMessage').length;
  console.log(`mentions: ${MENTIONS.toLocaleString('en-US')} from as many people, ${CONCURRENCY} at a time: ${answered.toLocaleString('en-US')} answered, ${failed()} replies failed, in ${seconds.toFixed(1)} s; peak RSS ${mib(peak)}`);
  return peak;
}

const fake = new FakeSlack();
await fake.start();
const dir = tempDir();
const { child, url } = await startBot(fake, dir.path);
const pid = child.pid ?? 0;
let failed = false;
try {
  console.log(`bot started (pid ${pid}, --max-old-space-size=${HEAP_MIB}); RSS at rest ${mib(memory(pid).rssKb)}`);
  const peaks = [
    await floodPhase('unsigned flood', pid, url, () => ({ 'content-type': 'application/json', 'content-length': String(FLOOD_BYTES) })),
    await floodPhase('forged-signature flood, no declared length', pid, url, () => ({
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    })),
    await mentionPhase(pid, url, fake),
  ];
  const { peakKb } = memory(pid);
  console.log(`peak RSS over the whole run (VmHWM): ${mib(peakKb)}; limit ${LIMIT_MIB} MiB`);
  for (const [line, count] of errors) console.log(`  bot logged ${count}× ${line}`);
  failed = Math.max(peakKb, ...peaks) > LIMIT_MIB * 1024;
  if (failed) console.log(`FAILED: the bot went over ${LIMIT_MIB} MiB`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await fake.close();
  dir.remove();
}
process.exitCode = failed ? 1 : 0;

import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOT_TOKEN } from '../adapters/slack/helpers/harness.js';
import { SIGNING_SECRET } from '../adapters/slack/helpers/signed-request.js';
import { startBot, type BotProcess } from './bot-process.js';
import { cpuMs } from './cpu-time.js';
import { discordFake, slackFake, type Driver } from './drive-platforms.js';
import { inWaves, percentiles, sequential, UNPACED, type Pacing } from './latency.js';

// archbot (bin/archbot.mjs over dist/, as users run it) and the thinnest bot on the same library,
// each against its own copy of the test suite's loopback fake, taking turns in one run.

const ARCHBOT = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));
const THIN = { slack: fileURLToPath(new URL('./thin-slack.mjs', import.meta.url)), discord: fileURLToPath(new URL('./thin-discord.mjs', import.meta.url)) };
const ARCHBOT_READY = /"msg":"archbot is running"/;
/**
 * BENCH_PROFILE=DIR: each bot writes a CPU profile (node --cpu-prof) to DIR/archbot or DIR/thin;
 * BENCH_PROFILE_US samples every that many µs instead of every 1,000 (a mention is about 2 ms).
 */
const TIMELINE_HOOK = fileURLToPath(new URL('./timeline-hook.mjs', import.meta.url));
const profiled = (who: string): string[] => {
  // REPLY_TIMELINE=1: each bot also times its own part of each reply (timeline-hook.mjs).
  const timeline = process.env.REPLY_TIMELINE === '1' ? ['--import', TIMELINE_HOOK] : [];
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return timeline;
  const every = process.env.BENCH_PROFILE_US ? [`--cpu-prof-interval=${process.env.BENCH_PROFILE_US}`] : [];
  return [...timeline, '--cpu-prof', `--cpu-prof-dir=${join(dir, who)}`, ...every];
};

export interface Figures {
  seq: { p50: number; p99: number };
  waves: { p50: number; p99: number };
  /** The bot's CPU time (user + system) per mention, one at a time and in waves, in ms. */
  cpu: { seq: number; waves: number };
  /** After a garbage collection. */
  rssMiB: number;
  heapMiB: number;
  /** The same, once the bot has gone `SETTLE_MS` without a message (see there). */
  settled: { rssMiB: number; heapMiB: number };
  readyMs: number[];
}
export interface PlatformResult {
  archbot: Figures;
  thin: Figures;
  /** archbot's heap and RSS (after a collection) before and after `count` decisions were started (Slack only). */
  sessions?: { count: number; before: { heapMiB: number; rssMiB: number }; after: { heapMiB: number; rssMiB: number } };
}

export interface ReplyOptions {
  rounds: number;
  sequential: number;
  waves: number;
  starts: number;
  sessions: number;
}

/**
 * How long both bots go without a message before their memory is read a second time: what each keeps
 * once idle, beside what it holds right after the replies. This row was added when RSS read right
 * after the replies moved by tens of MiB between runs of the same code, which was put down to the young
 * generation V8 grows under load and keeps. The cause was the reading: RSS was read the moment gc()
 * returned, while V8 hands the emptied pages back from a background thread just after; gc-on-signal.mjs
 * now reads it a second later (RELEASE_MS), and the two rows agree within a few MiB (the README's speed
 * table has the figures). 25 s stays: past the ~20 s after which V8's memory reducer shrinks an idle heap.
 */
export const SETTLE_MS = 25_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Side {
  start(): Promise<{ bot: BotProcess; driver: Driver }>;
}

/** `archbot` runs `bin/archbot.mjs` unless another build's is given (the reply bench's REPLY_AGAINST). */
export async function platformSides(platform: 'slack' | 'discord', dataDir: string, archbotScript: string = ARCHBOT): Promise<{ archbot: Side; thin: Side; close(): Promise<void> }> {
  const common = { LOG_LEVEL: 'info', HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT: '0' };
  if (platform === 'slack') {
    const [a, t] = [await slackFake(), await slackFake()];
    const env = (api: string) => ({ ...common, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api });
    return {
      archbot: {
        async start() {
          const bot = await startBot([...profiled('archbot'), archbotScript], { ...env(a.fake.apiUrl), PORT: '0' }, ARCHBOT_READY);
          const port = /"port":(\d+)/.exec(bot.output())?.[1];
          return { bot, driver: a.driver(`http://127.0.0.1:${port}/slack/events`) };
        },
      },
      thin: {
        async start() {
          const port = await freePort();
          const bot = await startBot([...profiled('thin'), THIN.slack], { ...env(t.fake.apiUrl), PORT: String(port) }, /^ready$/m);
          return { bot, driver: t.driver(`http://127.0.0.1:${port}/slack/events`) };
        },
      },
      close: async () => void (await Promise.all([a.fake.close(), t.fake.close()])),
    };
  }
  const [a, t] = [await discordFake(), await discordFake()];
  const env = (api: string) => ({ ...common, DISCORD_TOKEN: 'bench-token', DISCORD_API_URL: api, PORT: '0' });
  return {
    archbot: { start: async () => ({ bot: await startBot([...profiled('archbot'), archbotScript], env(a.fake.apiUrl), ARCHBOT_READY), driver: a.driver() }) },
    thin: { start: async () => ({ bot: await startBot([...profiled('thin'), THIN.discord], env(t.fake.apiUrl), /^ready$/m), driver: t.driver() }) },
    close: async () => void (await Promise.all([a.fake.close(), t.fake.close()])),
  };
}

/** Start to ready, `times` times, each bot in turn. */
async function startTimes(sides: { archbot: Side; thin: Side }, times: number): Promise<{ archbot: number[]; thin: number[] }> {
  const out = { archbot: [] as number[], thin: [] as number[] };
  for (let i = 0; i < times; i++) {
    for (const name of ['archbot', 'thin'] as const) {
      const { bot } = await sides[name].start();
      out[name].push(bot.readyMs);
      await bot.stop();
    }
  }
  return out;
}

export async function benchPlatform(platform: 'slack' | 'discord', options: ReplyOptions): Promise<PlatformResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `archbot-bench-${platform}-`));
  const sides = await platformSides(platform, dataDir);
  try {
    const ready = await startTimes(sides, options.starts);
    const archbot = await sides.archbot.start();
    const thin = await sides.thin.start();
    ready.archbot.push(archbot.bot.readyMs);
    ready.thin.push(thin.bot.readyMs);
    const bots = { archbot, thin };
    const seq = { archbot: [] as number[], thin: [] as number[] };
    const waves = { archbot: [] as number[], thin: [] as number[] };
    const cpu = { archbot: { seq: 0, waves: 0 }, thin: { seq: 0, waves: 0 } };
    const pid = (name: 'archbot' | 'thin'): number => bots[name].bot.child.pid ?? 0;
    let n = 0;
    const pacing: Pacing = platform === 'discord' ? { spacingMs: 25, pauseMs: 1_100 } : UNPACED;
    // Warm-up: the first replies pay for lazy initialisation in both bots and in the fakes.
    for (const name of ['archbot', 'thin'] as const) await sequential(20, (i) => bots[name].driver.mention(i));
    for (let r = 0; r < options.rounds; r++) {
      for (const name of ['archbot', 'thin'] as const) {
        const before = cpuMs(pid(name));
        seq[name].push(...(await sequential(options.sequential, () => bots[name].driver.mention(n++), pacing)));
        cpu[name].seq += cpuMs(pid(name)) - before;
      }
      for (const name of ['archbot', 'thin'] as const) {
        const before = cpuMs(pid(name));
        waves[name].push(...(await inWaves(options.waves, 20, () => bots[name].driver.mention(n++), pacing)));
        cpu[name].waves += cpuMs(pid(name)) - before;
      }
    }
    const figures = async (name: 'archbot' | 'thin'): Promise<Omit<Figures, 'settled'>> => ({
      seq: percentiles(seq[name]),
      waves: percentiles(waves[name]),
      cpu: { seq: cpu[name].seq / seq[name].length, waves: cpu[name].waves / waves[name].length },
      ...(await bots[name].bot.memory()),
      readyMs: ready[name],
    });
    const busy = { archbot: await figures('archbot'), thin: await figures('thin') };
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const result: PlatformResult = {
      archbot: { ...busy.archbot, settled: await archbot.bot.memory() },
      thin: { ...busy.thin, settled: await thin.bot.memory() },
    };
    if (platform === 'slack' && options.sessions > 0) {
      // Any burst of mentions grows a process's memory (V8 and malloc keep what the load needed), so
      // archbot first answers as many plain questions at the same pace: what the decisions add on
      // top of that is what keeping their sessions costs.
      const burst = async (count: number, text?: string): Promise<void> => {
        for (let sent = 0; sent < count; sent += 50) await Promise.all(Array.from({ length: Math.min(50, count - sent) }, () => archbot.driver.mention(n++, text)));
      };
      await burst(options.sessions);
      const before = await archbot.bot.memory();
      await burst(options.sessions, 'decide');
      result.sessions = { count: options.sessions, before, after: await archbot.bot.memory() };
    }
    await Promise.all([archbot.bot.stop(), thin.bot.stop()]);
    return result;
  } finally {
    await sides.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npm run bench -- reply`: only the mention-to-reply comparison, longer and with CPU per mention, to
// measure a change to the reply path. Each round runs archbot and the thinnest bot in turn (one at a
// time, then in waves of 20) on the same fake; ratios are taken per round, so other load on the
// machine hits both sides of each ratio alike. REPLY_PLATFORMS=slack|discord, REPLY_ROUNDS=N;
// REPLY_AGAINST=path/to/bin/archbot.mjs puts another build of archbot (before a change) in the thinnest
// bot's place, for an A/B of the change itself (REPLY_ARCHBOT=path/to/bin/archbot.mjs: which build is
// measured, this one's by default). THIN_REPLY=file.json makes the thinnest bot answer with that message:
// test/bench/rich-reply-slack.json and rich-reply-discord.json are archbot's answer to "what is a pod".
// REPLY_TIMELINE=1 also prints, per bot, its own part of each reply one at a time (timeline-hook.mjs): from the
// mention reaching it to the reply's request starting out; the rest of the bench's latency lies outside the bots.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuMs, mainThreadCpuMs } from './cpu-time.js';
import { inWaves, percentiles, sequential, UNPACED, type Pacing } from './latency.js';
import { platformSides } from './reply-bench.js';

const ROUNDS = Number(process.env.REPLY_ROUNDS ?? 5);
const SEQUENTIAL = 100;
const WAVES = 5;
const platforms = (process.env.REPLY_PLATFORMS ?? 'slack,discord').split(',') as ('slack' | 'discord')[];
const f = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));

for (const platform of platforms) {
  const dataDir = mkdtempSync(join(tmpdir(), `archbot-bench-${platform}-`));
  const sides = await platformSides(platform, dataDir, process.env.REPLY_ARCHBOT);
  const against = process.env.REPLY_AGAINST;
  const otherDir = against ? mkdtempSync(join(tmpdir(), `archbot-bench-${platform}-`)) : undefined;
  const other = against && otherDir ? await platformSides(platform, otherDir, against) : undefined;
  try {
    const bots = { archbot: await sides.archbot.start(), thin: await (other?.archbot ?? sides.thin).start() };
    const pacing: Pacing = platform === 'discord' ? { spacingMs: 25, pauseMs: 1_100 } : UNPACED;
    let n = 0;
    for (const name of ['archbot', 'thin'] as const) await sequential(20, (i) => bots[name].driver.mention(i));
    const rows: string[] = [];
    // Other work on the machine moves the figures: each round says how busy it was (1-minute load average).
    const load = (): string => (loadavg()[0] ?? NaN).toFixed(1);
    const ratios = { seq: [] as number[], waves: [] as number[], seq99: [] as number[], waves99: [] as number[] };
    const cpuTotal = { archbot: 0, thin: 0 };
    // Of which the main thread, where JavaScript runs; the rest is V8's helper threads and workers.
    const mainTotal = { archbot: 0, thin: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      const seq = { archbot: { p50: 0, p99: 0 }, thin: { p50: 0, p99: 0 } };
      const waves = { ...seq };
      const cpu = { archbot: { seq: 0, waves: 0 }, thin: { seq: 0, waves: 0 } };
      for (const name of ['archbot', 'thin'] as const) {
        const pid = bots[name].bot.child.pid ?? 0;
        const mainBefore = mainThreadCpuMs(pid);
        let before = cpuMs(pid);
        seq[name] = percentiles(await sequential(SEQUENTIAL, () => bots[name].driver.mention(n++), pacing));
        cpu[name].seq = (cpuMs(pid) - before) / SEQUENTIAL;
        before = cpuMs(pid);
        waves[name] = percentiles(await inWaves(WAVES, 20, () => bots[name].driver.mention(n++), pacing));
        cpu[name].waves = (cpuMs(pid) - before) / (WAVES * 20);
        mainTotal[name] += mainThreadCpuMs(pid) - mainBefore;
      }
      cpuTotal.archbot += cpu.archbot.seq * SEQUENTIAL + cpu.archbot.waves * WAVES * 20;
      cpuTotal.thin += cpu.thin.seq * SEQUENTIAL + cpu.thin.waves * WAVES * 20;
      ratios.seq.push(seq.archbot.p50 / seq.thin.p50);
      ratios.waves.push(waves.archbot.p50 / waves.thin.p50);
      ratios.seq99.push(seq.archbot.p99 / seq.thin.p99);
      ratios.waves99.push(waves.archbot.p99 / waves.thin.p99);
      const { archbot: a, thin: t } = { archbot: { seq: seq.archbot, waves: waves.archbot }, thin: { seq: seq.thin, waves: waves.thin } };
      rows.push(
        `| ${r + 1} | ${f(a.seq.p50)} / ${f(t.seq.p50)} = ${(a.seq.p50 / t.seq.p50).toFixed(2)} | ${f(a.seq.p99)} / ${f(t.seq.p99)} = ${(a.seq.p99 / t.seq.p99).toFixed(2)} ` +
          `| ${f(a.waves.p50)} / ${f(t.waves.p50)} = ${(a.waves.p50 / t.waves.p50).toFixed(2)} | ${f(a.waves.p99)} / ${f(t.waves.p99)} = ${(a.waves.p99 / t.waves.p99).toFixed(2)} ` +
          `| ${f(cpu.archbot.seq)} / ${f(cpu.thin.seq)} | ${f(cpu.archbot.waves)} / ${f(cpu.thin.waves)} | ${load()} |`,
      );
    }
    console.log(`\n${platform}: archbot / ${against ? against : 'thinnest bot'}, ms (ratio); ${SEQUENTIAL} one at a time and ${WAVES} waves of 20 a round\n`);
    console.log('| round | p50 one at a time | p99 one at a time | p50 waves | p99 waves | CPU/mention one at a time | CPU/mention waves | load |\n|---|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    const mid = (xs: number[]): string => {
      const sorted = [...xs].sort((x, y) => x - y);
      return `${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(2)} (${(sorted[0] ?? NaN).toFixed(2)}–${(sorted.at(-1) ?? NaN).toFixed(2)})`;
    };
    const perMention = (ms: number): string => (ms / (ROUNDS * (SEQUENTIAL + WAVES * 20))).toFixed(2);
    console.log(`\nmedian ratio (range): p50 one at a time ${mid(ratios.seq)}, waves ${mid(ratios.waves)}; p99 one at a time ${mid(ratios.seq99)}, waves ${mid(ratios.waves99)}`);
    console.log(`CPU per mention over all rounds: ${perMention(cpuTotal.archbot)} / ${perMention(cpuTotal.thin)} ms, of which the main thread ${perMention(mainTotal.archbot)} / ${perMention(mainTotal.thin)} ms`);
    await Promise.all([bots.archbot.bot.stop(), bots.thin.bot.stop()]);
    const timeline = (name: 'archbot' | 'thin'): string => /bench-timeline (.*)/.exec(bots[name].bot.output())?.[1] ?? '';
    if (process.env.REPLY_TIMELINE === '1') console.log(`inside each bot, mentions handled alone (n of them), from reaching the bot to its reply request going out, ms: archbot ${timeline('archbot')}; ${against ? 'against' : 'thinnest bot'} ${timeline('thin')}`);
  } finally {
    await sides.close();
    await other?.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (otherDir) rmSync(otherDir, { recursive: true, force: true });
  }
}

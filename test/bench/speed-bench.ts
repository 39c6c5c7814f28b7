// `npm run bench` (speed): archbot against the thinnest Bolt and discord.js bots on the test suite's
// loopback fakes, taking turns in one run; then the CLI's own start-up. Prints a Markdown table;
// `npm run bench -- speed --readme` also writes it into README.md's "Measured" section.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchPlatform, SETTLE_MS, type PlatformResult, type ReplyOptions } from './reply-bench.js';
import { cliTimes } from './cli-timing.js';
import { writeMeasured } from './measured-readme.js';

const quick = process.argv.includes('--quick');
const options: ReplyOptions = quick
  ? { rounds: 1, sequential: 50, waves: 2, starts: 1, sessions: 1_000 }
  : { rounds: 3, sequential: 100, waves: 5, starts: 3, sessions: 10_000 };

const ms = (n: number): string => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
const spread = (xs: number[]): string => `${ms(median(xs))} ms (${ms(sorted(xs)[0] ?? NaN)}–${ms(sorted(xs).at(-1) ?? NaN)})`;
const ratio = (a: number, b: number): string => (a / b).toFixed(2);

function platformRows(name: string, r: PlatformResult): string[] {
  const { archbot: a, thin: t } = r;
  const rows = [
    `| ${name} mention to reply p50 / p99, one at a time | ${ms(a.seq.p50)} / ${ms(a.seq.p99)} ms | ${ms(t.seq.p50)} / ${ms(t.seq.p99)} ms | ${ratio(a.seq.p50, t.seq.p50)} / ${ratio(a.seq.p99, t.seq.p99)} | ≤ 1.2 |`,
    `| ${name} mention to reply p50 / p99, waves of 20 at once | ${ms(a.waves.p50)} / ${ms(a.waves.p99)} ms | ${ms(t.waves.p50)} / ${ms(t.waves.p99)} ms | ${ratio(a.waves.p50, t.waves.p50)} / ${ratio(a.waves.p99, t.waves.p99)} | ≤ 1.2 |`,
    `| ${name} CPU per mention (the bot's process), one at a time / waves | ${a.cpu.seq.toFixed(2)} / ${a.cpu.waves.toFixed(2)} ms | ${t.cpu.seq.toFixed(2)} / ${t.cpu.waves.toFixed(2)} ms | ${ratio(a.cpu.seq, t.cpu.seq)} / ${ratio(a.cpu.waves, t.cpu.waves)} | |`,
    `| RSS / heap, ${name} connected (after the replies above and a GC) | ${a.rssMiB.toFixed(0)} / ${a.heapMiB.toFixed(0)} MiB | ${t.rssMiB.toFixed(0)} / ${t.heapMiB.toFixed(0)} MiB | +${(a.rssMiB - t.rssMiB).toFixed(0)} / +${(a.heapMiB - t.heapMiB).toFixed(0)} MiB | RSS ≤ +40 MB |`,
    `| RSS / heap, ${name} connected, then ${SETTLE_MS / 1000} s without a message (what it keeps once idle) | ${a.settled.rssMiB.toFixed(0)} / ${a.settled.heapMiB.toFixed(0)} MiB | ${t.settled.rssMiB.toFixed(0)} / ${t.settled.heapMiB.toFixed(0)} MiB | +${(a.settled.rssMiB - t.settled.rssMiB).toFixed(0)} / +${(a.settled.heapMiB - t.settled.heapMiB).toFixed(0)} MiB | RSS ≤ +40 MB |`,
    `| start to ready, ${name} (median, min–max) | ${spread(a.readyMs)} | ${spread(t.readyMs)} | ${ratio(median(a.readyMs), median(t.readyMs))} | < 1 s |`,
  ];
  if (r.sessions) {
    const { before, after } = r.sessions;
    const signed = (n: number): string => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`;
    const added = `${signed(after.rssMiB - before.rssMiB)} / ${signed(after.heapMiB - before.heapMiB)} MiB`;
    rows.push(`| RSS / heap added by ${r.sessions.count.toLocaleString('en')} live decisions (${name}, SQLite store; after as many plain questions, and a GC) | ${added} | | | < 30 MB |`);
  }
  return rows;
}

const started = Date.now();
// Other work on the machine moves every millisecond here: the run says how busy the machine was (1-minute load average).
const loadAtStart = loadavg()[0] ?? NaN;
// Every run after the first reads the content from the knowledge-base cache (src/cli/content-cache.ts);
// one run before timing fills it for this build, as any earlier run on the machine would have.
execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url)), 'topics'], { env: { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' }, stdio: 'ignore' });
const slack = await benchPlatform('slack', options);
const discord = await benchPlatform('discord', options);
const cli = await cliTimes(quick ? 3 : 10);
const table = [
  '| what | archbot | thinnest bot | ratio / difference | target |',
  '|---|---|---|---|---|',
  ...platformRows('Slack', slack),
  ...platformRows('Discord', discord),
  `| \`archbot --help\` (median, min–max) | ${spread(cli.help)} | | | < 300 ms |`,
  `| \`archbot ask "what is etcd"\` | ${spread(cli.ask)} | | | < 300 ms |`,
  `| terminal prompt shown | ${spread(cli.terminal)} | | | < 500 ms |`,
].join('\n');
const load = `load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end`;
const machine = `${cpus().length} cores, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}, ${load}; ${options.rounds} rounds of ${options.sequential} sequential and ${options.waves} waves of 20 mentions per bot`;
console.log(`\nspeed: archbot against the thinnest bots (${machine}; ${((Date.now() - started) / 1000).toFixed(0)} s)\n\n${table}\n`);
if (process.argv.includes('--readme')) console.log(`README.md: ${writeMeasured(table, machine)}`);

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ARCHBOT = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));
const ENV = { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };

/**
 * ms from spawning `archbot ...args` until it exits (or, with `until`, until its output matches:
 * the terminal's greeting, which is shown with the prompt). Its stdin is a pipe, closed at the end.
 */
function once(args: string[], until?: RegExp): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [ARCHBOT, ...args], { env: ENV, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let at: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (until && at === undefined && until.test(out)) {
        at = performance.now() - started;
        child.stdin.end();
      }
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`archbot ${args.join(' ')} exited with ${code}`));
      else resolve(at ?? performance.now() - started);
    });
    if (!until) child.stdin.end();
  });
}

/** Each command `runs` times after one warm-up, in turn: the ms of every run. */
export async function cliTimes(runs: number): Promise<Record<'help' | 'ask' | 'terminal', number[]>> {
  const commands = {
    help: () => once(['--help']),
    ask: () => once(['ask', 'what is etcd']),
    terminal: () => once([], /^archbot: ask about/m),
  };
  const out = { help: [] as number[], ask: [] as number[], terminal: [] as number[] };
  for (const run of Object.values(commands)) await run();
  for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(commands)) out[name as keyof typeof out].push(await run());
  return out;
}

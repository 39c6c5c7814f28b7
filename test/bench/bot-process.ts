import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** A bot in a process of its own, as users run it: what it printed, when it became ready, its RSS. */
export interface BotProcess {
  child: ChildProcess;
  /** Spawn to the ready line, in ms. */
  readyMs: number;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resident set size now, in MiB (Linux: /proc). */
  rssMiB(): number;
  /** Collects garbage in the bot, then its heap in use and RSS, in MiB. */
  memory(): Promise<{ heapMiB: number; rssMiB: number }>;
  stop(): Promise<void>;
}

/** Spawns `node ...args` and resolves once its output matches `ready` (fails after 30 s or on exit). */
const GC_HOOK = fileURLToPath(new URL('./gc-on-signal.mjs', import.meta.url));
const MEMORY_LINE = /bench-memory heap=(\d+) rss=(\d+)[^\n]*\n/g;

export function startBot(args: string[], env: Record<string, string>, ready: RegExp): Promise<BotProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', '--import', GC_HOOK, ...args], { env: { ...process.env, ARCHBOT_ENV_FILE: 'none', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`not ready after 30 s: ${printed.slice(-500)}`)), 30_000);
    const fail = (err: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    let isReady = false;
    const onData = (chunk: Buffer): void => {
      printed += chunk.toString();
      if (isReady || !ready.test(printed)) return;
      isReady = true;
      clearTimeout(timer);
      resolve({
        child,
        readyMs: performance.now() - started,
        output: () => printed,
        rssMiB: () => rssOf(child.pid ?? 0),
        async memory() {
          const seen = [...printed.matchAll(MEMORY_LINE)].length;
          child.kill('SIGUSR2');
          for (;;) {
            const lines = [...printed.matchAll(MEMORY_LINE)];
            const line = lines[seen];
            if (line) return { heapMiB: Number(line[1]) / 2 ** 20, rssMiB: Number(line[2]) / 2 ** 20 };
            await new Promise((r) => setTimeout(r, 20));
          }
        },
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      if (!isReady) fail(new Error(`exited with ${code} before ready: ${printed.slice(-500)}`));
    });
  });
}

function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

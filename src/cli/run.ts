import { platformDescriptors } from '../adapters/registry.js';
import { TerminalAdapter } from '../adapters/terminal/terminal-adapter.js';
import type { Config } from '../config.js';
import { createBot } from '../core/bot.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { MemoryStore } from '../core/sessions/memory-store.js';
import { createLogger } from '../logger.js';
import type { Io } from './io.js';
import type { Lifecycle } from './serve.js';

export function wantsColor(io: Io, env: Record<string, string | undefined>): boolean {
  return io.interactive && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

/** The terminal chat; `firstLines` run before reading input (`archbot decide` passes "decide"). */
export async function runTerminal(
  kb: KnowledgeBase,
  config: Config,
  io: Io,
  env: Record<string, string | undefined>,
  firstLines: string[] = [],
): Promise<number> {
  // In a terminal, log lines would land in the middle of the chat: only errors are shown.
  const logger = createLogger({ level: config.LOG_LEVEL === 'debug' ? 'debug' : 'error', write: (l) => io.stderr.write(l) });
  const bot = createBot({ kb, store: new MemoryStore(), logger, sessionTtlMs: config.SESSION_TTL_HOURS * 3_600_000 });
  const terminal = new TerminalAdapter({
    bot,
    input: io.stdin,
    output: io.stdout,
    interactive: io.interactive,
    color: wantsColor(io, env),
    firstLines,
    ...(io.interactive && isWritableStream(io.stdout) ? { tty: io.stdout } : {}),
  });
  await terminal.start();
  return 0;
}

/** `archbot` with no command: the platforms that are configured (a descriptor's `wanted`), else the terminal. */
export async function runCommand(kb: KnowledgeBase, config: Config, io: Io, env: Record<string, string | undefined>, lifecycle?: Lifecycle): Promise<number> {
  // The terminal never loads the serving side (stores, metrics, the SDKs): serve.js is imported only
  // when a platform's settings ask for it (the registry's descriptors import no SDK).
  if (platformDescriptors.some((p) => p.wanted(config))) return (await import('./serve.js')).servePlatforms(kb, config, io, lifecycle);
  return runTerminal(kb, config, io, env);
}

function isWritableStream(value: unknown): value is NodeJS.WritableStream {
  return typeof value === 'object' && value !== null && 'on' in value && 'write' in value && 'isTTY' in value;
}

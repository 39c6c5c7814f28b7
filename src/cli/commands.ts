import type { Config } from '../config.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { Io } from './io.js';
import type { Lifecycle } from './serve.js';

// archbot's own commands, one row each, so a new command is one row here and its lines in usage.ts (a test holds
// every row to having them). Each module is imported only when its command runs: `--help` and `ask` must not pay for
// loading Slack's and Discord's SDKs, the stores, the metrics or the chart library.

/** What a command is handed: its arguments, the settings read once, the streams, the environment, the test seams. */
export interface CommandContext {
  args: string[];
  config: Config;
  io: Io;
  env: Record<string, string | undefined>;
  lifecycle?: Lifecycle;
}

/**
 * A command, and whether it needs the knowledge base loaded first: `check` reads the content itself (to report every
 * problem, not stop at the first), and `report` and `insights` read only the stores.
 */
export type Command =
  | { needsKb: false; run(context: CommandContext): Promise<number> }
  | { needsKb: true; run(kb: KnowledgeBase, context: CommandContext): Promise<number> };

/** The commands by the word that names them (a platform's own, such as `discord register`, are its descriptor's). */
export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['ask', { needsKb: true, run: async (kb, { args, io }) => (await import('./ask.js')).askCommand(kb, args, io) }],
  ['decide', { needsKb: true, run: async (kb, { args, io, config, env }) => (await import('./decide.js')).decideCommand(kb, args, io, config, env) }],
  ['topics', { needsKb: true, run: async (kb, { io }) => (await import('./topics.js')).topicsCommand(kb, io) }],
  ['check', { needsKb: false, run: async ({ io, config }) => (await import('./check.js')).checkCommand(io, config.CONTENT_DIR) }],
  ['eval', { needsKb: true, run: async (kb, { args, io }) => (await import('./eval.js')).evalCommand(kb, args, io) }],
  ['report', { needsKb: false, run: async ({ args, config, io }) => (await import('./report.js')).reportCommand(args, config, io) }],
  ['insights', { needsKb: false, run: async ({ args, config, io }) => (await import('./insights.js')).insightsCommand(args, config, io) }],
]);

/** No command at all: serve the platforms that are configured, or talk in the terminal when none is. */
export const DEFAULT_COMMAND: Command = {
  needsKb: true,
  run: async (kb, { config, io, env, lifecycle }) => (await import('./run.js')).runCommand(kb, config, io, env, lifecycle),
};

import { askCommand } from './cli/ask.js';
import { checkCommand } from './cli/check.js';
import { decideCommand } from './cli/decide.js';
import { discordRegisterCommand } from './cli/discord-register.js';
import { evalCommand } from './cli/eval.js';
import { processIo, UsageError, type Io } from './cli/io.js';
import { loadKnowledgeBase } from './cli/load-kb.js';
import { reportCommand } from './cli/report.js';
import { runCommand } from './cli/run.js';
import type { Lifecycle } from './cli/serve.js';
import { topicsCommand } from './cli/topics.js';
import { USAGE } from './cli/usage.js';
import { readConfig } from './config.js';
import { readFileSync } from 'node:fs';

/** argv to a command. Returns the exit code; never calls process.exit, so tests can call it. */
export async function main(argv: string[], env: Record<string, string | undefined>, io: Io = processIo(), lifecycle?: Lifecycle): Promise<number> {
  const [command = '', ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
    io.stdout.write(`archbot ${version}\n`);
    return 0;
  }
  const config = readConfig(env);
  if (!config.ok) {
    io.stderr.write(`archbot: invalid environment:\n${config.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  const contentDir = config.config.CONTENT_DIR;
  try {
    if (command === 'check') return checkCommand(io, contentDir);
    if (command === 'report') return await reportCommand(args, config.config, io);
    // Loaded on demand: the chart library is large, and no other command needs it.
    if (command === 'insights') return await (await import('./cli/insights.js')).insightsCommand(args, config.config, io);
    if (command === 'discord') {
      const [sub = '', ...rest] = args;
      if (sub !== 'register') throw new UsageError(`unknown discord command "${sub}"; usage: archbot discord register [--guild ID]`);
      return await discordRegisterCommand(rest, config.config, io);
    }
    const known = ['', 'ask', 'decide', 'topics', 'eval'];
    if (!known.includes(command)) throw new UsageError(`unknown command "${command}"; see archbot --help`);
    const kb = loadKnowledgeBase(io, contentDir);
    if (!kb) return 1;
    switch (command) {
      case 'ask':
        return await askCommand(kb, args, io);
      case 'decide':
        return await decideCommand(kb, args, io, config.config, env);
      case 'topics':
        return topicsCommand(kb, io);
      case 'eval':
        return evalCommand(kb, args, io);
      default:
        return await runCommand(kb, config.config, io, env, lifecycle);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`archbot: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

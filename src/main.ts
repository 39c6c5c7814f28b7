import { askCommand } from './cli/ask.js';
import { checkCommand } from './cli/check.js';
import { decideCommand } from './cli/decide.js';
import { discordRegisterCommand } from './cli/discord-register.js';
import { evalCommand } from './cli/eval.js';
import { processIo, UsageError, type Io } from './cli/io.js';
import { loadKnowledgeBase } from './cli/load-kb.js';
import { formatReport, parseReportArgs } from './cli/report.js';
import { runCommand } from './cli/run.js';
import type { Lifecycle } from './cli/serve.js';
import { topicsCommand } from './cli/topics.js';
import { USAGE } from './cli/usage.js';
import { readConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { openStores } from './stores/open-stores.js';
import { sqlitePath } from './stores/sqlite-database.js';
import { existsSync, readFileSync } from 'node:fs';

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

/** Reads the counts the running bot keeps in the same store it uses (SQLite file or Redis). */
async function reportCommand(args: string[], config: Config, io: Io): Promise<number> {
  const { limit, json } = parseReportArgs(args);
  // Reading a report must not create an empty database where none was.
  if (!config.REDIS_URL && !existsSync(sqlitePath(config.DATA_DIR))) {
    io.stdout.write(`Nothing recorded yet: there is no ${sqlitePath(config.DATA_DIR)}. The bot records questions and votes while it runs on Slack or Discord (set DATA_DIR or REDIS_URL to where it keeps them).\n`);
    return 0;
  }
  const logger = createLogger({ level: 'error', write: (line) => io.stderr.write(line) });
  let stores;
  try {
    stores = await openStores({ kind: 'persistent', dataDir: config.DATA_DIR, redisPrefix: config.REDIS_PREFIX, ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), logger });
  } catch (err) {
    io.stderr.write(`archbot: cannot open the store: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  try {
    const report = await stores.feedback.report(limit);
    io.stdout.write(json ? `${JSON.stringify(report)}\n` : formatReport(report, stores.describe));
    return 0;
  } finally {
    await stores.close();
  }
}

import { processIo, UsageError, type Io } from './cli/io.js';
import type { Lifecycle } from './cli/serve.js';
import { readFileSync } from 'node:fs';

// Each command's module is imported only when that command runs: `--help` and `ask` must not pay
// for loading Slack's and Discord's SDKs, the stores or the metrics (a profile of `--help` showed
// discord.js and Bolt alone taking half of its start-up). The settings' schemas (zod) wait too: `--help`
// reads no settings.

/** argv to a command. Returns the exit code; never calls process.exit, so tests can call it. */
export async function main(argv: string[], env: Record<string, string | undefined>, io: Io = processIo(), lifecycle?: Lifecycle): Promise<number> {
  const [command = '', ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(await usage());
    return 0;
  }
  if (command === '--version' || command === '-v') {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
    io.stdout.write(`archbot ${version}\n`);
    return 0;
  }
  // `archbot decide --help`: that command's lines of the help text, where its own option reader would say "unknown option".
  if (OWN_HELP.includes(command) && (args.includes('--help') || args.includes('-h'))) {
    io.stdout.write(commandUsage(await usage(), command));
    return 0;
  }
  const { platformSettings, readConfig } = await import('./config.js');
  const config = readConfig(env);
  if (!config.ok) {
    io.stderr.write(`archbot: invalid environment:\n${config.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  const contentDir = config.config.CONTENT_DIR;
  try {
    if (command === 'check') return (await import('./cli/check.js')).checkCommand(io, contentDir);
    if (command === 'report') return await (await import('./cli/report.js')).reportCommand(args, config.config, io);
    // Loaded on demand: the chart library is large, and no other command needs it.
    if (command === 'insights') return await (await import('./cli/insights.js')).insightsCommand(args, config.config, io);
    // A platform's own command line (`archbot discord register`), given only its own settings.
    const platform = (await import('./adapters/registry.js')).platformDescriptors.find((p) => p.name === command);
    if (platform?.command) {
      // What a platform is told about the bot (command descriptions, the app manifest) comes from the content.
      const { readKnowledgeBase } = await import('./cli/read-kb.js');
      return await platform.command.run(args, platformSettings(platform, config.config), io, () => readKnowledgeBase(io, contentDir));
    }
    const known = ['', 'ask', 'decide', 'topics', 'eval'];
    if (!known.includes(command)) throw new UsageError(`unknown command "${command}"; see archbot --help`);
    const { contentCache } = await import('./cli/content-cache.js');
    const kb = await (await import('./cli/load-kb.js')).loadKnowledgeBase(io, contentDir, contentCache(env));
    if (!kb) return 1;
    switch (command) {
      case 'ask':
        return await (await import('./cli/ask.js')).askCommand(kb, args, io);
      case 'decide':
        return await (await import('./cli/decide.js')).decideCommand(kb, args, io, config.config, env);
      case 'topics':
        return (await import('./cli/topics.js')).topicsCommand(kb, io);
      case 'eval':
        return await (await import('./cli/eval.js')).evalCommand(kb, args, io);
      default:
        return await (await import('./cli/run.js')).runCommand(kb, config.config, io, env, lifecycle);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`archbot: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** The commands whose `--help` main answers (a platform's own command, such as `discord register`, answers its own). */
const OWN_HELP = ['ask', 'decide', 'topics', 'check', 'eval', 'report', 'insights'];

/** The lines of the help text that describe `command` (its synopses and the indented lines under them), as a short usage. */
export function commandUsage(text: string, command: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (/^ {2}archbot\b/.test(line)) inside = line.startsWith(`  archbot ${command} `) || line === `  archbot ${command}`;
    else if (!/^ {4,}\S/.test(line)) inside = false;
    if (inside) kept.push(line);
  }
  return `Usage:\n${kept.join('\n')}\n\nSee archbot --help for the other commands and the environment.\n`;
}

/**
 * The help text: written next to the compiled code by the build (scripts/build.mjs), since working
 * it out loads every platform's settings schema; worked out here when running the sources.
 */
async function usage(): Promise<string> {
  try {
    return readFileSync(new URL('./usage.txt', import.meta.url), 'utf8');
  } catch {
    return (await import('./cli/usage.js')).USAGE;
  }
}

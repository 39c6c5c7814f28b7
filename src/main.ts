import { COMMANDS, DEFAULT_COMMAND } from './cli/commands.js';
import { processIo, UsageError, type Io } from './cli/io.js';
import type { Lifecycle } from './cli/serve.js';
import { readFileSync } from 'node:fs';

// Each command's module is imported only when that command runs (src/cli/commands.ts): `--help` and `ask` must not
// pay for loading Slack's and Discord's SDKs, the stores or the metrics (a profile of `--help` showed discord.js and
// Bolt alone taking half of its start-up). The settings' schemas (zod) wait too: `--help` reads no settings.

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
  if (COMMANDS.has(command) && (args.includes('--help') || args.includes('-h'))) {
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
    const own = command === '' ? DEFAULT_COMMAND : COMMANDS.get(command);
    if (own === undefined) {
      // A platform's own command line (`archbot discord register`), given only its own settings.
      const platform = (await import('./adapters/registry.js')).platformDescriptors.find((p) => p.name === command);
      if (!platform?.command) throw new UsageError(`unknown command "${command}"; see archbot --help`);
      // What a platform is told about the bot (command descriptions, the app manifest) comes from the content.
      const { readKnowledgeBase } = await import('./cli/read-kb.js');
      return await platform.command.run(args, platformSettings(platform, config.config), io, () => readKnowledgeBase(io, contentDir));
    }
    const context = { args, config: config.config, io, env, ...(lifecycle ? { lifecycle } : {}) };
    if (!own.needsKb) return await own.run(context);
    const { contentCache } = await import('./cli/content-cache.js');
    const kb = await (await import('./cli/load-kb.js')).loadKnowledgeBase(io, contentDir, contentCache(env));
    if (!kb) return 1;
    return await own.run(kb, context);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`archbot: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/**
 * The lines of the help text that describe `command`, one of COMMANDS (its synopses and the indented lines under them), as
 * a short usage. A platform's own command, such as `discord register`, answers its own `--help`.
 */
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

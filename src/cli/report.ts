import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import type { FeedbackReport } from '../core/types.js';
import { createLogger } from '../logger.js';
import { configuredStoreOptions, openStores } from '../stores/open-stores.js';
import { sqlitePath } from '../stores/sqlite-database.js';
import { UsageError, type Io } from './io.js';
import { errorMessage } from '../core/errors.js';

/** `--top N`: how many lines each list shows. */
export function parseReportArgs(args: string[]): { limit: number; json: boolean } {
  let limit = 10;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--top') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError('report: --top takes a whole number from 1 to 1000');
      limit = n;
    } else throw new UsageError(`report: unknown option "${arg}"; use --top N or --json`);
  }
  return { limit, json };
}

/** The content authors' to-do list: what people ask, what the bot could not answer, what they disliked. */
export function formatReport(report: FeedbackReport, where: string): string {
  const lines: string[] = [`archbot report (${where})`, ''];
  lines.push('Most asked topics:');
  if (report.topics.length === 0) lines.push('  (none yet)');
  for (const t of report.topics) lines.push(`  ${String(t.count).padStart(5)}  ${t.concept}`);
  lines.push('', 'Top misses (answered "did you mean" or "I don\'t know"):');
  if (report.misses.length === 0) lines.push('  (none yet)');
  for (const m of report.misses) lines.push(`  ${String(m.count).padStart(5)}  ${m.question}`);
  if (report.outside) {
    lines.push('', 'Outside terms asked most (not covered yet: what to write next):');
    for (const o of report.outside) lines.push(`  ${String(o.count).padStart(5)}  ${o.term}`);
  }
  if (report.smalltalk) lines.push('', `Small talk (greetings, thanks; not misses): ${report.smalltalk}`);
  lines.push('', 'Answers voted down:');
  if (report.downVoted.length === 0) lines.push('  (none yet)');
  for (const d of report.downVoted) lines.push(`  ${String(d.down).padStart(5)} down, ${d.up} up  ${d.concept}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the counts the running bot keeps in the same store it uses (SQLite file or Redis). */
export async function reportCommand(args: string[], config: Config, io: Io): Promise<number> {
  const { limit, json } = parseReportArgs(args);
  // Reading a report must not create an empty database where none was.
  const file = sqlitePath(config.DATA_DIR);
  if (!config.REDIS_URL && !existsSync(file)) {
    io.stdout.write(`Nothing recorded yet: there is no ${file}. The bot records questions and votes while it runs on Slack or Discord (set DATA_DIR or REDIS_URL to where it keeps them).\n`);
    return 0;
  }
  const logger = createLogger({ level: 'error', write: (line) => io.stderr.write(line) });
  let stores;
  try {
    stores = await openStores(configuredStoreOptions(config, logger));
  } catch (err) {
    io.stderr.write(`archbot: cannot open the store: ${errorMessage(err)}\n`);
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

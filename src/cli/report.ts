import { existsSync } from 'node:fs';
import { platformDescriptors } from '../adapters/registry.js';
import type { Config } from '../config.js';
import type { FeedbackLog, FeedbackReport } from '../core/types.js';
import { gapLabel, OUTCOME_LABELS, ordinal } from '../insights/labels.js';
import { createLogger } from '../logger.js';
import { OUTCOMES, lastDays } from '../stores/feedback-text.js';
import { configuredStoreOptions, openStores } from '../stores/open-stores.js';
import { sqlitePath } from '../stores/sqlite-database.js';
import { UsageError, type Io } from './io.js';
import { errorMessage } from '../core/errors.js';

export interface ReportArgs {
  limit: number;
  days: number;
  json: boolean;
}

/** `--top N`: how many lines each list shows; `--days N`: the window, the last N days (30 as on the page). */
export function parseReportArgs(args: string[], command = 'report'): ReportArgs {
  const parsed: ReportArgs = { limit: 10, days: 30, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--top') parsed.limit = wholeNumber(args[++i], 1, 1000, `${command}: --top takes a whole number from 1 to 1000`);
    else if (arg === '--days') parsed.days = wholeNumber(args[++i], 1, 3650, `${command}: --days takes a whole number of days from 1 to 3650`);
    else throw new UsageError(`${command}: unknown option "${arg}"; use --top N, --days N or --json`);
  }
  return parsed;
}

function wholeNumber(text: string | undefined, min: number, max: number, message: string): number {
  const n = Number(text);
  if (!text || !/^\d+$/.test(text) || n < min || n > max) throw new UsageError(message);
  return n;
}

const row = (count: number, text: string) => `  ${String(count).padStart(5)}  ${text}`;

/** The content authors' to-do list: what people ask, what the bot could not answer, what they disliked. */
export function formatReport(report: FeedbackReport, where: string, days: number): string {
  const o = report.outcomes;
  const asked = OUTCOMES.reduce((sum, k) => sum + o[k], 0);
  const lines: string[] = [`archbot report (${where}), last ${days} days`, ''];
  lines.push(`Questions: ${asked} (${OUTCOMES.filter((k) => k !== 'smalltalk').map((k) => `${OUTCOME_LABELS[k]} ${o[k]}`).join(', ')})`);
  lines.push(`Small talk, not counted as misses: ${o.smalltalk}`);
  const list = (title: string, items: string[]) => lines.push('', title, ...(items.length > 0 ? items : ['  (none yet)']));
  list('Most asked topics:', report.topics.map((t) => row(t.count, t.concept)));
  // Outside terms get their own list below, so this one is the true misses (the page shows both as gaps).
  list(
    'Top misses ("I don\'t know", rephrasings grouped):',
    report.gaps.filter((g) => !g.term).map((g) => {
      const near = g.nearest.length > 0 ? `; nearest: ${g.nearest.join(', ')}` : '';
      return `${row(g.count, gapLabel(g.group))}  e.g. ${g.examples.map((e) => JSON.stringify(e)).join(' / ')}${near}`;
    }),
  );
  list('Outside terms asked most (what to write next):', report.outsideTerms.map((t) => row(t.count, t.term)));
  const { offered, taken, byRank, concepts } = report.offers;
  list(
    `Did you mean: ${offered} offers, ${taken} taken${byRank.length > 0 ? ` (${byRank.map((r) => `${ordinal(r.rank)} candidate ${r.count}`).join(', ')})` : ''}:`,
    concepts.map((c) => row(c.offered, `${c.concept} offered, taken ${c.taken}`)),
  );
  list('Votes, worst first (one per person per answer):', report.votes.map((v) => `  ${String(v.down).padStart(5)} down, ${v.up} up  ${v.concept}`));
  list(
    'Decisions:',
    report.funnels.map((f) => {
      const steps = f.steps.map((s) => `step ${s.step}: ${s.reached}`).join(', ');
      const verdicts = f.verdicts.map((v) => `${v.verdict} ${v.count}`).join(', ') || 'none';
      return `  ${f.checklist}: ${f.steps[0]?.reached ?? 0} started; ${steps}; verdicts: ${verdicts}`;
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** "Slack or Discord": every platform the registry knows, so a new one is named without editing this. */
function platformsNamed(): string {
  const titles = platformDescriptors.map((p) => p.title);
  return titles.length <= 1 ? (titles[0] ?? 'a chat platform') : `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}`;
}

/**
 * Opens the store the running bot uses (SQLite file or Redis) and hands its feedback log to `use`.
 * Returns undefined, having said why, when there is nothing to read; never creates an empty database.
 */
export async function withRecordedFeedback<T>(config: Config, io: Io, use: (log: FeedbackLog, where: string) => Promise<T>): Promise<T | 'nothing' | 'failed'> {
  const file = sqlitePath(config.DATA_DIR);
  if (!config.REDIS_URL && !existsSync(file)) {
    io.stdout.write(`Nothing recorded yet: there is no ${file}. The bot records questions and votes while it runs on ${platformsNamed()} (set DATA_DIR or REDIS_URL to where it keeps them).\n`);
    return 'nothing';
  }
  const logger = createLogger({ level: 'error', write: (line) => io.stderr.write(line) });
  let stores;
  try {
    stores = await openStores(configuredStoreOptions(config, logger));
  } catch (err) {
    io.stderr.write(`archbot: cannot open the store: ${errorMessage(err)}\n`);
    return 'failed';
  }
  try {
    return await use(stores.feedback, stores.describe);
  } finally {
    await stores.close();
  }
}

/** Reads the counts the running bot keeps in the same store it uses; the same numbers as /insights. */
export async function reportCommand(args: string[], config: Config, io: Io, now: () => number = Date.now): Promise<number> {
  const { limit, days, json } = parseReportArgs(args);
  const done = await withRecordedFeedback(config, io, async (log, where) => {
    const report = await log.report(lastDays(days, now(), limit));
    io.stdout.write(json ? `${JSON.stringify(report)}\n` : formatReport(report, where, days));
  });
  return done === 'failed' ? 1 : 0;
}

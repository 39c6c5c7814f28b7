import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { errorMessage } from '../core/errors.js';
import { renderInsights } from '../insights/render.js';
import { DEFAULT_WINDOW, parseInsightsQuery, type InsightsFormat } from '../insights/window.js';
import { UsageError, type Io } from './io.js';
import { withRecordedFeedback } from './report.js';

export interface InsightsArgs {
  out?: string;
  days: number;
  format: InsightsFormat;
}

const USAGE = 'usage: archbot insights [--out FILE] [--days 7|30|90] [--format html|csv|json]';

/** The format follows --format, else the file's extension, else HTML. */
export function parseInsightsArgs(args: string[]): InsightsArgs {
  let out: string | undefined;
  let days = String(DEFAULT_WINDOW);
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`insights: ${arg} needs a value; ${USAGE}`);
      return v;
    };
    if (arg === '--out') out = value();
    else if (arg === '--days') days = value();
    else if (arg === '--format') format = value();
    else throw new UsageError(`insights: unknown option "${arg}"; ${USAGE}`);
  }
  format ??= /\.csv$/i.test(out ?? '') ? 'csv' : /\.json$/i.test(out ?? '') ? 'json' : 'html';
  const query = parseInsightsQuery(new URLSearchParams({ days, format }));
  if (!query.ok) throw new UsageError(`insights: ${query.message}; ${USAGE}`);
  return { ...(out ? { out } : {}), days: query.days, format: query.format };
}

/** The /insights page as a file (or on stdout), from the store the bot records into; needs no network. */
export async function insightsCommand(args: string[], config: Config, io: Io, now: () => number = Date.now): Promise<number> {
  const { out, days, format } = parseInsightsArgs(args);
  const done = await withRecordedFeedback(config, io, async (log, where) => {
    const page = await renderInsights(log, { days, format, source: where, now: now(), links: false });
    if (!out) {
      io.stdout.write(page.body);
      return 0;
    }
    try {
      writeFileSync(out, page.body);
    } catch (err) {
      io.stderr.write(`archbot: cannot write ${resolve(out)}: ${errorMessage(err)}\n`);
      return 1;
    }
    io.stdout.write(`Wrote ${resolve(out)} (last ${days} days, ${format}).\n`);
    return 0;
  });
  return done === 'failed' ? 1 : done === 'nothing' ? 0 : done;
}

import type { FeedbackLog } from '../core/types.js';
import { lastDays } from '../stores/feedback-text.js';
import { exportRows, toCsv, toJson } from './export.js';
import { renderPage } from './page.js';
import type { InsightsFormat } from './window.js';

/** Rows each list of the page holds. */
export const PAGE_ROWS = 20;

export interface RenderedInsights {
  contentType: string;
  body: string;
  /** Suggested file name for downloads. */
  filename: string;
}

/** Reads the window's report from the log and renders it as the page, CSV or JSON: the server and the CLI both call this. */
export async function renderInsights(
  log: FeedbackLog,
  options: { days: number; format: InsightsFormat; source: string; now: number; links: boolean },
): Promise<RenderedInsights> {
  const report = await log.report(lastDays(options.days, options.now, PAGE_ROWS));
  const name = `archbot-insights-${options.days}d`;
  switch (options.format) {
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', body: toCsv(exportRows(report)), filename: `${name}.csv` };
    case 'json':
      return { contentType: 'application/json; charset=utf-8', body: toJson(report, options.days), filename: `${name}.json` };
    case 'html':
      return {
        contentType: 'text/html; charset=utf-8',
        body: renderPage(report, { days: options.days, source: options.source, generatedAt: options.now, links: options.links }),
        filename: `${name}.html`,
      };
  }
}

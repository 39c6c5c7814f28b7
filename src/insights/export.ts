import type { FeedbackReport } from '../core/types.js';
import { OUTCOMES } from '../stores/feedback-text.js';
import { gapLabel } from './labels.js';

/** One row of the export: what panel it belongs to, what it counts, and how many. Never a user. */
export interface ExportRow {
  section: string;
  item: string;
  series: string;
  count: number;
  examples: string;
  nearest: string;
}

const COLUMNS: Array<keyof ExportRow> = ['section', 'item', 'series', 'count', 'examples', 'nearest'];

/** The page's numbers as flat rows, for `?format=csv` and `?format=json`. */
export function exportRows(report: FeedbackReport): ExportRow[] {
  const row = (section: string, item: string, series: string, count: number, examples = '', nearest = ''): ExportRow => ({ section, item, series, count, examples, nearest });
  return [
    ...OUTCOMES.map((o) => row('outcome', o, '', report.outcomes[o])),
    ...report.perDay.map((d) => row('questions-per-day', d.day, d.outcome, d.count)),
    ...report.topics.map((t) => row('topic', t.concept, 'answered', t.count)),
    ...report.gaps.map((g) => row('coverage-gap', gapLabel(g.group), g.term ? 'outside' : 'unknown', g.count, g.examples.join(' / '), g.nearest.join(', '))),
    ...report.outsideTerms.map((t) => row('outside-term', t.term, 'asked', t.count)),
    row('did-you-mean', 'all', 'offered', report.offers.offered),
    row('did-you-mean', 'all', 'taken', report.offers.taken),
    ...report.offers.byRank.map((r) => row('did-you-mean-rank', String(r.rank), 'taken', r.count)),
    ...report.offers.concepts.flatMap((c) => [row('did-you-mean-candidate', c.concept, 'offered', c.offered), row('did-you-mean-candidate', c.concept, 'taken', c.taken)]),
    ...report.votes.flatMap((v) => [row('votes', v.concept, 'up', v.up), row('votes', v.concept, 'down', v.down)]),
    ...report.funnels.flatMap((f) => [
      ...f.steps.map((s) => row('decision-funnel', f.checklist, `step ${s.step}`, s.reached)),
      ...f.verdicts.map((v) => row('decision-verdict', f.checklist, v.verdict, v.count)),
    ]),
  ];
}

/**
 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, since questions are whatever people typed.
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ExportRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function toJson(report: FeedbackReport, days: number): string {
  return `${JSON.stringify({ days, since: new Date(report.since).toISOString(), until: new Date(report.until).toISOString(), rows: exportRows(report) }, null, 2)}\n`;
}

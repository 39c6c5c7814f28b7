import type { FeedbackReport } from '../core/types.js';
import { OUTCOMES } from '../stores/feedback-text.js';
import { buildCharts } from './charts.js';
import { OUTCOME_LABELS } from './labels.js';
import type { Chart } from './plot-svg.js';
import { WINDOWS } from './window.js';

export interface PageOptions {
  days: number;
  /** Where the numbers come from, e.g. "sqlite at /app/data/archbot.db". */
  source: string;
  generatedAt: number;
  /** Links to the other windows and the exports: on the served page, not in a saved file. */
  links: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything people typed passes through here before it reaches the page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1b1e23; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { margin: 0 0 0.2rem; font-size: 1.15rem; }
.meta, .note { color: #555; margin: 0 0 0.6rem; }
nav { display: flex; gap: 0.8rem; flex-wrap: wrap; margin: 0.6rem 0 1.2rem; }
nav a { padding: 0.2rem 0.6rem; border: 1px solid #c8ccd2; border-radius: 4px; text-decoration: none; color: #1b4ea0; }
nav a[aria-current="page"] { background: #1b4ea0; color: #fff; border-color: #1b4ea0; }
.totals { display: flex; flex-wrap: wrap; gap: 0.6rem 1.6rem; padding: 0; margin: 0 0 1.2rem; list-style: none; }
.totals strong { font-size: 1.4rem; display: block; }
main > figure { margin: 0 0 2rem; padding: 1rem; border: 1px solid #e3e5e8; border-radius: 6px; break-inside: avoid; }
figure figure { margin: 0; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.9rem; margin-top: 0.6rem; width: 100%; }
th, td { text-align: left; padding: 0.2rem 0.5rem; border-bottom: 1px solid #e3e5e8; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.empty { color: #777; font-style: italic; }
@media print {
  nav { display: none; }
  body { max-width: none; padding: 0; }
  main > figure { border: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

function table(chart: Chart, visible: boolean): string {
  const head = chart.table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = chart.table.rows
    .map((r) => `<tr>${r.map((cell) => (typeof cell === 'number' ? `<td class="n">${cell}</td>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  const body = rows || `<tr><td colspan="${chart.table.head.length}" class="empty">Nothing recorded in this window.</td></tr>`;
  return `<table${visible ? '' : ' class="sr-only"'}><caption class="sr-only">${escapeHtml(chart.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** One chart: title, note, the SVG (hidden from screen readers, which read the table instead), the table. */
function figure(chart: Chart): string {
  // The coverage-gaps table carries the example questions, which the chart cannot show: always visible.
  const tableVisible = chart.id === 'gaps';
  return `<figure id="${escapeHtml(chart.id)}" aria-labelledby="${escapeHtml(chart.id)}-title">
<h2 id="${escapeHtml(chart.id)}-title">${escapeHtml(chart.title)}</h2>
${chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : ''}
<div class="chart" aria-hidden="true">${chart.svg}</div>
${table(chart, tableVisible)}
</figure>`;
}

function nav(days: number): string {
  const windows = WINDOWS.map((d) => `<a href="?days=${d}"${d === days ? ' aria-current="page"' : ''}>Last ${d} days</a>`).join('');
  return `<nav aria-label="Window and downloads">${windows}<a href="?days=${days}&amp;format=csv" download>Download CSV</a><a href="?days=${days}&amp;format=json">JSON</a></nav>`;
}

/** The whole page: self-contained HTML (inline CSS and SVG), no script, works offline and in print. */
export function renderPage(report: FeedbackReport, options: PageOptions): string {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const total = OUTCOMES.reduce((sum, o) => sum + report.outcomes[o], 0);
  const totals = [`<li><strong>${total}</strong>questions</li>`, ...OUTCOMES.map((o) => `<li><strong>${report.outcomes[o]}</strong>${escapeHtml(OUTCOME_LABELS[o])}</li>`)].join('');
  const charts = buildCharts(report).map(figure).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>archbot insights: last ${options.days} days</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>archbot insights</h1>
<p class="meta">Last ${options.days} days, ${day(report.since)} to ${day(report.until - 1)} (UTC). From ${escapeHtml(options.source)}, ${escapeHtml(new Date(options.generatedAt).toISOString().replace('T', ' ').slice(0, 16))} UTC. No user ids or names are kept.</p>
${options.links ? nav(options.days) : ''}
</header>
<main>
<ul class="totals" aria-label="Questions by outcome">${totals}</ul>
${charts}
</main>
</body>
</html>
`;
}

import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { truncate } from '../adapters/shared/text.js';

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/** A chart as the page shows it: a title, the SVG markup, and the same numbers as a table. */
export interface Chart {
  id: string;
  title: string;
  /** One sentence under the title: what to read from the chart. */
  note?: string;
  svg: string;
  table: { head: string[]; rows: Array<Array<string | number>> };
}

/**
 * Renders a Plot specification to markup without a browser: linkedom provides the small DOM that
 * Plot writes into. Plot escapes every text it places (people's questions among them).
 */
export function renderPlot(options: Plot.PlotOptions): string {
  // linkedom's Document implements the part of the DOM Plot uses; its TypeScript type is its own.
  const element = Plot.plot({ ...options, document: documentForCharts() as unknown as PlotDocument });
  return element.outerHTML;
}

let shared: ReturnType<typeof parseHTML>['document'] | undefined;

/** One detached document for every chart: Plot only creates elements in it and never attaches them. */
function documentForCharts(): ReturnType<typeof parseHTML>['document'] {
  shared ??= parseHTML('<!doctype html><html><body></body></html>').document;
  return shared;
}

/** Shared look: room for long labels on the left, readable font, no animation. */
export function base(options: Plot.PlotOptions): Plot.PlotOptions {
  return { width: 720, marginLeft: 200, style: { fontSize: '12px', background: 'transparent' }, ...options };
}

/** Cuts a long label so it fits the chart's left margin; the table keeps the whole text. */
export function short(text: string, max = 30): string {
  return truncate(text, max);
}

/** Horizontal bars, one per row, in the order given (most first). */
export function barsX<T extends Record<string, unknown>>(
  rows: T[],
  y: keyof T & string,
  x: keyof T & string,
  labels: { x: string; y: string },
  fill = '#4269d0',
): string {
  const height = 40 + Math.max(1, rows.length) * 24;
  return renderPlot(
    base({
      height,
      x: { label: labels.x, grid: true, ticks: wholeTicks(Math.max(0, ...rows.map((r) => Number(r[x]) || 0))), tickFormat: String },
      y: { label: labels.y, domain: rows.map((r) => short(String(r[y]))), tickFormat: (d: string) => d },
      marks: [
        Plot.barX(rows, { y: (r: T) => short(String(r[y])), x, fill, title: (r: T) => `${String(r[y])}: ${String(r[x])}` }),
        Plot.text(rows, { y: (r: T) => short(String(r[y])), x, text: (r: T) => String(r[x]), dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

/** Counts are whole: ticks at whole numbers only, about eight of them, never 0.5. */
export function wholeTicks(max: number, from = 0): number[] {
  const step = Math.max(1, Math.ceil((max - from) / 8));
  const ticks: number[] = [];
  for (let t = Math.floor(from / step) * step; t <= max + step - 1; t += step) ticks.push(t);
  return ticks;
}

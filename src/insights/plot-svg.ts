import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

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
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom's Document implements the part of the DOM Plot uses; its TypeScript type is its own.
  const element = Plot.plot({ ...options, document: document as unknown as PlotDocument });
  return element.outerHTML;
}

/** Shared look: room for long labels on the left, readable font, no animation. */
export function base(options: Plot.PlotOptions): Plot.PlotOptions {
  return { width: 720, marginLeft: 160, style: { fontSize: '12px', background: 'transparent' }, ...options };
}

/** Cuts a long label so it fits the chart's left margin; the table keeps the whole text. */
export function short(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
      x: { label: labels.x, grid: true, nice: true },
      y: { label: labels.y, domain: rows.map((r) => short(String(r[y]))), tickFormat: (d: string) => d },
      marks: [
        Plot.barX(rows, { y: (r: T) => short(String(r[y])), x, fill, title: (r: T) => `${String(r[y])}: ${String(r[x])}` }),
        Plot.text(rows, { y: (r: T) => short(String(r[y])), x, text: (r: T) => String(r[x]), dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

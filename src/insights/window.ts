/** The windows the page offers, in days; 30 when none is asked for. */
export const WINDOWS = [7, 30, 90] as const;
export const DEFAULT_WINDOW = 30;

export type InsightsFormat = 'html' | 'csv' | 'json';
const FORMATS: readonly InsightsFormat[] = ['html', 'csv', 'json'];

export type InsightsQuery = { ok: true; days: number; format: InsightsFormat } | { ok: false; message: string };

/** `?days=7|30|90&format=html|csv|json`; anything else is named back to the person who typed it. */
export function parseInsightsQuery(search: URLSearchParams): InsightsQuery {
  const days = search.get('days') ?? String(DEFAULT_WINDOW);
  const format = search.get('format') ?? 'html';
  if (!(WINDOWS as readonly number[]).includes(Number(days)) || !/^\d+$/.test(days)) {
    return { ok: false, message: `days must be one of ${WINDOWS.join(', ')}` };
  }
  if (!(FORMATS as readonly string[]).includes(format)) return { ok: false, message: `format must be one of ${FORMATS.join(', ')}` };
  return { ok: true, days: Number(days), format: format as InsightsFormat };
}

import { describe, expect, it } from 'vitest';
import { MemoryFeedbackLog } from '../../src/stores/memory-feedback.js';
import { renderInsights } from '../../src/insights/render.js';
import { toCsv } from '../../src/insights/export.js';

describe('insights page', () => {
  it('renders every chart with its title, axis labels and a table even when nothing was recorded', async () => {
    const log = new MemoryFeedbackLog();
    const page = await renderInsights(log, { days: 7, format: 'html', source: 'memory', now: Date.UTC(2026, 11, 6, 12), links: false });
    await log.close();
    expect(page.body).toContain('Last 7 days, 2026-11-30 to 2026-12-06 (UTC)');
    expect(page.body.match(/<figure id=/g)).toHaveLength(8);
    expect(page.body.match(/<table/g)).toHaveLength(8);
    expect(page.body).toContain('Nothing recorded in this window.');
    for (const label of ['Day (UTC)', 'Questions answered', 'Questions not answered', 'Step of the decision', 'Sessions']) expect(page.body).toContain(label);
    expect(page.body).toMatch(/@media print/);
    expect(page.body).not.toContain('<nav'); // a saved file has no links to a server
    expect(page.body).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('quotes CSV cells that a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ section: 'coverage-gap', item: '=HYPERLINK("x")', series: 'unknown', count: 1, examples: '+1, -2', nearest: '@pod' }]);
    expect(csv.split('\r\n')[1]).toBe(`coverage-gap,"'=HYPERLINK(""x"")",unknown,1,"'+1, -2",'@pod`);
  });
});

// The insights page in a real browser: Debian's Chromium driven by playwright-core (which never
// downloads a browser of its own). One launch for the whole file, to keep the suite quick.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startInsightsServer, type InsightsServer } from './serve-insights.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The test's output folder: the screenshot and the downloaded CSV land here (git-ignored). */
export const OUTPUT = fileURLToPath(new URL('../../test-results/insights/', import.meta.url));

let browser: Browser;
let server: InsightsServer;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser test needs Chromium at ${CHROMIUM} and there is none. Install Debian's package: apt-get install chromium (.ci/run does).`);
  }
  mkdirSync(OUTPUT, { recursive: true });
  [browser, server] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: ARGS }), startInsightsServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('insights page in Chromium', () => {
  it('logs in, renders every chart, switches the window, downloads the CSV and prints without the navigation', async () => {
    const anonymous = await browser.newContext();
    // (A page would just abort at the login prompt headless Chromium cannot show; ask as a request.)
    const refused = await anonymous.request.get(`${server.base}/insights`);
    expect(refused.status()).toBe(401);
    expect(refused.headers()['www-authenticate']).toMatch(/^Basic /);
    await anonymous.close();

    const context = await browser.newContext({ httpCredentials: { username: 'team-lead', password: PASSWORD }, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(`${server.base}/insights`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('archbot insights: last 30 days');

    // Every chart: its main SVG is laid out with a size and has marks drawn in it.
    const charts = await page.$$eval('main > figure', (figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector('.chart svg[viewBox]');
        const box = svg?.getBoundingClientRect();
        return {
          title: figure.querySelector(':scope > h2')?.textContent ?? '',
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          marks: svg?.querySelectorAll('rect, path, line, text').length ?? 0,
          rows: figure.querySelectorAll(':scope > table tbody tr').length,
        };
      }),
    );
    expect(charts.map((c) => c.title)).toEqual([
      'Questions per day, by outcome', 'Top topics', 'Coverage gaps', 'Outside terms asked most', 'Did-you-mean offers and the candidate taken',
      'Votes per concept, worst first', 'Decision funnel: docker-or-kubernetes', 'Verdicts: docker-or-kubernetes',
    ]);
    for (const chart of charts) {
      expect(chart.width, chart.title).toBeGreaterThan(200);
      expect(chart.height, chart.title).toBeGreaterThan(50);
      expect(chart.marks, chart.title).toBeGreaterThan(3);
      expect(chart.rows, chart.title).toBeGreaterThan(0);
    }
    // The hostile question is shown as text, and no script ran from it.
    await expect(page.getByText('<script>alert("x")</script> what is nomad?').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(OUTPUT, 'insights.png'), fullPage: true });

    await page.getByRole('link', { name: 'Last 7 days' }).click();
    await page.waitForURL(/days=7/);
    expect(await page.title()).toBe('archbot insights: last 7 days');
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('Last 7 days');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('archbot-insights-7d.csv');
    const csvPath = join(OUTPUT, download.suggestedFilename());
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('section,item,series,count,examples,nearest');
    expect(csv).toMatch(/\r\ndecision-funnel,docker-or-kubernetes,step 1,\d+,,\r\n/);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

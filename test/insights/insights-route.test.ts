import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { exportRows } from '../../src/insights/export.js';
import type { FeedbackLog, FeedbackReport } from '../../src/core/types.js';
import { insightsRoute } from '../../src/insights/route.js';
import { startHttpServer } from '../../src/server/http-server.js';
import { captureIo } from '../helpers/io.js';
import { memoryLogger } from '../helpers/kb.js';
import { HOSTILE_QUESTION } from './seed.js';
import { basic, PASSWORD, startInsightsServer, type InsightsServer } from './serve-insights.js';

let server: InsightsServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('GET /insights', () => {
  it('does not exist unless INSIGHTS_PASSWORD is set', async () => {
    server = await startInsightsServer({ INSIGHTS_PASSWORD: '' }, false);
    const res = await fetch(`${server.base}/insights`, { headers: basic(PASSWORD) });
    expect(res.status).toBe(404);
  });

  it('asks for the password with 401 and WWW-Authenticate, and shows the page for the right one under any user name', async () => {
    server = await startInsightsServer();
    const none = await fetch(`${server.base}/insights`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="archbot insights"/);
    expect(none.headers.get('cache-control')).toBe('no-store');
    const wrong = await fetch(`${server.base}/insights`, { headers: basic('correct horse battery!') });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('<svg');

    const res = await fetch(`${server.base}/insights`, { headers: basic(PASSWORD, 'whoever') });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    for (const title of ['Questions per day, by outcome', 'Top topics', 'Coverage gaps', 'Outside terms asked most', 'Did-you-mean offers', 'Votes per concept, worst first', 'Decision funnel: docker-or-kubernetes', 'Verdicts: docker-or-kubernetes']) {
      expect(html).toContain(title);
    }
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(8);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; what is nomad?');
    expect(html).not.toMatch(/h:[0-9a-f]{8}/); // hashed user ids never reach the page
    expect(html).toContain('aria-current="page">Last 30 days');
  });

  it('locks an address out for a minute after the configured number of failed logins', async () => {
    server = await startInsightsServer({ INSIGHTS_MAX_FAILED_LOGINS: '3' }, false);
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.base}/insights`, { headers: basic(`guess ${i}`) })).status).toBe(401);
    const locked = await fetch(`${server.base}/insights`, { headers: basic(PASSWORD) });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect(server.logs.join('')).not.toContain(PASSWORD);
    expect(server.logs.join('')).toMatch(/locked out for a minute/);
  });

  it('counts the chosen window and refuses one it does not offer', async () => {
    server = await startInsightsServer();
    const json = async (days: number) => (await (await fetch(`${server?.base}/insights?days=${days}&format=json`, { headers: basic(PASSWORD) })).json()) as { rows: Array<{ section: string; item: string; count: number }> };
    const answered = (body: { rows: Array<{ section: string; item: string; count: number }> }) => body.rows.find((r) => r.section === 'outcome' && r.item === 'answer')?.count;
    expect(answered(await json(30))).toBe(120);
    expect(answered(await json(7))).toBeLessThan(40);
    const bad = await fetch(`${server.base}/insights?days=5`, { headers: basic(PASSWORD) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/days must be one of 7, 30, 90/);
  });

  it('exports the same rows as CSV, questions as typed and safe to open in a spreadsheet', async () => {
    server = await startInsightsServer();
    const res = await fetch(`${server.base}/insights?format=csv`, { headers: basic(PASSWORD) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="archbot-insights-30d.csv"');
    const csv = await res.text();
    expect(csv.split('\r\n')[0]).toBe('section,item,series,count,examples,nearest');
    expect(csv).toMatch(/\r\noutside-term,daemonset,asked,4,,\r\n/);
    expect(csv).toMatch(/\r\nvotes,ingress,down,1,,\r\n/); // 30 clicks by one person are one vote
    expect(csv).toContain('<script>alert(""x"")</script> what is nomad?');
  });

  it('agrees with `archbot report` on every number', async () => {
    server = await startInsightsServer();
    const page = (await (await fetch(`${server.base}/insights?format=json`, { headers: basic(PASSWORD) })).json()) as { rows: unknown };
    const io = captureIo();
    expect(await main(['report', '--json', '--top', '20', '--days', '30'], { DATA_DIR: server.dataDir }, io)).toBe(0);
    const report = JSON.parse(io.out()) as FeedbackReport;
    expect(page.rows).toEqual(exportRows(report));
    expect(report.gaps.some((g) => g.examples.includes(HOSTILE_QUESTION))).toBe(true);
  });
});

describe('GET /insights when the store cannot be read', () => {
  it('answers 503 with a short reason and logs the detail, and the server keeps running', async () => {
    const logger = memoryLogger();
    const broken: FeedbackLog = {
      record: async () => {},
      report: async () => {
        throw new Error('Connection is closed.');
      },
    };
    const http = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      logger,
      readiness: () => ({ ready: true, checks: {} }),
      routes: [insightsRoute({ feedback: broken, password: PASSWORD, maxFailedLogins: 5, source: 'redis', logger })],
    });
    try {
      const res = await fetch(`http://127.0.0.1:${http.port}/insights`, { headers: basic(PASSWORD) });
      expect(res.status).toBe(503);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toMatch(/could not be read/);
      expect(logger.lines.some((l) => l.level === 'error' && /Connection is closed/.test(String(l.fields.err)))).toBe(true);
      expect((await fetch(`http://127.0.0.1:${http.port}/healthz`)).status).toBe(200);
      const bad = await fetch(`http://127.0.0.1:${http.port}/insights?format=xml`, { headers: basic(PASSWORD) });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/format must be one of html, csv, json/);
    } finally {
      await http.close();
    }
  });
});

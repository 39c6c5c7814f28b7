import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FeedbackLog, Logger } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import type { HttpRoute } from '../server/http-server.js';
import { createLoginGuard } from './auth.js';
import { parseInsightsQuery } from './window.js';

export interface InsightsRouteOptions {
  feedback: FeedbackLog;
  password: string;
  maxFailedLogins: number;
  /** Where the numbers come from, shown on the page (never a password: OpenedStores.describe). */
  source: string;
  logger: Logger;
  clock?: () => number;
}

/**
 * No proxy or browser may keep a copy; no script may run (the page has none, and questions are
 * people's words); nothing may frame it.
 */
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${body}\n`);
}

/** GET /insights behind HTTP Basic auth; registered only when INSIGHTS_PASSWORD is set. */
export function insightsRoute(options: InsightsRouteOptions): HttpRoute {
  const clock = options.clock ?? Date.now;
  const login = createLoginGuard({ password: options.password, maxFailures: options.maxFailedLogins, clock });
  return {
    method: 'GET',
    path: '/insights',
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      const address = req.socket.remoteAddress ?? 'unknown';
      const result = login(address, req.headers.authorization);
      if (result === 'locked') {
        options.logger.warn({ address }, 'insights: too many failed logins; locked out for a minute');
        text(res, 429, 'Too many failed logins from your address. Try again in a minute.', { 'retry-after': '60' });
        return;
      }
      if (result === 'unauthorized') {
        if (req.headers.authorization !== undefined) options.logger.info({ address }, 'insights: failed login');
        text(res, 401, 'The insights page needs the password set in INSIGHTS_PASSWORD (any user name).', {
          'www-authenticate': 'Basic realm="archbot insights", charset="UTF-8"',
        });
        return;
      }
      const query = parseInsightsQuery(new URL(req.url ?? '/', 'http://localhost').searchParams);
      if (!query.ok) {
        text(res, 400, `Bad query: ${query.message}.`);
        return;
      }
      let page;
      try {
        // The chart library loads on the first visit, not when the bot starts.
        const { renderInsights } = await import('./render.js');
        page = await renderInsights(options.feedback, { days: query.days, format: query.format, source: options.source, now: clock(), links: true });
      } catch (err) {
        options.logger.error({ err: errorMessage(err) }, 'insights: could not read feedback');
        text(res, 503, 'The insights are unavailable: the store where feedback is kept could not be read. See the log.');
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': page.contentType,
        ...(query.format === 'csv' ? { 'content-disposition': `attachment; filename="${page.filename}"` } : {}),
      });
      res.end(page.body);
    },
  };
}

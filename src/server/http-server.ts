import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/types.js';
import { errorMessage } from '../core/errors.js';

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

export interface HttpServerOptions {
  host: string;
  port: number;
  routes: HttpRoute[];
  readiness: () => Readiness;
  /**
   * Each store as up or down, shown in the /readyz body. A store outage never makes the pod
   * unready: the store is shared by every replica, so failing readiness on it would take them all
   * out of the load balancer, and with them the answers that need no store.
   */
  stores?: () => Promise<Record<string, 'up' | 'down'>>;
  logger: Logger;
  timeouts?: Partial<HttpTimeouts>;
}

/**
 * How long a sender may take. Node's defaults (60 s for headers, 300 s for a request, checked every
 * 30 s) let slow senders hold sockets and buffers for minutes; Slack sends a few KB at once and
 * gives up on us after 3 s, so seconds are plenty.
 */
export interface HttpTimeouts {
  /** All headers received. */
  headersMs: number;
  /** The whole request received, body included. */
  requestMs: number;
  /** An idle keep-alive connection kept open. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 5_000, requestMs: 10_000, keepAliveMs: 5_000 };

export interface RunningHttpServer {
  server: Server;
  /** The bound port (useful when 0 asked for a free one). */
  port: number;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** One HTTP server for every mode: health and readiness, plus whatever routes the platforms add. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const routes: HttpRoute[] = [
    { method: 'GET', path: '/healthz', handle: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handle: async (_req, res) => {
        const stores = options.stores ? await options.stores() : undefined;
        const readiness = options.readiness();
        json(res, readiness.ready ? 200 : 503, { status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks, ...(stores ? { stores } : {}) });
      },
    },
    ...options.routes,
  ];
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  // Expired requests are only noticed when Node checks, so it checks often enough to honour them.
  const checkEvery = Math.max(50, Math.min(1_000, Math.floor(Math.min(timeouts.headersMs, timeouts.requestMs) / 2)));
  const server = createServer({ headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, keepAliveTimeout: timeouts.keepAliveMs, connectionsCheckingInterval: checkEvery }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (!route) {
      const known = routes.some((r) => r.path === path);
      json(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res))
      .catch((err: unknown) => {
        options.logger.error({ path, err: errorMessage(err) }, 'http route failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
        else res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

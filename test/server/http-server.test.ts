import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, startHttpServer } from '../../src/server/http-server.js';
import { memoryLogger } from '../helpers/kb.js';

// Slow senders: a client trickling headers or a body must be dropped in seconds, not minutes.

async function server(timeouts?: { headersMs: number; requestMs: number; keepAliveMs: number }) {
  return startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: memoryLogger(),
    readiness: () => ({ ready: true, checks: {} }),
    // Answers only once the whole body has arrived, as a route that must verify it does.
    routes: [{ method: 'POST', path: '/echo', handle: (req, res) => void req.resume().once('end', () => res.writeHead(200).end('read')) }],
    ...(timeouts ? { timeouts } : {}),
  });
}

/** Opens a socket, writes `sent`, and resolves with what the server wrote before it closed the socket. */
function untilClosed(port: number, sent: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(sent));
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
  });
}

describe('http server timeouts', () => {
  it('drops a sender that never finishes its headers', async () => {
    const http = await server({ headersMs: 200, requestMs: 400, keepAliveMs: 200 });
    const reply = await untilClosed(http.port, 'POST /echo HTTP/1.1\r\nHost: x\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 408|^$/);
    await http.close();
  });

  it('drops a sender that never finishes its body', async () => {
    const http = await server({ headersMs: 200, requestMs: 400, keepAliveMs: 200 });
    const reply = await untilClosed(http.port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part');
    expect(reply).not.toMatch(/^HTTP\/1\.1 200/);
    await http.close();
  });

  it('uses timeouts of a few seconds by default, checked often enough to apply', async () => {
    const http = await server();
    expect(DEFAULT_TIMEOUTS).toEqual({ headersMs: 5_000, requestMs: 10_000, keepAliveMs: 5_000 });
    expect(http.server.headersTimeout).toBe(5_000);
    expect(http.server.requestTimeout).toBe(10_000);
    expect(http.server.keepAliveTimeout).toBe(5_000);
    await http.close();
  });
});

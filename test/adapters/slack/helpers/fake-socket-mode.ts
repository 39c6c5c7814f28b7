import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * Slack's Socket Mode endpoint on the fake's port: `hello` when a client connects, then whatever
 * envelopes a test sends. Everything the client writes back (acks carrying `envelope_id`) is
 * recorded. Pings are answered by `ws` itself, which keeps the SDK's heartbeat happy.
 */
export class FakeSocketMode {
  readonly received: unknown[] = [];
  connections = 0;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();

  constructor(server: Server) {
    this.wss = new WebSocketServer({ server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.connections += 1;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (raw) => {
        try {
          this.received.push(JSON.parse(String(raw)));
        } catch {
          this.received.push(String(raw));
        }
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0ARCH' } }));
    });
  }

  get connected(): boolean {
    return this.sockets.size > 0;
  }

  /** Sends one envelope (events_api, interactive, slash_commands) to every connected client. */
  send(envelope: Record<string, unknown>): void {
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

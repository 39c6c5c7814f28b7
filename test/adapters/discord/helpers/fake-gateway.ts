import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreate, ready, type Json } from './payloads.js';

interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/**
 * Discord's gateway, just enough for one discord.js shard: HELLO on connect, READY and
 * GUILD_CREATE after IDENTIFY, ACK for every heartbeat, then whatever `dispatch` sends. JSON text
 * frames only: discord.js asks for `encoding=json` and, without zlib-sync installed, no
 * `compress` (checked in `connections`).
 */
export class FakeGateway {
  readonly identifies: Json[] = [];
  readonly connections: URL[] = [];
  heartbeats = 0;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private seq = 0;

  constructor(
    server: Server,
    private readonly url: () => string,
    private readonly heartbeatInterval: number,
  ) {
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket, req) => this.accept(socket, req));
  }

  private accept(socket: WebSocket, req: IncomingMessage): void {
    this.sockets.add(socket);
    this.connections.push(new URL(req.url ?? '/', 'ws://127.0.0.1'));
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => this.receive(socket, JSON.parse(String(raw)) as GatewayFrame));
    this.send(socket, { op: 10, d: { heartbeat_interval: this.heartbeatInterval } });
  }

  private receive(socket: WebSocket, frame: GatewayFrame): void {
    switch (frame.op) {
      case 1: // heartbeat
        this.heartbeats++;
        this.send(socket, { op: 11 });
        break;
      case 2: // identify
        this.identifies.push(frame.d as Json);
        this.send(socket, { op: 0, t: 'READY', s: ++this.seq, d: ready(this.url()) });
        this.send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guildCreate() });
        break;
      default:
        break;
    }
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify(frame));
  }

  /** An event (MESSAGE_CREATE, INTERACTION_CREATE, THREAD_CREATE…) to every connected shard. */
  dispatch(t: string, d: Json): void {
    const s = ++this.seq;
    for (const socket of this.sockets) this.send(socket, { op: 0, t, s, d });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

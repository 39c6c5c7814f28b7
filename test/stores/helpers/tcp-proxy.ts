import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay in front of a server, so a test can cut the connection (an outage), freeze
 * it (a server stuck like one under SIGSTOP) and restore it without touching the real server,
 * which may be shared.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  /** While frozen, bytes in either direction wait here, in order, instead of being relayed. */
  private held: Array<[Socket, Buffer]> | undefined;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      this.relay(client, upstream);
      this.relay(upstream, client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (typeof address === 'object' && address) this.port = address.port;
    this.server = server;
  }

  private relay(from: Socket, to: Socket): void {
    from.on('data', (chunk: Buffer) => {
      if (this.held) this.held.push([to, chunk]);
      else if (!to.destroyed) to.write(chunk);
    });
    from.on('end', () => to.end());
  }

  /** Connections stay open but nothing moves: requests go unanswered until `thaw`. */
  freeze(): void {
    this.held ??= [];
  }

  /** Delivers everything held while frozen, in order, and relays normally again. */
  thaw(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const [to, chunk] of held) if (!to.destroyed) to.write(chunk);
  }

  /** Refuses new connections and drops the open ones. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.held = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * A started proxy in front of the Redis at `redisUrl`, and the URL that reaches that Redis through it (same
 * credentials and database): what a test of a Redis outage connects to, so that stopping or freezing the proxy is
 * the outage. The caller stops the proxy.
 */
export async function proxiedRedis(redisUrl: string): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(redisUrl);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
  await proxy.start();
  const url = new URL(redisUrl);
  url.host = `127.0.0.1:${proxy.port}`;
  return { proxy, url: url.toString() };
}

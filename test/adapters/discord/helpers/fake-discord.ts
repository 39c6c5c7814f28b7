import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './fake-gateway.js';
import { until } from '../../../helpers/until.js';
import { APP_ID, DM_CHANNEL_TYPE, GUILD_ID, botUser, message, person, snowflake, threadChannel, type Json } from './payloads.js';

// `settle`'s barrier DMs: one channel, a new person each time (a rate limit under test never holds one back).
const BARRIER_CHANNEL_ID = '500000000000000999';
const BARRIER_USER_BASE = 400_000_000_000_100_000n;

export interface RecordedCall {
  method: string;
  /** After `/api/v10`, without the query: `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  body: Json | Json[] | undefined;
  at: number;
}

/** What the fake knows of an interaction it dispatched, to answer the calls made for it. */
interface InteractionRecord {
  channelId: string;
  guildId: string | undefined;
  /** The message a button was on: UPDATE_MESSAGE and @original after a deferUpdate refer to it. */
  source: string | undefined;
  original: string | undefined;
  /** Who interacted: a response message's interaction_metadata names them. */
  user: Json | undefined;
  owners: Json | undefined;
}

type Handler = (match: RegExpMatchArray, call: RecordedCall) => { status: number; body?: unknown };

/**
 * Discord on loopback: the REST API under /api/v10 and the gateway under /gateway on one port.
 * Every REST call is recorded (method, path, query, JSON body); messages the bot creates are
 * kept, updated by edits and UPDATE_MESSAGE callbacks, so a test can click their buttons.
 */
export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  /** Bot-authored messages by id, in creation order. */
  readonly messages = new Map<string, Json>();
  readonly interactions = new Map<string, InteractionRecord>();
  gateway!: FakeGateway;
  private server: Server | undefined;
  private port = 0;
  private inFlight = 0;
  private readonly routes: Array<[string, RegExp, Handler]>;

  constructor(private readonly options: { heartbeatInterval?: number } = {}) {
    this.routes = [
      ['GET', /^\/gateway\/bot$/, () => ({ status: 200, body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } })],
      ['POST', /^\/channels\/(\d+)\/messages$/, (m, call) => ({ status: 200, body: this.create(m[1] as string, call.body as Json) })],
      ['PATCH', /^\/channels\/\d+\/messages\/(\d+)$/, (m, call) => this.edit(m[1] as string, call.body as Json)],
      ['POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/, (m, call) => ({ status: 201, body: this.thread(m[1] as string, call.body as Json) })],
      ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, call) => this.callback(m[1] as string, call)],
      ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (m, call) => this.followUp(m[2] as string, call.body as Json)],
      ['PATCH', /^\/webhooks\/\d+\/([^/]+)\/messages\/([^/]+)$/, (m, call) => this.edit(this.resolve(m[1] as string, m[2] as string), call.body as Json)],
      ['GET', /^\/webhooks\/\d+\/([^/]+)\/messages\/([^/]+)$/, (m) => this.get(this.resolve(m[1] as string, m[2] as string))],
      ['DELETE', /^\/webhooks\/\d+\/([^/]+)\/messages\/([^/]+)$/, (m) => this.remove(this.resolve(m[1] as string, m[2] as string))],
      ['PUT', /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/, (_m, call) => ({ status: 200, body: (call.body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: '1' })) })],
    ];
  }

  /** Answers the next `times` calls to `method path` with `status` (an outage), then serves them again. */
  failNext(method: string, pattern: RegExp, status: number, times: number): void {
    let left = times;
    const route: [string, RegExp, Handler] = [method, pattern, () => {
      left -= 1;
      if (left === 0) this.routes.splice(this.routes.indexOf(route), 1);
      return { status, body: { message: 'Service unavailable', code: 0 } };
    }];
    this.routes.unshift(route);
  }

  /** Answers `method path` with a fixed response from now on (a refused token, a server error). */
  override(method: string, pattern: RegExp, result: { status: number; body?: unknown }): void {
    this.routes.unshift([method, pattern, () => result]);
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.serve(req, res));
    this.server = server;
    this.gateway = new FakeGateway(server, () => this.gatewayUrl, this.options.heartbeatInterval ?? 45_000);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** Dispatches an interaction, remembering where it happened so its callbacks can be served. */
  interact(interaction: Json): void {
    const source = (interaction.message as Json | undefined)?.id as string | undefined;
    this.interactions.set(interaction.token as string, {
      channelId: interaction.channel_id as string,
      guildId: interaction.guild_id as string | undefined,
      source,
      original: source,
      user: ((interaction.member as Json | undefined)?.user ?? interaction.user) as Json | undefined,
      owners: interaction.authorizing_integration_owners as Json | undefined,
    });
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
  }

  dispatch(t: string, d: Json): void {
    this.gateway.dispatch(t, d);
  }

  /**
   * Resolves once `count` calls past `from` exist, no REST call is open, no adapter work is in flight
   * (`busy`) and, with `barrier` on, a DM sent after them was answered: gateway events are handled in
   * order, so a late duplicate reply to an earlier event would already be recorded.
   */
  async settle(from: number, options: { count?: number; timeoutMs?: number } = {}): Promise<RecordedCall[]> {
    const { count = 1, timeoutMs = 5_000 } = options;
    const idle = (): boolean => this.inFlight === 0 && this.busy() === 0;
    const seen = (): string => `${count} call(s), saw ${this.calls.length - from}: ${this.calls.slice(from).map((c) => `${c.method} ${c.path}`).join(', ')}`;
    await until(() => this.calls.length - from >= count && idle(), seen, timeoutMs);
    if (this.barrier) {
      const before = this.barrierReplies;
      this.gateway.dispatch('MESSAGE_CREATE', message({ channel_id: BARRIER_CHANNEL_ID, channel_type: DM_CHANNEL_TYPE, author: person(String(BARRIER_USER_BASE + BigInt(before)), 'barrier'), content: 'help' }));
      await until(() => this.barrierReplies > before && idle(), () => `the barrier DM to be answered after ${seen()}`, timeoutMs);
    }
    return this.calls.slice(from);
  }

  /** Set by the harness: the adapter's work in flight (counted through its intake), and whether its bot answers barrier DMs. */
  busy: () => number = () => 0;
  barrier = false;
  private barrierReplies = 0;

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      if (req.method === 'POST' && path === `/channels/${BARRIER_CHANNEL_ID}/messages`) {
        this.barrierReplies += 1; // not a call any test counts, nor a message it reads
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message({ channel_id: BARRIER_CHANNEL_ID, channel_type: DM_CHANNEL_TYPE, author: botUser() })));
        return;
      }
      const call: RecordedCall = { method: req.method ?? 'GET', path, query: url.searchParams, body: raw ? (JSON.parse(raw) as Json) : undefined, at: Date.now() };
      this.calls.push(call);
      let result: { status: number; body?: unknown } = { status: 404, body: { message: 'Unknown route', code: 0 } };
      for (const [method, pattern, handle] of this.routes) {
        const match = method === call.method ? path.match(pattern) : null;
        if (match) {
          result = handle(match, call);
          break;
        }
      }
      if (result.body === undefined) res.writeHead(result.status).end();
      else res.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
    } finally {
      this.inFlight--;
      }
  }

  private create(channelId: string, body: Json, extra: Json = {}): Json {
    // DM channel ids start with 5. Like the real gateway, DM messages say their channel type, which
    // is how discord.js builds the (never cached) DM channel for them.
    const guild = channelId.startsWith('5') ? { channel_type: DM_CHANNEL_TYPE } : { guild_id: GUILD_ID };
    const created = message({ channel_id: channelId, author: botUser(), ...guild, ...pick(body), ...extra });
    this.messages.set(created.id as string, created);
    // The real gateway echoes the bot's own messages back to it; the adapter must ignore them.
    this.gateway.dispatch('MESSAGE_CREATE', created);
    return created;
  }

  private edit(id: string | undefined, body: Json): { status: number; body: unknown } {
    const existing = id ? this.messages.get(id) : undefined;
    if (!existing) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    Object.assign(existing, pick(body), { edited_timestamp: new Date().toISOString() });
    return { status: 200, body: existing };
  }

  private remove(id: string | undefined): { status: number; body?: unknown } {
    if (!id || !this.messages.delete(id)) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    return { status: 204 };
  }

  private get(id: string | undefined): { status: number; body: unknown } {
    const existing = id ? this.messages.get(id) : undefined;
    return existing ? { status: 200, body: existing } : { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  }

  private resolve(token: string, id: string): string | undefined {
    return id === '@original' ? this.interactions.get(token)?.original : id;
  }

  private thread(channelId: string, body: Json): Json {
    const thread = threadChannel(snowflake(), channelId, String(body.name));
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }

  private followUp(token: string, body: Json): { status: number; body?: unknown } {
    const record = this.interactions.get(token);
    if (!record) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    return { status: 200, body: this.create(record.channelId, body, { webhook_id: APP_ID }) };
  }

  private callback(interactionId: string, call: RecordedCall): { status: number; body?: unknown } {
    const token = call.path.split('/')[3] as string;
    const record = this.interactions.get(token);
    const body = call.body as { type: number; data?: Json };
    if (!record) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    let resource: Json | undefined;
    if (body.type === 4 || body.type === 5) {
      resource = this.create(record.channelId, body.data ?? {}, {
        interaction_metadata: { id: interactionId, type: 2, user: record.user, authorizing_integration_owners: record.owners ?? {} },
      });
      record.original = resource.id as string;
    } else if (body.type === 7 && record.source) {
      resource = this.edit(record.source, body.data ?? {}).body as Json;
    }
    if (call.query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: { id: interactionId, type: 2, response_message_id: resource?.id, response_message_loading: body.type === 5, response_message_ephemeral: false },
        ...(resource ? { resource: { type: body.type, message: resource } } : {}),
      },
    };
  }
}

/** The message fields a create or edit body may set. */
function pick(body: Json): Json {
  const out: Json = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'message_reference']) if (key in body) out[key] = body[key];
  return out;
}

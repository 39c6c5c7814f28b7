import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blocksSchema, buttonsOf, limitProblems, visibleText, type Block, type Button } from './blocks.js';
import { until } from '../../../helpers/until.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { BOT_ID, BOT_USER_ID, PEOPLE, TEAM_ID, nextTs } from './payloads.js';

/** One call the bot made: a Web API method (`chat.postMessage`) or a `response_url` POST. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token it was made with (Web API only). */
  token: string | undefined;
  at: number;
}

/** A message as Slack would keep it: visible to everyone, or ephemeral to one person. */
export interface FakeMessage {
  ts: string;
  channel: string;
  threadTs: string | undefined;
  ephemeral: boolean;
  /** Who sees an ephemeral message. */
  user: string | undefined;
  text: string;
  blocks: Block[];
  edits: number;
  deleted: boolean;
}

export interface Mark {
  messages: number;
  edits: Map<string, number>;
}

export interface ResponseTarget {
  channel: string;
  user: string;
  /** The message whose button produced this response_url: replace_original edits it. */
  source: string | undefined;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Slack on loopback: the Web API under /api/, response_url endpoints under /respond/, and the
 * Socket Mode WebSocket under /socket. Every call is recorded; messages are kept (and edited by
 * chat.update and replace_original) so a test can read them and click their buttons.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly homeViews = new Map<string, Block[]>();
  /** Channels the bot was never invited to: posting there fails with not_in_channel. */
  readonly notInChannel = new Set<string>();
  /** Methods that fail with the given Slack error code (`auth.test` → `invalid_auth`). */
  readonly failures = new Map<string, string>();
  /** Messages Slack would have refused (`invalid_blocks`), with the reasons: a test expects none. */
  readonly refused: string[] = [];
  /** Added before every answer: lets a test show the bot acknowledged before it finished working. */
  delayMs = 0;
  /** Web API methods whose answer waits until the promise settles: a slow Slack, for one method. */
  readonly holds = new Map<string, Promise<void>>();
  /** Extra delay for one Web API method (a slow chat.postMessage); the call still takes effect. */
  readonly methodDelayMs = new Map<string, number>();
  /** HTTP statuses a method answers with, one per call, before it starts working (a 503 from Slack's edge). */
  readonly httpFailures = new Map<string, number[]>();
  socket!: FakeSocketMode;
  private server: Server | undefined;
  private port = 0;
  private readonly responseTargets = new Map<string, ResponseTarget>();

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get socketUrl(): string {
    return `ws://127.0.0.1:${this.port}/socket`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.serve(req, res));
    this.server = server;
    this.socket = new FakeSocketMode(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await this.socket.close();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** A response_url for a command or a click, as Slack issues one per interaction. */
  responseUrl(target: ResponseTarget): string {
    const id = `r${this.responseTargets.size + 1}`;
    this.responseTargets.set(id, target);
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages anyone can see in a channel (optionally one thread), oldest first. */
  visible(channel: string, threadTs?: string): FakeMessage[] {
    return this.messages.filter((m) => !m.ephemeral && !m.deleted && m.channel === channel && (threadTs === undefined || m.threadTs === threadTs));
  }

  ephemeralFor(user: string): FakeMessage[] {
    return this.messages.filter((m) => m.ephemeral && !m.deleted && m.user === user);
  }

  message(ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.ts === ts);
  }

  /** A point to compare against later: which messages existed, and how often each was edited. */
  mark(): Mark {
    return { messages: this.messages.length, edits: new Map(this.messages.map((m) => [m.ts, m.edits])) };
  }

  /** Messages posted or edited since `mark`, in the order they were first posted. */
  changedSince(mark: Mark): FakeMessage[] {
    return this.messages.filter((m, i) => i >= mark.messages || m.edits !== mark.edits.get(m.ts));
  }

  /** Polls until `probe` returns something, or fails after `timeoutMs` saying what was awaited. */
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5_000): Promise<T> {
    return until(probe, () => `${what}; calls so far: ${this.calls.map((c) => c.method).join(', ') || 'none'}`, timeoutMs);
  }

  /** Requests received and not yet answered (a slow method still working). */
  get pending(): number {
    return this.inFlight;
  }

  private inFlight = 0;

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    try {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const args = parseArgs(raw, req.headers['content-type']);
      const apiMethod = url.pathname.startsWith('/api/') ? url.pathname.slice('/api/'.length) : '';
      const delay = this.delayMs + (this.methodDelayMs.get(apiMethod) ?? 0);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const failure = this.httpFailures.get(apiMethod)?.shift();
      if (failure !== undefined) {
        this.calls.push({ method: `${apiMethod} (HTTP ${failure})`, args, token: undefined, at: Date.now() });
        reply(res, failure, { ok: false, error: 'service_unavailable' });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const method = apiMethod;
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? str(args.token);
        this.calls.push({ method, args, token, at: Date.now() });
        await this.holds.get(method);
        reply(res, 200, this.webApi(method, args));
      } else if (url.pathname.startsWith('/respond/')) {
        this.calls.push({ method: 'response_url', args: { ...args, url: url.pathname }, token: undefined, at: Date.now() });
        const target = this.responseTargets.get(url.pathname.slice('/respond/'.length));
        if (!target) reply(res, 404, { ok: false, error: 'expired_url' });
        else {
          const result = this.respond(target, args);
          reply(res, result.ok === false ? 400 : 200, result);
        }
      } else {
        reply(res, 404, { ok: false, error: 'unknown_path' });
      }
    } catch (err) {
      reply(res, 500, { ok: false, error: err instanceof Error ? err.message : String(err) });
    } finally {
      // Counted until the work is done, even when the caller stopped waiting (a client timeout).
      this.inFlight -= 1;
    }
  }

  private webApi(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = str(args.channel) ?? '';
    const failure = this.failures.get(method);
    if (failure) return { ok: false, error: failure };
    if (['chat.postMessage', 'chat.postEphemeral', 'chat.update'].includes(method) && this.invalid(method, args.blocks)) {
      return { ok: false, error: 'invalid_blocks' };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://archbot-test.slack.com/', team: 'Test', user: 'archbot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage': {
        if (this.notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        const message = this.add(args, { channel, threadTs: str(args.thread_ts), ephemeral: false, user: undefined });
        return { ok: true, channel, ts: message.ts, message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, ts: message.ts, text: message.text } };
      }
      case 'chat.postEphemeral': {
        if (this.notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        const message = this.add(args, { channel, threadTs: str(args.thread_ts), ephemeral: true, user: str(args.user) });
        return { ok: true, message_ts: message.ts };
      }
      case 'chat.update': {
        const message = this.messages.find((m) => m.ts === args.ts && m.channel === channel && !m.ephemeral);
        if (!message) return { ok: false, error: 'message_not_found' };
        this.edit(message, args);
        return { ok: true, channel, ts: message.ts, text: message.text };
      }
      case 'views.publish': {
        const blocks = viewBlocks(args.view);
        if (this.invalid(method, blocks, 100)) return { ok: false, error: 'invalid_blocks' };
        this.homeViews.set(str(args.user_id) ?? '', parseBlocks(blocks));
        return { ok: true, view: { id: 'V0HOME', type: 'home' } };
      }
      case 'users.info': {
        const person = PEOPLE.find((p) => p.id === args.user);
        if (!person) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: person.id, team_id: TEAM_ID, name: person.name, real_name: `${person.name} (real name)`, profile: { display_name: person.name, real_name: `${person.name} (real name)` } } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${(str(args.users) ?? '').replace(/^U/, '')}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Slack's response_url rules: replace or delete the source message, or add a message (ephemeral unless in_channel). */
  private respond(target: ResponseTarget, args: Record<string, unknown>): Record<string, unknown> {
    if (this.invalid('response_url', args.blocks)) return { ok: false, error: 'invalid_blocks' };
    const source = target.source === undefined ? undefined : this.message(target.source);
    if (args.delete_original === true && source) {
      source.deleted = true;
      return { ok: true };
    }
    if (args.replace_original === true && source) {
      this.edit(source, args);
      return { ok: true };
    }
    const ephemeral = args.response_type !== 'in_channel';
    this.add(args, { channel: target.channel, threadTs: str(args.thread_ts), ephemeral, user: ephemeral ? target.user : undefined });
    return { ok: true };
  }

  private invalid(method: string, blocks: unknown, maxBlocks = 50): boolean {
    const problems = limitProblems(parseBlocks(blocks), maxBlocks);
    for (const problem of problems) this.refused.push(`${method}: ${problem}`);
    return problems.length > 0;
  }

  private add(args: Record<string, unknown>, where: Pick<FakeMessage, 'channel' | 'threadTs' | 'ephemeral' | 'user'>): FakeMessage {
    const message: FakeMessage = { ts: nextTs(), ...where, text: str(args.text) ?? '', blocks: parseBlocks(args.blocks), edits: 0, deleted: false };
    this.messages.push(message);
    return message;
  }

  private edit(message: FakeMessage, args: Record<string, unknown>): void {
    message.text = str(args.text) ?? message.text;
    message.blocks = parseBlocks(args.blocks);
    message.edits += 1;
  }
}

/** What a person sees of a message, and its buttons. */
export function read(message: FakeMessage): { text: string; buttons: Button[] } {
  return { text: visibleText(message.blocks, message.text), buttons: buttonsOf(message.blocks) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient sends forms (objects as JSON strings); response_url POSTs are JSON. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

function parseBlocks(value: unknown): Block[] {
  if (value === undefined) return [];
  const data: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  const parsed = blocksSchema.safeParse(data);
  if (!parsed.success) throw new Error(`the bot sent blocks that are not Block Kit: ${parsed.error.message}`);
  return parsed.data;
}

function viewBlocks(view: unknown): unknown {
  const data: unknown = typeof view === 'string' ? JSON.parse(view) : view;
  return typeof data === 'object' && data !== null && 'blocks' in data ? data.blocks : [];
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

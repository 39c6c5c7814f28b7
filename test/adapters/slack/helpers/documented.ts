import type { Button } from './blocks.js';
import type { FakeMessage } from './fake-slack.js';
import { APP_ID, BOT_ID, BOT_USER_ID, TEAM_ID, nextEventId, nextTs, type Person } from './payloads.js';

// Slack's request bodies with every field its reference pages show (docs.slack.dev: slash commands,
// the Events API envelope, app_mention, message.im, app_home_opened, block_actions), including the
// ones the adapter never reads, and the Enterprise Grid variants. Independent of payloads.ts on
// purpose: these follow the documentation, not the adapter.

export type Json = Record<string, unknown>;

export const ENTERPRISE = { id: 'E0ORG', name: 'Archbot Org' } as const;
const TOKEN = 'Jhj5dZrVaK7ZwHHjRyZWjbDl';

/** How the app is installed: one workspace, a workspace inside a Grid org, or the whole org (org-wide). */
export type Install = 'workspace' | 'grid' | 'org-wide';

/** A slash command as Slack posts it: a form with every documented field. */
export function slashCommand(o: { text: string; user: Person; channel: string; responseUrl: string; install?: Install }): string {
  const grid = o.install === 'grid' || o.install === 'org-wide';
  return new URLSearchParams({
    token: TOKEN,
    team_id: TEAM_ID,
    team_domain: 'archbot-test',
    ...(grid ? { enterprise_id: ENTERPRISE.id, enterprise_name: ENTERPRISE.name } : {}),
    channel_id: o.channel,
    channel_name: o.channel.startsWith('D') ? 'directmessage' : 'general',
    user_id: o.user.id,
    user_name: o.user.name,
    command: '/arch',
    text: o.text,
    api_app_id: APP_ID,
    is_enterprise_install: String(o.install === 'org-wide'),
    response_url: o.responseUrl,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  }).toString();
}

/** The Events API `event_callback` envelope; an org-wide install has no team in its authorization. */
export function envelope(event: Json, o: { install?: Install; extShared?: boolean } = {}): string {
  const orgWide = o.install === 'org-wide';
  const grid = orgWide || o.install === 'grid';
  return JSON.stringify({
    token: TOKEN,
    team_id: TEAM_ID,
    ...(grid ? { enterprise_id: ENTERPRISE.id, context_enterprise_id: ENTERPRISE.id } : {}),
    context_team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: nextEventId(),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: grid ? ENTERPRISE.id : null, team_id: orgWide ? null : TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: orgWide },
    ],
    is_ext_shared_channel: o.extShared ?? false,
    event_context: '4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMFRFU1QiLCJhaWQiOiJBMEFSQ0gifQ',
  });
}

/** A rich_text block with one section, as Slack attaches to every message a person writes. */
export function richText(elements: Json[]): Json[] {
  return [{ type: 'rich_text', block_id: 'Aa1b', elements: [{ type: 'rich_text_section', elements }] }];
}

/** What a person wrote, as the message fields Slack sends for it (`text` carries Slack's markup). */
export function written(text: string, elements: Json[], user: Person, channel: string, extra: Json = {}): Json & { ts: string } {
  const ts = nextTs();
  return {
    client_msg_id: '5b1a3c57-8d2e-4f0a-9c1b-7e6d5c4b3a29',
    type: 'message',
    text,
    user: user.id,
    ts,
    blocks: richText(elements),
    team: TEAM_ID,
    channel,
    event_ts: ts,
    ...extra,
  };
}

/** `app_mention`: the same fields as a message, typed app_mention, with no channel_type. */
export function mention(text: string, elements: Json[], user: Person, channel: string, extra: Json = {}): Json & { ts: string } {
  return { ...written(`<@${BOT_USER_ID}> ${text}`, [{ type: 'user', user_id: BOT_USER_ID }, ...elements], user, channel, extra), type: 'app_mention' };
}

/** `message.im`: a message in the bot's DM. */
export function directMessage(text: string, user: Person, channel: string, extra: Json = {}): Json & { ts: string } {
  return written(text, [{ type: 'text', text }], user, channel, { channel_type: 'im', ...extra });
}

/** A `file` object as a `file_share` message carries it. */
export function sharedFile(user: Person): Json {
  return {
    id: 'F0SHOT',
    created: 1_712_000_000,
    timestamp: 1_712_000_000,
    name: 'cluster.png',
    title: 'cluster.png',
    mimetype: 'image/png',
    filetype: 'png',
    pretty_type: 'PNG',
    user: user.id,
    user_team: TEAM_ID,
    editable: false,
    size: 48_213,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: false,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: 'https://files.slack.com/files-pri/T0TEST-F0SHOT/cluster.png',
    permalink: 'https://archbot-test.slack.com/files/U0ALICE/F0SHOT/cluster.png',
  };
}

export function homeOpened(user: Person, tab: 'home' | 'messages', channel: string): Json {
  return {
    type: 'app_home_opened',
    user: user.id,
    channel,
    event_ts: nextTs(),
    tab,
    ...(tab === 'home' ? { view: homeViewState() } : {}),
  };
}

function homeViewState(): Json {
  return {
    id: 'V0HOME',
    team_id: TEAM_ID,
    type: 'home',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    state: { values: {} },
    hash: '1712000000.AbCdEf12',
    clear_on_close: false,
    notify_on_close: false,
    root_view_id: 'V0HOME',
    app_id: APP_ID,
    external_id: '',
    app_installed_team_id: TEAM_ID,
    bot_id: BOT_ID,
  };
}

export interface ClickOptions {
  user: Person;
  button: Button;
  install?: Install;
  /** The clicked message; undefined for a click in the App Home. */
  message?: FakeMessage;
  responseUrl?: string;
  /** The clicked message already has replies, so Slack shows it as a thread's parent. */
  replies?: number;
}

/** A `block_actions` interaction as Slack posts it: the form field `payload`. */
export function blockActions(o: ClickOptions): string {
  const install = o.install ?? 'workspace';
  const grid = install !== 'workspace';
  const m = o.message;
  const team = install === 'org-wide' ? null : { id: TEAM_ID, domain: 'archbot-test', ...(grid ? { enterprise_id: ENTERPRISE.id, enterprise_name: ENTERPRISE.name } : {}) };
  const threadTs = o.replies ? m?.ts : m?.threadTs;
  const payload = {
    type: 'block_actions',
    // Grid reports the org (E…) as a person's team_id.
    user: { id: o.user.id, username: o.user.name, name: o.user.name, team_id: grid ? ENTERPRISE.id : TEAM_ID },
    api_app_id: APP_ID,
    token: TOKEN,
    container: m
      ? { type: 'message', message_ts: m.ts, channel_id: m.channel, is_ephemeral: m.ephemeral, ...(m.threadTs ? { thread_ts: m.threadTs } : {}) }
      : { type: 'view', view_id: 'V0HOME' },
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    team,
    enterprise: grid ? { ...ENTERPRISE } : null,
    is_enterprise_install: install === 'org-wide',
    ...(m ? { channel: { id: m.channel, name: m.channel.startsWith('D') ? 'directmessage' : 'general' } } : { view: { ...homeViewState(), blocks: [] } }),
    // Ephemeral messages are not stored, so Slack sends no `message` for them.
    ...(m && !m.ephemeral ? { message: storedMessage(m, threadTs, o.replies) } : {}),
    state: { values: {} },
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    actions: [
      {
        action_id: o.button.actionId,
        block_id: 'Xy9z',
        text: { type: 'plain_text', text: o.button.label, emoji: true },
        ...(o.button.style ? { style: o.button.style } : {}),
        type: 'button',
        action_ts: nextTs(),
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

function storedMessage(m: FakeMessage, threadTs: string | undefined, replies: number | undefined): Json {
  return {
    type: 'message',
    text: m.text,
    ts: m.ts,
    bot_id: BOT_ID,
    app_id: APP_ID,
    user: BOT_USER_ID,
    team: TEAM_ID,
    blocks: m.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(threadTs && threadTs !== m.ts ? { parent_user_id: BOT_USER_ID } : {}),
    ...(replies ? { reply_count: replies, reply_users_count: 1, latest_reply: nextTs(), reply_users: ['U0BOB'], is_locked: false, subscribed: false } : {}),
  };
}

// What Slack accepts: the arguments of chat.postMessage, chat.postEphemeral, chat.update,
// views.publish and a response_url POST, and Block Kit's limits (docs.slack.dev/reference/block-kit).
// A request breaking one is refused by Slack (invalid_blocks, invalid_arguments) or shows nothing.

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The WebClient sends objects inside forms as JSON strings. */
const parsed = (v: unknown): unknown => (typeof v === 'string' && /^[[{]/.test(v) ? (JSON.parse(v) as unknown) : v);
const isBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean' || v === 'true' || v === 'false';
const TS = /^\d+\.\d+$/;

/** Every rule a call breaks, as `method: problem`; empty when Slack would take them all. */
export function documentedProblems(calls: readonly { method: string; args: Json }[]): string[] {
  return calls.flatMap((call) => callProblems(call.method, call.args).map((p) => `${call.method}: ${p}`));
}

function callProblems(method: string, a: Json): string[] {
  const p: string[] = [];
  const need = (...keys: string[]): void => keys.forEach((k) => (typeof a[k] !== 'string' || a[k] === '') && p.push(`${k} missing`));
  switch (method) {
    case 'chat.postMessage':
      need('channel');
      message(a, p);
      if (a.thread_ts !== undefined && !TS.test(String(a.thread_ts))) p.push('thread_ts is not a message ts');
      break;
    case 'chat.postEphemeral':
      need('channel', 'user');
      message(a, p);
      break;
    case 'chat.update':
      need('channel', 'ts');
      message(a, p);
      break;
    case 'response_url':
      message(a, p);
      if (a.response_type !== undefined && a.response_type !== 'ephemeral' && a.response_type !== 'in_channel') p.push(`response_type ${String(a.response_type)}`);
      break;
    case 'views.publish': {
      need('user_id');
      const view = parsed(a.view);
      if (!isObj(view) || view.type !== 'home') p.push('view is not a home view');
      else blocks(view.blocks, 100, p);
      break;
    }
    case 'users.info':
      need('user');
      break;
    case 'conversations.open':
      need('users');
      break;
  }
  return p;
}

function message(a: Json, p: string[]): void {
  // With blocks, `text` is what notifications and screen readers show.
  if (typeof a.text !== 'string' || a.text.trim() === '') p.push('no top-level text');
  if (a.blocks !== undefined) blocks(parsed(a.blocks), 50, p);
  for (const k of ['unfurl_links', 'unfurl_media', 'replace_original', 'delete_original', 'mrkdwn']) if (!isBool(a[k])) p.push(`${k} is not a boolean`);
}

function blocks(value: unknown, max: number, p: string[]): void {
  if (!Array.isArray(value)) {
    p.push('blocks is not an array');
    return;
  }
  if (value.length > max) p.push(`${value.length} blocks (at most ${max})`);
  const actionIds: string[] = [];
  value.forEach((b: unknown, i) => p.push(...blockProblems(b, actionIds).map((x) => `block ${i} (${isObj(b) ? String(b.type) : '?'}): ${x}`)));
  if (new Set(actionIds).size !== actionIds.length) p.push('an action_id is used twice in one message');
}

function text(t: unknown, max: number, p: string[], what: string, plainOnly = false): void {
  if (!isObj(t) || typeof t.text !== 'string') {
    p.push(`${what} is not a text object`);
    return;
  }
  if (t.type !== 'plain_text' && (plainOnly || t.type !== 'mrkdwn')) p.push(`${what} has type ${String(t.type)}`);
  if (t.text.length < 1 || t.text.length > max) p.push(`${what} has ${t.text.length} characters (1 to ${max})`);
  if (t.emoji !== undefined && t.type !== 'plain_text') p.push(`${what}: emoji is only for plain_text`);
}

function list(value: unknown, max: number, what: string, p: string[]): unknown[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) {
    p.push(`${what}: ${Array.isArray(value) ? value.length : 'no'} items (1 to ${max})`);
    return [];
  }
  return value;
}

function blockProblems(b: unknown, actionIds: string[]): string[] {
  const p: string[] = [];
  if (!isObj(b)) return ['not an object'];
  if (b.block_id !== undefined && (typeof b.block_id !== 'string' || b.block_id.length > 255)) p.push('block_id over 255 characters');
  switch (b.type) {
    case 'divider':
      break;
    case 'header':
      text(b.text, 150, p, 'text', true);
      break;
    case 'section':
      if (b.text === undefined && b.fields === undefined) p.push('neither text nor fields');
      if (b.text !== undefined) text(b.text, 3000, p, 'text');
      if (b.fields !== undefined) list(b.fields, 10, 'fields', p).forEach((f, i) => text(f, 2000, p, `field ${i}`));
      break;
    case 'context':
      list(b.elements, 10, 'elements', p).forEach((e, i) => (isObj(e) && e.type === 'image' ? undefined : text(e, 3000, p, `element ${i}`)));
      break;
    case 'actions':
      for (const e of list(b.elements, 25, 'elements', p)) {
        if (!isObj(e) || e.type !== 'button') {
          p.push('an element that is not a button');
          continue;
        }
        text(e.text, 75, p, 'button text', true);
        if (typeof e.action_id !== 'string' || e.action_id.length > 255) p.push('button action_id missing or over 255 characters');
        else actionIds.push(e.action_id);
        if (typeof e.value === 'string' && e.value.length > 2000) p.push('button value over 2000 characters');
        if (typeof e.url === 'string' && e.url.length > 3000) p.push('button url over 3000 characters');
        if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') p.push(`button style ${String(e.style)}`);
      }
      break;
    default:
      p.push('a block type this app never sends');
  }
  return p;
}

// Discord payloads copied field for field from discord-api-docs (developers/resources/*.mdx,
// developers/events/gateway-events.mdx, developers/interactions/*.mdx), including the fields the
// adapter never reads, and a checker holding every request the bot sent to the documented rules.
import type { RecordedCall } from './fake-discord.js';
import { APP_ID, BOT_ID, GUILD_ID, snowflake, type Json } from './payloads.js';

export const BOT_ROLE_ID = '200000000000000077';
/** Permission bits (developers/topics/permissions.mdx). */
export const PERM = { VIEW_CHANNEL: 1n << 10n, SEND_MESSAGES: 1n << 11n, EMBED_LINKS: 1n << 14n, READ_MESSAGE_HISTORY: 1n << 16n, CREATE_PUBLIC_THREADS: 1n << 35n, SEND_MESSAGES_IN_THREADS: 1n << 38n } as const;
export const ALL_BOT_PERMS = Object.values(PERM).reduce((a, b) => a | b, 0n).toString();
const now = (): string => new Date().toISOString();

export function docUser(id: string, username: string, bot = false): Json {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, ...(bot ? { bot: true } : {}), public_flags: 0, flags: 0, banner: null, accent_color: null, avatar_decoration_data: null, collectibles: null, primary_guild: null };
}

/** A guild member; MESSAGE_CREATE's `member` omits `user`, an interaction's includes it with `permissions`. */
export function docMember(extra: Json = {}): Json {
  return { nick: null, avatar: null, banner: null, roles: [], joined_at: '2024-01-01T00:00:00.000000+00:00', premium_since: null, deaf: false, mute: false, flags: 0, pending: false, communication_disabled_until: null, avatar_decoration_data: null, collectibles: null, ...extra };
}

export function docTextChannel(id: string, guildId = GUILD_ID, type = 0): Json {
  return { id, type, guild_id: guildId, position: 0, permission_overwrites: [], name: 'general', topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, parent_id: null, last_pin_timestamp: null, default_auto_archive_duration: 1440, flags: 0 };
}

export function docThread(id: string, parentId: string, extra: Json = {}): Json {
  return {
    id, type: 11, guild_id: GUILD_ID, parent_id: parentId, owner_id: '400000000000000001', name: 'pods?', last_message_id: null, last_pin_timestamp: null, rate_limit_per_user: 0,
    message_count: 1, member_count: 1, total_message_sent: 1, flags: 0, applied_tags: [],
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now(), locked: false, invitable: true, create_timestamp: now() },
    ...extra,
  };
}

export function docDmChannel(id: string, recipient: Json): Json {
  return { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] };
}

/** GUILD_CREATE for a guild joined after READY (gateway-events.mdx "Guild Create", scenario 3). */
export function docGuildCreate(id: string, channels: Json[]): Json {
  const role = (roleId: string, name: string, extra: Json): Json => ({ id: roleId, name, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0, ...extra });
  return {
    id, name: 'Joined later', icon: null, icon_hash: null, splash: null, discovery_splash: null, owner_id: '400000000000000001', afk_channel_id: null, afk_timeout: 300,
    widget_enabled: false, widget_channel_id: null, verification_level: 1, default_message_notifications: 1, explicit_content_filter: 2, features: [], mfa_level: 0, application_id: null,
    system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, max_presences: null, max_members: 25000000, vanity_url_code: null, description: null, banner: null,
    premium_tier: 0, premium_subscription_count: 0, preferred_locale: 'en-US', public_updates_channel_id: null, max_video_channel_users: 25, max_stage_video_channel_users: 50,
    nsfw_level: 0, premium_progress_bar_enabled: false, safety_alerts_channel_id: null, incidents_data: null, emojis: [], stickers: [],
    roles: [role(id, '@everyone', { permissions: ALL_BOT_PERMS }), role(BOT_ROLE_ID, 'archbot', { position: 1, managed: true, permissions: ALL_BOT_PERMS, tags: { bot_id: BOT_ID } })],
    joined_at: now(), large: false, unavailable: false, member_count: 2, voice_states: [], members: [{ ...docMember({ roles: [BOT_ROLE_ID] }), user: docUser(BOT_ID, 'archbot', true) }],
    channels, threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

/** MESSAGE_CREATE (message.mdx "Message Structure" + gateway-events.mdx extra fields). */
export function docMessage(fields: { channel_id: string; author: Json; content: string } & Json): Json {
  return {
    id: snowflake(), type: 0, timestamp: now(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], mention_channels: [],
    attachments: [], embeds: [], components: [], pinned: false, flags: 0, nonce: snowflake(), ...fields,
  };
}

export interface Place {
  guildId?: string;
  channel: Json;
  user: Json;
  appPermissions?: string;
}

/** An interaction (receiving-and-responding.mdx "Interaction Structure"): `member` in a guild, `user` in a DM. */
export function docInteraction(type: number, place: Place, data: Json, message?: Json): Json {
  const inGuild = place.guildId !== undefined;
  return {
    id: snowflake(), application_id: APP_ID, type, data, token: `aW50ZXJhY3Rpb246${snowflake()}`, version: 1,
    channel: place.channel, channel_id: place.channel.id, locale: 'en-GB', entitlements: [], attachment_size_limit: 10485760,
    // DMs with the bot also carry EMBED_LINKS and friends (the *** note under the structure).
    app_permissions: place.appPermissions ?? ALL_BOT_PERMS,
    authorizing_integration_owners: { 0: inGuild ? place.guildId : '0' },
    context: inGuild ? 0 : 1,
    ...(inGuild ? { guild_id: place.guildId, guild: { id: place.guildId, locale: 'en-US', features: [] }, guild_locale: 'en-US', member: { ...docMember({ permissions: '2248473465835073' }), user: place.user } } : { user: place.user }),
    ...(message ? { message } : {}),
  };
}

/** `/arch <sub>` as APPLICATION_COMMAND, or APPLICATION_COMMAND_AUTOCOMPLETE when an option is focused. */
export function docCommandData(sub: string, options: Json[] = [], guildId?: string): Json {
  // A subcommand's own `options` is optional in the docs; a subcommand without parameters leaves it out.
  const subcommand = { type: 1, name: sub, ...(options.length > 0 ? { options } : {}) };
  return { id: '700000000000000001', name: 'arch', type: 1, version: '700000000000000002', options: [subcommand], ...(guildId ? { guild_id: guildId } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The checker: every request against the documented rules.

export interface Dispatched {
  id: string;
  token: string;
  type: number;
  at: number;
}

const CALLBACK_TYPES: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
const EPHEMERAL = 64;
const SUPPRESS = 4 | 4096;

function checkEmbeds(embeds: unknown, problems: string[]): void {
  if (!Array.isArray(embeds)) return void problems.push('embeds is not an array');
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  const len = (s: unknown): number => (typeof s === 'string' ? s.trim().length : 0);
  for (const e of embeds as Json[]) {
    const fields = (e.fields as Json[] | undefined) ?? [];
    const footer = (e.footer as Json | undefined)?.text;
    if (len(e.title) > 256) problems.push(`embed title ${len(e.title)} > 256`);
    if (len(e.description) > 4096) problems.push(`embed description ${len(e.description)} > 4096`);
    if (fields.length > 25) problems.push(`${fields.length} embed fields > 25`);
    for (const f of fields) {
      if (len(f.name) < 1 || len(f.name) > 256) problems.push(`field name length ${len(f.name)} not 1-256`);
      if (len(f.value) < 1 || len(f.value) > 1024) problems.push(`field value length ${len(f.value)} not 1-1024`);
    }
    if (len(footer) > 2048) problems.push(`footer ${len(footer)} > 2048`);
    if (e.color !== undefined && (!Number.isInteger(e.color) || Number(e.color) < 0 || Number(e.color) > 0xffffff)) problems.push('embed color not a 24-bit integer');
    total += len(e.title) + len(e.description) + len(footer) + len((e.author as Json | undefined)?.name) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
}

function checkComponents(rows: unknown, problems: string[]): void {
  if (!Array.isArray(rows)) return void problems.push('components is not an array');
  if (rows.length > 5) problems.push(`${rows.length} action rows (max 5)`);
  const ids = new Set<string>();
  for (const row of rows as Json[]) {
    const buttons = (row.components as Json[] | undefined) ?? [];
    if (row.type !== 1) problems.push(`top-level component type ${String(row.type)} is not an action row`);
    if (buttons.length < 1 || buttons.length > 5) problems.push(`action row with ${buttons.length} buttons (1-5)`);
    for (const b of buttons) {
      const label = typeof b.label === 'string' ? b.label : '';
      const id = typeof b.custom_id === 'string' ? b.custom_id : '';
      if (b.type !== 2 || ![1, 2, 3, 4].includes(Number(b.style))) problems.push(`unexpected component ${JSON.stringify(b)}`);
      if (label.length > 80 || (label.trim() === '' && b.emoji === undefined)) problems.push(`button label "${label}" not 1-80`);
      if (id.length < 1 || id.length > 100) problems.push(`custom_id length ${id.length} not 1-100`);
      if (ids.has(id)) problems.push(`custom_id ${id} repeated in one message`);
      ids.add(id);
    }
  }
}

/** A message body (Create Message, callback data, follow-up, edit). */
export function checkMessage(body: Json, options: { create: boolean; flags: number }): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(body)) if (/[A-Z]/.test(key)) problems.push(`camelCase key ${key} (the API is snake_case)`);
  const content = typeof body.content === 'string' ? body.content : '';
  if (content.length > 2000) problems.push(`content ${content.length} > 2000`);
  const has = content.trim() !== '' || (Array.isArray(body.embeds) && body.embeds.length > 0) || (Array.isArray(body.components) && body.components.length > 0);
  if (options.create && !has) problems.push('no content, embeds or components');
  if (body.embeds !== undefined) checkEmbeds(body.embeds, problems);
  if (body.components !== undefined) checkComponents(body.components, problems);
  const flags = Number(body.flags ?? 0);
  if ((flags & ~options.flags) !== 0) problems.push(`flags ${flags} not allowed here`);
  const mentions = body.allowed_mentions as Json | undefined;
  if (mentions) {
    const parse = (mentions.parse as unknown[] | undefined) ?? [];
    if (parse.some((p) => !['roles', 'users', 'everyone'].includes(String(p)))) problems.push(`allowed_mentions.parse ${JSON.stringify(parse)}`);
    if (parse.includes('users') && mentions.users !== undefined) problems.push('allowed_mentions has parse users and users');
  }
  const ref = body.message_reference as Json | undefined;
  if (ref && !/^\d+$/.test(String(ref.message_id))) problems.push('message_reference without a message_id');
  return problems;
}

/** Bulk overwrite body (application-commands.mdx: naming regex, 1-100 descriptions, option types, contexts). */
export function checkCommands(body: unknown): string[] {
  const problems: string[] = [];
  const name = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
  const checkOption = (o: Json, depth: number): void => {
    if (!name.test(String(o.name)) || String(o.name) !== String(o.name).toLowerCase()) problems.push(`option name "${String(o.name)}"`);
    const d = String(o.description ?? '');
    if (d.length < 1 || d.length > 100) problems.push(`option ${String(o.name)} description length ${d.length}`);
    if (!Number.isInteger(o.type) || Number(o.type) < 1 || Number(o.type) > 11) problems.push(`option type ${String(o.type)}`);
    if ([1, 2].includes(Number(o.type)) && o.required !== undefined) problems.push(`subcommand ${String(o.name)} sets required`);
    if (o.autocomplete === true && o.choices !== undefined) problems.push(`${String(o.name)}: autocomplete with choices`);
    const children = (o.options as Json[] | undefined) ?? [];
    if (children.length > 25) problems.push(`${String(o.name)} has ${children.length} options`);
    if (depth > 1 && [1, 2].includes(Number(o.type))) problems.push('subcommands nested too deep');
    let optional = false;
    for (const c of children) {
      if (c.required === true && optional) problems.push(`required option ${String(c.name)} after an optional one`);
      if (c.required !== true) optional = true;
      checkOption(c, depth + 1);
    }
  };
  if (!Array.isArray(body)) return ['command list is not an array'];
  for (const c of body as Json[]) {
    if ((c.type ?? 1) !== 1) problems.push(`command type ${String(c.type)}`);
    checkOption({ ...c, type: 1 }, 0);
    for (const k of c.contexts as unknown[] | undefined ?? []) if (![0, 1, 2].includes(Number(k))) problems.push(`context ${String(k)}`);
    for (const k of c.integration_types as unknown[] | undefined ?? []) if (![0, 1].includes(Number(k))) problems.push(`integration type ${String(k)}`);
    // "combined name, description, and value properties for each command, its options … and choices"
    const size = (o: Json): number =>
      String(o.name ?? '').length + String(o.description ?? '').length + String(o.value ?? '').length +
      [...((o.options as Json[] | undefined) ?? []), ...((o.choices as Json[] | undefined) ?? [])].reduce((n, x) => n + size(x), 0);
    if (size(c) > 8000) problems.push(`command text ${size(c)} > 8000 characters`);
  }
  return problems;
}

/** Every rule broken by `calls`, as readable lines; `dispatched` are the interactions sent so far. */
export function violations(calls: RecordedCall[], dispatched: Dispatched[]): string[] {
  const out: string[] = [];
  const answered = new Map<string, number>();
  for (const call of calls) {
    const at = `${call.method} ${call.path.replace(/\/(interactions\/\d+|webhooks\/\d+)\/[^/]+/, '/$1/{token}')}`;
    const body = (call.body ?? {}) as Json;
    const problems: string[] = [];
    let m: RegExpMatchArray | null;
    if (call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path)) problems.push(...checkMessage(body, { create: true, flags: SUPPRESS }));
    else if (call.method === 'POST' && (m = call.path.match(/^\/channels\/\d+\/messages\/\d+\/threads$/))) {
      const name = String(body.name ?? '');
      if (name.length < 1 || name.length > 100) problems.push(`thread name length ${name.length} not 1-100`);
      if (body.auto_archive_duration !== undefined && ![60, 1440, 4320, 10080].includes(Number(body.auto_archive_duration))) problems.push(`auto_archive_duration ${String(body.auto_archive_duration)}`);
    } else if (call.method === 'POST' && (m = call.path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const source = dispatched.find((d) => d.token === m?.[2]);
      const type = Number(body.type);
      if (!source || source.id !== m[1]) problems.push('callback for an interaction never dispatched');
      else {
        if (answered.has(source.token)) problems.push('second callback for one interaction (only one is allowed)');
        answered.set(source.token, call.at);
        if (call.at - source.at > 3000) problems.push(`first response after ${call.at - source.at} ms (max 3 s)`);
        if (!(CALLBACK_TYPES[source.type] ?? []).includes(type)) problems.push(`callback type ${type} for interaction type ${source.type}`);
      }
      const data = (body.data ?? {}) as Json;
      if (type === 4 || type === 7) problems.push(...checkMessage(data, { create: type === 4, flags: SUPPRESS | EPHEMERAL }));
      if (type === 5 && (Number(data.flags ?? 0) & ~EPHEMERAL) !== 0) problems.push('a deferred response may only set EPHEMERAL');
      if (type === 6 && body.data !== undefined) problems.push('DEFERRED_UPDATE_MESSAGE carries data');
      if (type === 8) {
        const choices = (data.choices as Json[] | undefined) ?? [];
        if (choices.length > 25) problems.push(`${choices.length} autocomplete choices (max 25)`);
        for (const c of choices) {
          if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) problems.push(`choice name ${JSON.stringify(c.name)}`);
          if (typeof c.value !== 'string' || c.value.length > 100) problems.push(`choice value ${JSON.stringify(c.value)}`);
        }
      }
    } else if ((m = call.path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/[^/]+)?$/))) {
      if (m[1] !== APP_ID) problems.push(`webhook for application ${m[1]}`);
      if (!answered.has(m[2] ?? '')) problems.push('follow-up or edit before the interaction was answered');
      if (call.method !== 'GET') problems.push(...checkMessage(body, { create: call.method === 'POST', flags: SUPPRESS | EPHEMERAL }));
    } else if (call.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(call.path)) problems.push(...checkCommands(call.body));
    else if (!(call.method === 'GET' && /^\/(gateway\/bot|channels\/\d+)$/.test(call.path))) problems.push('not a route archbot is expected to call');
    out.push(...problems.map((p) => `${at}: ${p}`));
  }
  return out;
}

// Discord API payload factories for the fake: just the fields discord.js reads, in API shape
// (snake_case, v10). Ids are fixed so tests can name them.
import { SHIPPED_CHECKLIST } from '../../../helpers/decide.js';


export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const USER_ID = '400000000000000001';
export const OTHER_USER_ID = '400000000000000002';
export const OTHER_BOT_ID = '400000000000000009';
export const DM_CHANNEL_ID = '500000000000000001';

const TEXT = 0;
const DM = 1;
export const DM_CHANNEL_TYPE = DM;
const PUBLIC_THREAD = 11;

let next = 900_000_000_000_000_000n;
/** Unique, increasing ids (like snowflakes: later is larger). */
export function snowflake(): string {
  next += 1n;
  return next.toString();
}

export type Json = Record<string, unknown>;

export function user(id: string, username: string, bot = false): Json {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot };
}

export const botUser = (): Json => user(BOT_ID, 'archbot', true);
export const person = (id = USER_ID, name = 'ada'): Json => user(id, name);

export function textChannel(id = CHANNEL_ID): Json {
  return { id, type: TEXT, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
}

export function threadChannel(id: string, parentId = CHANNEL_ID, name = 'a thread'): Json {
  return {
    id,
    type: PUBLIC_THREAD,
    guild_id: GUILD_ID,
    parent_id: parentId,
    name,
    owner_id: BOT_ID,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    flags: 0,
  };
}

export function dmChannel(id = DM_CHANNEL_ID, recipient = person()): Json {
  return { id, type: DM, last_message_id: null, recipients: [recipient] };
}

export function ready(gatewayUrl: string): Json {
  return {
    v: 10,
    user: { ...botUser(), verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: 'fake-session',
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: APP_ID, flags: 0 },
  };
}

export function guildCreate(): Json {
  return {
    id: GUILD_ID,
    name: 'Test server',
    icon: null,
    owner_id: USER_ID,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    nsfw_level: 0,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0 }],
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [],
    voice_states: [],
    channels: [textChannel()],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** A message as the API returns and the gateway dispatches it. */
export function message(fields: { channel_id: string; author: Json; content?: string; guild_id?: string; mentions?: Json[] } & Json): Json {
  return {
    id: snowflake(),
    type: 0,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...fields,
  };
}

/** Where an interaction happens: a guild channel or thread (with a member) or a DM (with a user). */
export interface Origin {
  channel: Json;
  guild: boolean;
  user?: Json;
}

export const inDm = (): Origin => ({ channel: dmChannel(), guild: false });
export const inChannel = (): Origin => ({ channel: textChannel(), guild: true });
export const inThread = (id: string): Origin => ({ channel: threadChannel(id), guild: true });

function interactionBase(type: number, origin: Origin): Json {
  const who = origin.user ?? person();
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    channel: origin.channel,
    channel_id: origin.channel.id,
    locale: 'en-US',
    app_permissions: '277025508352',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: origin.guild ? 0 : 1,
    ...(origin.guild
      ? { guild_id: GUILD_ID, guild_locale: 'en-US', member: { user: who, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '1024' } }
      : { user: who }),
  };
}

/** `/arch <sub> [question:<text>]` (type 2). */
export function slashCommand(sub: string, origin: Origin, question?: string): Json {
  const options = question === undefined ? [] : [{ type: 3, name: 'question', value: question }];
  return { ...interactionBase(2, origin), data: { id: '700000000000000001', name: 'arch', type: 1, options: [{ type: 1, name: sub, options }] } };
}

/** `/arch decide checklist:<id>`, by default the shipped checklist, as a test that means it starts it (test/helpers/decide.ts). */
export function decideCommand(origin: Origin, checklist = SHIPPED_CHECKLIST): Json {
  const options = [{ type: 3, name: 'checklist', value: checklist }];
  return { ...interactionBase(2, origin), data: { id: '700000000000000001', name: 'arch', type: 1, options: [{ type: 1, name: 'decide', options }] } };
}

/** Typing in `/arch ask question:` (type 4). */
export function autocomplete(typed: string, origin: Origin = inChannel()): Json {
  const options = [{ type: 1, name: 'ask', options: [{ type: 3, name: 'question', value: typed, focused: true }] }];
  return { ...interactionBase(4, origin), data: { id: '700000000000000001', name: 'arch', type: 1, options } };
}

/** A button click (type 3) on `source`, a message the bot posted. */
export function buttonClick(customId: string, source: Json, origin: Origin): Json {
  return { ...interactionBase(3, origin), message: source, data: { custom_id: customId, component_type: 2 } };
}

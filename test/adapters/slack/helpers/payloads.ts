// Slack's documented request shapes, built the way Slack sends them: a slash command as a form
// body, an interaction as a form body with a JSON `payload` field, an event as a JSON
// `event_callback` envelope. Ids follow Slack's prefixes (T team, C channel, D DM, U user).

export const TEAM_ID = 'T0TEST';
export const APP_ID = 'A0ARCH';
export const BOT_USER_ID = 'U0BOT';
export const BOT_ID = 'B0BOT';
export const CHANNEL_ID = 'C0GENERAL';
export const DM_CHANNEL_ID = 'D0ALICE';

export interface Person {
  id: string;
  name: string;
}

export const ALICE: Person = { id: 'U0ALICE', name: 'alice' };
export const BOB: Person = { id: 'U0BOB', name: 'bob' };
/** People the fake's users.info knows. */
export const PEOPLE: readonly Person[] = [ALICE, BOB];

let counter = 0;
/** A Slack message timestamp: seconds, a dot, six digits; unique and increasing within a run. */
export function nextTs(): string {
  counter += 1;
  return `${1_712_000_000 + counter}.${String(counter).padStart(6, '0')}`;
}

export function nextEventId(): string {
  counter += 1;
  return `Ev0${counter.toString(36).toUpperCase().padStart(8, '0')}`;
}

export function slashCommandForm(options: { text: string; user: Person; channel: string; responseUrl: string; command?: string }): string {
  const dm = options.channel.startsWith('D');
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'archbot-test',
    channel_id: options.channel,
    channel_name: dm ? 'directmessage' : 'general',
    user_id: options.user.id,
    user_name: options.user.name,
    command: options.command ?? '/arch',
    text: options.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: `${Date.now()}.1.abc`,
  }).toString();
}

export type EventBody = Record<string, unknown>;

/** The Events API's outer envelope around one event. */
export function eventCallback(event: EventBody, eventId = nextEventId()): EventBody {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    context_team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** A person's message in the bot's DM (the `message.im` subscription). */
export function directMessage(text: string, user: Person = ALICE, extra: EventBody = {}): EventBody & { ts: string } {
  const ts = nextTs();
  return { type: 'message', channel: DM_CHANNEL_ID, user: user.id, text, ts, event_ts: ts, team: TEAM_ID, channel_type: 'im', ...extra };
}

/** `@archbot …` in a channel; `thread_ts` when written inside a thread. */
export function appMention(text: string, options: { user?: Person; channel?: string; threadTs?: string } = {}): EventBody & { ts: string } {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: (options.user ?? ALICE).id,
    text: `<@${BOT_USER_ID}> ${text}`,
    ts,
    event_ts: ts,
    channel: options.channel ?? CHANNEL_ID,
    team: TEAM_ID,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
}

export function appHomeOpened(user: Person = ALICE, tab = 'home'): EventBody {
  return { type: 'app_home_opened', user: user.id, channel: DM_CHANNEL_ID, tab, event_ts: nextTs() };
}

export interface ClickTarget {
  /** Where the clicked message is; undefined for a click in the App Home view. */
  message?: { ts: string; channel: string; threadTs?: string; ephemeral: boolean; text: string; blocks: unknown[] };
  actionId: string;
  label: string;
  user: Person;
  /** Slack gives message clicks a response_url; clicks in the App Home view have none. */
  responseUrl?: string;
}

/** A `block_actions` interaction for one button click, as the form field `payload`. */
export function blockActionsForm(target: ClickTarget): string {
  const { message } = target;
  const container = message
    ? { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: message.ephemeral, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) }
    : { type: 'view', view_id: 'V0HOME' };
  const payload = {
    type: 'block_actions',
    user: { id: target.user.id, username: target.user.name, name: target.user.name, team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    container,
    trigger_id: `${Date.now()}.2.def`,
    team: { id: TEAM_ID, domain: 'archbot-test' },
    enterprise: null,
    is_enterprise_install: false,
    ...(message
      ? {
          channel: { id: message.channel, name: message.channel.startsWith('D') ? 'directmessage' : 'general' },
          // Slack leaves `message` out for ephemeral messages: there is nothing stored to send.
          ...(message.ephemeral
            ? {}
            : { message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, ts: message.ts, text: message.text, blocks: message.blocks, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) } }),
        }
      : { view: { id: 'V0HOME', type: 'home', team_id: TEAM_ID, app_id: APP_ID, bot_id: BOT_ID, blocks: [] } }),
    state: { values: {} },
    ...(target.responseUrl ? { response_url: target.responseUrl } : {}),
    actions: [
      { action_id: target.actionId, block_id: 'b1', text: { type: 'plain_text', text: target.label, emoji: true }, type: 'button', action_ts: nextTs() },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

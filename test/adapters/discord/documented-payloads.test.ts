import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../src/adapters/discord/register-commands.js';
import { readConfig } from '../../../src/config.js';
import { realKb } from '../../helpers/kb.js';
import { DECIDE, SHIPPED_CHECKLIST } from '../../helpers/decide.js';
import type { RecordedCall } from './helpers/fake-discord.js';
import { callbacks, newestWithButton, posts, shownText, startHarness, textOf, type Harness } from './helpers/harness.js';
import { APP_ID, BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, USER_ID, snowflake, type Json } from './helpers/payloads.js';
import {
  ALL_BOT_PERMS, BOT_ROLE_ID, PERM, checkCommands, docCommandData, docDmChannel, docGuildCreate, docInteraction, docMember, docMessage, docTextChannel, docThread, docUser, violations,
  type Dispatched, type Place,
} from './helpers/documented.js';

// Every payload here is shaped as discord-api-docs documents it (full field sets, fields the
// adapter never reads included), and every request archbot sends is held to the documented rules
// after each test (see helpers/documented.ts).

const ada = docUser(USER_ID, 'ada');
const botMention = { ...docUser(BOT_ID, 'archbot', true), member: docMember({ roles: [BOT_ROLE_ID] }) };
const inGuild = (channel: Json = docTextChannel(CHANNEL_ID), appPermissions = ALL_BOT_PERMS): Place => ({ guildId: GUILD_ID, channel, user: ada, appPermissions });
const inDm = (): Place => ({ channel: docDmChannel(DM_CHANNEL_ID, ada), user: ada });
const question = (value: string, focused?: boolean): Json => ({ type: 3, name: 'question', value, ...(focused ? { focused } : {}) });

let h: Harness;
let sent: Dispatched[] = [];
beforeEach(async () => {
  sent = [];
  h = await startHarness();
});
afterEach(async () => {
  const broken = violations(h.fake.calls, sent);
  await h.close();
  expect(broken).toEqual([]);
});

/** Dispatches a documented interaction and waits for what it causes. */
async function interact(payload: Json, count = 1): Promise<RecordedCall[]> {
  sent.push({ id: String(payload.id), token: String(payload.token), type: Number(payload.type), at: Date.now() });
  const from = h.mark();
  h.fake.interact(payload);
  return h.fake.settle(from, { count });
}

async function say(message: Json, options: { count?: number; timeoutMs?: number } = {}): Promise<RecordedCall[]> {
  const from = h.mark();
  h.fake.dispatch('MESSAGE_CREATE', message);
  return h.fake.settle(from, options);
}

const THREADS = /^\/channels\/\d+\/messages\/\d+\/threads$/;
const MISSING_PERMISSIONS = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };

/**
 * What the person reads after Discord refused to open a thread: the decision's first question, or
 * word that there is no thread; not just "Answer in the thread" with no thread to answer in.
 */
function afterRefusal(calls: RecordedCall[]): string {
  const refused = calls.findIndex((c) => THREADS.test(c.path));
  expect(refused).toBeGreaterThan(-1);
  return shownText(calls.slice(refused + 1));
}

/** A bot message the fake stored, as the full documented message object a click carries. */
function clicked(stored: Json): Json {
  return { ...docMessage({ channel_id: String(stored.channel_id), author: docUser(BOT_ID, 'archbot', true), content: '' }), ...stored, application_id: APP_ID };
}

describe('discord messages shaped as documented', () => {
  it('answers a guild mention in the nickname form <@!id>, as a reply that pings no one', async () => {
    const asked = docMessage({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, channel_type: 0, author: ada, member: docMember(), content: `<@!${BOT_ID}> what is etcd`, mentions: [botMention] });
    const calls = await say(asked);
    const [reply] = posts(calls, CHANNEL_ID);
    expect(reply?.body).toMatchObject({ message_reference: { message_id: asked.id }, allowed_mentions: { parse: [] }, embeds: [{ title: 'etcd' }] });
    expect(shownText(calls)).toMatch(/key-value/);
  });

  it('answers a reply that pings it (type 19, no mention in the text) and ignores one that does not', async () => {
    const answer = (await say(docMessage({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, channel_type: 0, author: ada, member: docMember(), content: `<@${BOT_ID}> what is etcd`, mentions: [botMention] })))
      .map((c) => c.body as Json)[0];
    const botMessage = [...h.fake.messages.values()].at(-1) ?? {};
    expect(textOf(answer)).toMatch(/etcd/);
    const reply = (pings: boolean): Json =>
      docMessage({
        type: 19, channel_id: CHANNEL_ID, guild_id: GUILD_ID, channel_type: 0, author: ada, member: docMember(),
        // Without the Message Content intent, text arrives only where the app is mentioned.
        content: pings ? 'and what is a pod' : '', mentions: pings ? [botMention] : [],
        message_reference: { type: 0, message_id: botMessage.id, channel_id: CHANNEL_ID, guild_id: GUILD_ID }, referenced_message: clicked(botMessage),
      });
    h.fake.dispatch('MESSAGE_CREATE', reply(false));
    const calls = await say(reply(true));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(shownText(calls)).toMatch(/Pods/);
  });

  it('answers a documented DM (no guild_id, no member, channel_type 1) without a reply reference', async () => {
    const calls = await say(docMessage({ channel_id: DM_CHANNEL_ID, channel_type: 1, author: ada, content: 'what is etcd' }));
    const [reply] = posts(calls, DM_CHANNEL_ID);
    expect(reply?.body).toMatchObject({ embeds: [{ title: 'etcd' }], allowed_mentions: { parse: [] } });
    expect(reply?.body).not.toHaveProperty('message_reference');
  });

  it('answers a DM whose MESSAGE_CREATE leaves out the optional channel_type', async () => {
    const calls = await say(docMessage({ channel_id: DM_CHANNEL_ID, author: ada, content: 'what is etcd' }), { timeoutMs: 1_500 });
    expect(shownText(posts(calls, DM_CHANNEL_ID))).toMatch(/key-value/);
  });

  it('answers a mention in a thread it has never seen, inside that thread', async () => {
    const threadId = snowflake();
    h.fake.override('GET', new RegExp(`^/channels/${threadId}$`), { status: 200, body: docThread(threadId, CHANNEL_ID) });
    const calls = await say(docMessage({ channel_id: threadId, guild_id: GUILD_ID, channel_type: 11, author: ada, member: docMember(), content: `<@${BOT_ID}> what is a pod`, mentions: [botMention] }));
    expect(posts(calls, CHANNEL_ID)).toHaveLength(0);
    expect(shownText(posts(calls, threadId))).toMatch(/Pods/);
  });

  it('answers in a server it joined after connecting (GUILD_CREATE with the documented guild object)', async () => {
    const guildId = '200000000000000002';
    const channelId = '300000000000000002';
    h.fake.dispatch('GUILD_CREATE', docGuildCreate(guildId, [docTextChannel(channelId, guildId)]));
    const calls = await say(docMessage({ channel_id: channelId, guild_id: guildId, channel_type: 0, author: ada, member: docMember(), content: `<@${BOT_ID}> what is etcd`, mentions: [botMention] }));
    expect(posts(calls, channelId)[0]?.body).toMatchObject({ message_reference: { message_id: expect.any(String) }, embeds: [{ title: 'etcd' }] });
  });
});

describe('discord interactions shaped as documented', () => {
  it('answers /arch ask in a DM, where the interaction has user, no member and no guild_id', async () => {
    const calls = await interact(docInteraction(2, inDm(), docCommandData('ask', [question('what is etcd')])));
    const [callback, ...more] = callbacks(calls);
    expect(more).toEqual([]);
    expect(callback?.body).toMatchObject({ type: 4, data: { embeds: [{ title: 'etcd' }], allowed_mentions: { parse: [] } } });
  });

  it('suggests topics for a focused option nested in the ask subcommand, in a server and in a DM', async () => {
    for (const place of [inGuild(), inDm()]) {
      const calls = await interact(docInteraction(4, place, docCommandData('ask', [question('kuber', true)], place.guildId)));
      const [callback] = callbacks(calls);
      expect(callback?.body.type).toBe(8);
      expect((callback?.body.data?.choices as Array<{ value: string }>).map((c) => c.value)).toContain('Kubernetes');
    }
  });

  it('runs a decision by button in a DM, reading the clicker from `user`', async () => {
    const started = await interact(docInteraction(2, inDm(), docCommandData('decide', [{ type: 3, name: 'checklist', value: SHIPPED_CHECKLIST }])));
    expect(textOf(callbacks(started)[0]?.body.data)).toMatch(/1\/6/);
    const { msg, customId } = newestWithButton(h.fake, DM_CHANNEL_ID, /One server/);
    const calls = await interact(docInteraction(3, inDm(), { custom_id: customId, component_type: 2, id: 3 }, clicked(msg)), 2);
    expect(callbacks(calls)[0]?.body).toMatchObject({ type: 7, data: { components: [] } });
    expect(shownText(calls)).toMatch(new RegExp(`<@${USER_ID}> chose \\*\\*One server[\\s\\S]*2/6`));
  });

  it('starts /arch decide in a channel publicly, opens the thread on that response and continues there by button', async () => {
    const calls = await interact(docInteraction(2, inGuild(), docCommandData('decide', [{ type: 3, name: 'checklist', value: SHIPPED_CHECKLIST }])), 3);
    const [callback] = callbacks(calls);
    expect(callback?.body).toMatchObject({ type: 4 });
    expect(Number(callback?.body.data?.flags ?? 0) & 64).toBe(0);
    const opened = calls.find((c) => c.path.endsWith('/threads'));
    expect(opened?.path).toMatch(new RegExp(`^/channels/${CHANNEL_ID}/messages/\\d+/threads$`));
    const threadId = calls.map((c) => /^\/channels\/(\d+)\/messages$/.exec(c.path)?.[1]).find((id) => id !== undefined) ?? '';
    expect(shownText(posts(calls, threadId))).toMatch(/1\/6/);
    const { msg, customId } = newestWithButton(h.fake, threadId, /One server/);
    const clicks = await interact(docInteraction(3, inGuild(docThread(threadId, CHANNEL_ID)), { custom_id: customId, component_type: 2, id: 3 }, clicked(msg)), 2);
    expect(shownText(clicks)).toMatch(/2\/6/);
  });

  it('shares a private answer from its ephemeral message (flags 64) for everyone, pinging no one', async () => {
    await interact(docInteraction(2, inGuild(), docCommandData('ask', [question('what is etcd')])));
    const { msg, customId } = newestWithButton(h.fake, CHANNEL_ID, /^Share/);
    const calls = await interact(docInteraction(3, inGuild(), { custom_id: customId, component_type: 2, id: 1 }, clicked({ ...msg, flags: 64 })));
    const [callback] = callbacks(calls);
    expect(callback?.body).toMatchObject({ type: 4, data: { content: `shared by <@${USER_ID}>`, allowed_mentions: { parse: [] }, embeds: [{ title: 'etcd' }] } });
    expect(Number(callback?.body.data?.flags ?? 0) & 64).toBe(0);
  });

  it('answers once when the gateway delivers the same message or interaction twice (as a resume can replay)', async () => {
    const asked = docMessage({ channel_id: DM_CHANNEL_ID, channel_type: 1, author: ada, content: 'what is etcd' });
    h.fake.dispatch('MESSAGE_CREATE', asked);
    expect(posts(await say(asked), DM_CHANNEL_ID)).toHaveLength(1);
    const command = docInteraction(2, inDm(), docCommandData('help'));
    h.fake.interact(command);
    expect(callbacks(await interact(command, 1))).toHaveLength(1);
  });

  it('tells the person when Discord refuses to open the thread for /arch decide (no Create Public Threads)', async () => {
    const perms = (BigInt(ALL_BOT_PERMS) & ~PERM.CREATE_PUBLIC_THREADS).toString();
    h.fake.override('POST', THREADS, MISSING_PERMISSIONS);
    const calls = await interact(docInteraction(2, inGuild(docTextChannel(CHANNEL_ID), perms), docCommandData('decide', [{ type: 3, name: 'checklist', value: SHIPPED_CHECKLIST }])), 2);
    expect(afterRefusal(calls)).toMatch(/1\/6|thread/i);
  });

  it('tells the person when Discord refuses to open the thread for "@archbot decide"', async () => {
    h.fake.override('POST', THREADS, MISSING_PERMISSIONS);
    const calls = await say(docMessage({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, channel_type: 0, author: ada, member: docMember(), content: `<@${BOT_ID}> ${DECIDE}`, mentions: [botMention] }), { count: 2 });
    expect(afterRefusal(calls)).toMatch(/1\/6|thread/i);
  });

  it('opens the thread in the right channel when the interaction carries channel_id but no channel object, as in the documented example', async () => {
    const payload = docInteraction(2, inGuild(), docCommandData('decide', [{ type: 3, name: 'checklist', value: SHIPPED_CHECKLIST }]));
    delete payload.channel;
    const calls = await interact(payload, 2);
    expect(calls.find((c) => c.path.endsWith('/threads'))?.path).toMatch(new RegExp(`^/channels/${CHANNEL_ID}/messages/\\d+/threads$`));
  });
});

describe('discord registration and gateway handshake', () => {
  it('identifies as documented and registers /arch with a bulk overwrite Discord accepts', async () => {
    const identify = h.fake.gateway.identifies[0] as { token: string; intents: number; properties: Json; large_threshold?: number };
    expect(identify.properties).toEqual({ os: expect.any(String), browser: expect.any(String), device: expect.any(String) });
    expect(identify.large_threshold ?? 50).toBeGreaterThanOrEqual(50);
    expect(identify.large_threshold ?? 50).toBeLessThanOrEqual(250);

    const config = readConfig({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: h.fake.apiUrl });
    if (!config.ok) throw new Error(config.errors.join('; '));
    await registerCommands({ config: config.config, guildId: GUILD_ID, kb: realKb() });
    const put = h.fake.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(checkCommands(put?.body)).toEqual([]);
    expect(put?.body).toMatchObject([{ name: 'arch', contexts: [0, 1], integration_types: [0], options: expect.arrayContaining([expect.objectContaining({ name: 'ask', type: 1 })]) }]);
  });
});

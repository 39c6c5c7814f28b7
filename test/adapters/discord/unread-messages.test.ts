import { describe, expect, it } from 'vitest';
import { dropUnreadMessage, UNREAD_DISPATCH } from '../../../src/adapters/discord/unread-messages.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, OTHER_BOT_ID, botUser, message, person, user, type Json } from './helpers/payloads.js';

/** The dispatch name discord.js sees after the bot's raw hook. */
function seenAs(d: Json, t = 'MESSAGE_CREATE', botId: { id: string | undefined } = { id: BOT_ID }): unknown {
  const packet = { op: 0, s: 1, t, d };
  dropUnreadMessage(packet, botId.id);
  return packet.t;
}

const inServer = (fields: Json): Json => message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), ...fields });

describe('messages discord.js never builds for the bot (renamed on the raw dispatch)', () => {
  it('passes on a mention of the bot in a server, and a DM from a person', () => {
    expect(seenAs(inServer({ content: `<@${BOT_ID}> what is etcd`, mentions: [botUser()] }))).toBe('MESSAGE_CREATE');
    expect(seenAs(message({ channel_id: DM_CHANNEL_ID, author: person(), content: 'what is etcd' }))).toBe('MESSAGE_CREATE');
  });

  it("drops the bot's own replies, other bots' and webhooks' messages, even when they mention it", () => {
    expect(seenAs(inServer({ author: botUser(), embeds: [{ title: 'etcd' }] }))).toBe(UNREAD_DISPATCH);
    expect(seenAs(message({ channel_id: DM_CHANNEL_ID, author: botUser(), content: 'an answer' }))).toBe(UNREAD_DISPATCH);
    expect(seenAs(inServer({ author: user(OTHER_BOT_ID, 'otherbot', true), content: `<@${BOT_ID}> hi`, mentions: [botUser()] }))).toBe(UNREAD_DISPATCH);
    expect(seenAs(inServer({ webhook_id: '700000000000000001', content: `<@${BOT_ID}> hi`, mentions: [botUser()] }))).toBe(UNREAD_DISPATCH);
  });

  it('drops a server message that mentions someone else or no one', () => {
    expect(seenAs(inServer({ content: 'lunch?' }))).toBe(UNREAD_DISPATCH);
    expect(seenAs(inServer({ content: '<@400000000000000002> lunch?', mentions: [person('400000000000000002', 'grace')] }))).toBe(UNREAD_DISPATCH);
  });

  it('leaves every other dispatch alone, and every message before the bot knows its own id', () => {
    expect(seenAs({ id: GUILD_ID, name: 'Test server' }, 'GUILD_CREATE')).toBe('GUILD_CREATE');
    expect(seenAs(inServer({ content: 'lunch?' }), 'MESSAGE_CREATE', { id: undefined })).toBe('MESSAGE_CREATE');
    expect(seenAs(inServer({ content: 'edited', author: botUser() }), 'MESSAGE_UPDATE')).toBe('MESSAGE_UPDATE');
  });
});

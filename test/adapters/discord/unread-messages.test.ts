import { Client, Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { clientOptions } from '../../../src/adapters/discord/discord-platform.js';
import { isForBot } from '../../../src/adapters/discord/on-message.js';
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

describe('the raw filter and isForBot', () => {
  it('agree on every kind of message: what the raw filter drops, isForBot would not read, and the reverse', () => {
    const client = new Client(clientOptions('http://127.0.0.1:1'));
    const reply = (mentions: Json[]): Json => inServer({ content: 'and a pod?', message_reference: { message_id: '900000000000000001', channel_id: CHANNEL_ID, guild_id: GUILD_ID }, mentions });
    const cases: Record<string, Json> = {
      'a mention': inServer({ content: `<@${BOT_ID}> what is etcd`, mentions: [botUser()] }),
      'chatter': inServer({ content: 'lunch?' }),
      'a mention of someone else': inServer({ content: '<@400000000000000002> hi', mentions: [person('400000000000000002', 'grace')] }),
      'a role mention only': inServer({ content: '<@&987654321098765432> hi', mention_roles: ['987654321098765432'] }),
      'a reply to the bot, ping on': reply([botUser()]),
      'a reply to the bot, ping off': reply([]),
      'a DM': message({ channel_id: DM_CHANNEL_ID, author: person(), content: 'what is etcd' }),
      "the bot's own reply": inServer({ author: botUser(), embeds: [{ title: 'etcd' }] }),
      "another bot's mention": inServer({ author: user(OTHER_BOT_ID, 'otherbot', true), content: `<@${BOT_ID}> hi`, mentions: [botUser()] }),
      "a webhook's mention": inServer({ webhook_id: '700000000000000001', content: `<@${BOT_ID}> hi`, mentions: [botUser()] }),
    };
    const verdicts = Object.fromEntries(
      Object.entries(cases).map(([name, d]) => {
        const built = Reflect.construct(Message, [client, d]) as Message;
        return [name, { raw: seenAs(d) === 'MESSAGE_CREATE', isForBot: isForBot(built, BOT_ID) }];
      }),
    );
    for (const [name, { raw, isForBot: read }] of Object.entries(verdicts)) expect({ name, raw }).toEqual({ name, raw: read });
    expect(Object.entries(verdicts).filter(([, v]) => v.raw).map(([name]) => name)).toEqual(['a mention', 'a reply to the bot, ping on', 'a DM']);
    void client.destroy();
  });
});

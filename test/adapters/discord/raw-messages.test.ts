import { Client, ClientUser, Message } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientOptions } from '../../../src/adapters/discord/discord-platform.js';
import { incomingOf, isForBot } from '../../../src/adapters/discord/on-message.js';
import { READ_DISPATCH, takeMessage } from '../../../src/adapters/discord/raw-messages.js';
import { UNREAD_DISPATCH } from '../../../src/adapters/discord/unread-messages.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, DM_CHANNEL_TYPE, GUILD_ID, botUser, guildCreate, message, person, snowflake, threadChannel, type Json } from './helpers/payloads.js';

/** A client as it stands once READY and the server has arrived: its own user, the server's channels and a thread cached. */
function readyClient(): { client: Client; threadId: string } {
  const client = new Client(clientOptions('http://127.0.0.1:1'));
  const threadId = snowflake();
  client.user = Reflect.construct(ClientUser, [client, botUser()]) as ClientUser;
  // What discord.js does with a GUILD_CREATE (its cache method is private).
  (client.guilds as unknown as { _add(data: Json): unknown })._add({ ...guildCreate(), threads: [threadChannel(threadId)] });
  return { client, threadId };
}

const mention = (fields: Json = {}): Json => message({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: person(), content: `<@${BOT_ID}> what is etcd`, mentions: [botUser()], ...fields });
const dm = (fields: Json = {}): Json => message({ channel_id: DM_CHANNEL_ID, channel_type: DM_CHANNEL_TYPE, author: person(), content: 'what is etcd', ...fields });

/** What the raw hook takes from a MESSAGE_CREATE, and the dispatch name discord.js sees after it. */
function take(client: Client, d: Json): { taken: ReturnType<typeof takeMessage>; seenAs: unknown } {
  const packet = { op: 0, s: 1, t: 'MESSAGE_CREATE', d };
  const taken = takeMessage(packet, client);
  return { taken, seenAs: packet.t };
}

describe('messages the bot answers straight from the raw dispatch', () => {
  let client: Client;
  let threadId: string;
  beforeEach(() => ({ client, threadId } = readyClient()));
  afterEach(() => void client.destroy());

  it('takes a mention in a server channel or thread discord.js has cached, and a DM, so discord.js does not build them too', () => {
    const inChannel = mention();
    expect(take(client, inChannel)).toEqual({
      taken: { id: inChannel.id, channelId: CHANNEL_ID, guildId: GUILD_ID, authorId: person().id, content: inChannel.content, channel: client.channels.cache.get(CHANNEL_ID) },
      seenAs: READ_DISPATCH,
    });
    const inThread = take(client, mention({ channel_id: threadId }));
    expect(inThread.taken?.channel?.isThread()).toBe(true);
    expect(inThread.seenAs).toBe(READ_DISPATCH);
    const inDm = dm();
    expect(take(client, inDm)).toEqual({ taken: { id: inDm.id, channelId: DM_CHANNEL_ID, guildId: null, authorId: person().id, content: 'what is etcd', channel: null }, seenAs: READ_DISPATCH });
  });

  it('reads the same fields discord.js would, for every message it takes', () => {
    for (const d of [mention(), mention({ channel_id: threadId }), mention({ type: 19, message_reference: { message_id: snowflake() } }), dm()]) {
      const built = Reflect.construct(Message, [client, d]) as Message;
      const { taken } = take(client, d);
      expect(isForBot(built, BOT_ID)).toBe(true);
      expect({ ...taken, channel: taken?.channel?.id ?? null }).toEqual({ ...incomingOf(built), channel: built.guildId === null ? null : built.channelId });
    }
  });

  it('leaves to discord.js what it cannot settle from the payload: a channel not cached, a system message, a message without text', () => {
    expect(take(client, mention({ channel_id: snowflake() }))).toEqual({ taken: undefined, seenAs: 'MESSAGE_CREATE' });
    // A pinned-message notice (type 6) is a system message, which the bot never answers.
    expect(take(client, mention({ type: 6 }))).toEqual({ taken: undefined, seenAs: 'MESSAGE_CREATE' });
    const { content: _content, ...withoutText } = mention();
    expect(take(client, withoutText)).toEqual({ taken: undefined, seenAs: 'MESSAGE_CREATE' });
  });

  it('still drops what the bot never reads, and takes nothing before the client knows its own id', () => {
    expect(take(client, mention({ author: botUser() }))).toEqual({ taken: undefined, seenAs: UNREAD_DISPATCH });
    expect(take(client, mention({ content: 'lunch?', mentions: [] }))).toEqual({ taken: undefined, seenAs: UNREAD_DISPATCH });
    client.user = null;
    expect(take(client, mention())).toEqual({ taken: undefined, seenAs: 'MESSAGE_CREATE' });
  });
});

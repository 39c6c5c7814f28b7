import type { Channel, User } from 'discord.js';
import type { Actor, InboundEvent, Input } from '../../core/types.js';
import { placeOf, threadIdOf, type Where } from './thread-id.js';

/**
 * The actor's display name is a user mention: Discord renders it as the person's current name
 * (in embeds too) without pinging them, and unlike a free-form display name it cannot inject
 * Markdown into the core's "X chose Y" lines.
 */
export function actorOf(user: Pick<User, 'id'>): Actor {
  return { id: user.id, name: `<@${user.id}>` };
}

/** Where an event happened, from the (possibly partial) channel discord.js resolved for it. */
export function whereOf(channel: Channel | null, channelId: string, guildId: string | null): Where {
  if (channel?.isThread()) return { guildId, channelId, parentId: channel.parentId, isThread: true };
  return { guildId, channelId, parentId: null, isThread: false };
}

/** Discord's mentions, channel links and custom emoji go at the platform's door (`readingPastMarkup`). */
export function toInbound(where: Where, user: Pick<User, 'id'>, input: Input): InboundEvent {
  return { platform: 'discord', thread: threadIdOf(where), place: placeOf(where), actor: actorOf(user), input };
}

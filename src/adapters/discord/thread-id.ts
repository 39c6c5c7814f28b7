import type { Place } from '../../core/types.js';

/**
 * Where a Discord event happened, reduced to the ids the core's thread id is built from. Kept
 * apart from discord.js types so the mapping can be read (and tested) without a client.
 */
export interface Where {
  /** null in a DM. */
  guildId: string | null;
  /** The channel the event arrived in: a text channel, a thread channel or a DM channel. */
  channelId: string;
  /** Set when `channelId` is a thread: the text or forum channel it hangs off. */
  parentId: string | null;
  isThread: boolean;
}

/**
 * `discord:<guild>:<channel>`, `discord:<guild>:<parent>:<thread>` or `discord:dm:<channel>`.
 * Including the parent keeps a thread's id readable in logs and lets a store group by channel.
 */
export function threadIdOf(where: Where): string {
  if (where.guildId === null) return `discord:dm:${where.channelId}`;
  if (where.isThread) return `discord:${where.guildId}:${where.parentId ?? 'unknown'}:${where.channelId}`;
  return `discord:${where.guildId}:${where.channelId}`;
}

export function placeOf(where: Where): Place {
  if (where.guildId === null) return 'dm';
  return where.isThread ? 'thread' : 'channel';
}

/** A thread the adapter just opened under a message in `parent`. */
export function threadUnder(parent: Where, threadId: string): Where {
  return { guildId: parent.guildId, channelId: threadId, parentId: parent.channelId, isThread: true };
}

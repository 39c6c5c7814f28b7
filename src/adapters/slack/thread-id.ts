import type { Place } from '../../core/types.js';

// Neutral thread ids are what the core keys sessions on, so they must be stable across every
// surface that can reach the same conversation (a mention, a click, a typed answer).

/** `slack:T:C:ts` for a thread, `slack:T:C` for a DM or a channel outside any thread. */
export function threadId(team: string, channel: string, threadTs?: string): string {
  return threadTs === undefined ? `slack:${team}:${channel}` : `slack:${team}:${channel}:${threadTs}`;
}

/** Direct-message channel ids start with D (group DMs with G/C are shared spaces, not DMs). */
export function isDmChannel(channel: string): boolean {
  return channel.startsWith('D');
}

/** Where a click or command happened: a DM, a thread (when Slack tells us its ts), or the channel. */
export function placeOf(channel: string, threadTs: string | undefined): Place {
  if (isDmChannel(channel)) return 'dm';
  return threadTs === undefined ? 'channel' : 'thread';
}

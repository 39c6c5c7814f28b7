import type { webApi } from '@slack/bolt';
import { BoundedCache } from '../../core/bounded-cache.js';

/** Enough for every active person in a big workspace; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 5_000;

export interface OwnDms {
  /**
   * The bot's own DM channel with `user` (conversations.open, asked once per person). Any other
   * D… channel is a DM between people, where the bot cannot post.
   */
  of(client: webApi.WebClient, user: string): Promise<string | undefined>;
}

export function ownDms(): OwnDms {
  const cache = new BoundedCache<string, string>(MAX_ENTRIES);
  return {
    async of(client, user) {
      const known = cache.get(user);
      if (known !== undefined) return known;
      const opened = (await client.conversations.open({ users: user })).channel?.id;
      if (opened === undefined) return undefined;
      cache.set(user, opened);
      return opened;
    },
  };
}

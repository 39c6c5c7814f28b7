import type { webApi } from '@slack/bolt';
import type { Actor, Clock, Logger } from '../../core/types.js';
import { errorMessage } from '../../core/errors.js';

// Events (mentions, DMs) carry only a user id, and the core shows names ("Noted: … (alice)", the
// verdict's answers). Commands and clicks carry a name already; for events it is looked up once
// and kept a while, so a conversation costs one users.info call per person, not one per message.

const TTL_MS = 60 * 60 * 1000;
/** A failed lookup is retried sooner: it may have been a blip. */
const FAILED_TTL_MS = 5 * 60 * 1000;
/** Enough for every active person in a big workspace; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 5_000;

export interface UserNames {
  /** The actor with a display name added when Slack can tell one; unchanged otherwise. */
  withName(client: webApi.WebClient, actor: Actor): Promise<Actor>;
}

export function userNames(logger: Logger, onApiError: () => void, clock: Clock = Date.now): UserNames {
  const cache = new Map<string, { name: string | undefined; until: number }>();
  const lookUp = async (client: webApi.WebClient, id: string): Promise<string | undefined> => {
    try {
      const result = await client.users.info({ user: id });
      const user = result.user;
      const candidates = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name];
      return candidates.find((n): n is string => typeof n === 'string' && n.trim() !== '');
    } catch (err) {
      onApiError();
      // Without a name the core shows the id: worse to read, but the conversation goes on.
      logger.warn({ error: errorMessage(err) }, 'slack: could not look up a display name');
      return undefined;
    }
  };
  return {
    async withName(client, actor) {
      if (actor.name) return actor;
      const now = clock();
      let entry = cache.get(actor.id);
      if (!entry || entry.until <= now) {
        const name = await lookUp(client, actor.id);
        entry = { name, until: now + (name ? TTL_MS : FAILED_TTL_MS) };
        cache.delete(actor.id);
        cache.set(actor.id, entry);
        if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
      }
      return entry.name ? { ...actor, name: entry.name } : actor;
    },
  };
}

import type { webApi } from '@slack/bolt';
import type { Bot } from '../../core/bot.js';
import type { Actor, Clock, Logger, Outcome, Reply } from '../../core/types.js';
import { errorMessage } from '../../core/errors.js';
import { BoundedCache } from '../../core/bounded-cache.js';

// Events (mentions, DMs) carry only a user id, and the core shows names ("Noted: … (alice)", the
// verdict's answers). Commands and clicks carry a name already. For events the name comes from
// what archbot already knows: a users.info call is never on the way to a reply (on real Slack it
// costs 100-300 ms). Someone not seen before is looked up in the background while the core works
// (one call per person, not per message); the core sees their id, and the name is filled into the
// replies on the way out. Only a reply that shows a name still being looked up (a new person's
// first typed answer: "Noted: … (alice)") waits, and only for the rest of that one call.

const TTL_MS = 60 * 60 * 1000;
/** A failed lookup is retried sooner: it may have been a blip. */
const FAILED_TTL_MS = 5 * 60 * 1000;
/** Enough for every active person in a big workspace; the least recently seen goes first beyond it. */
export const MAX_NAMES = 5_000;

export interface UserNames {
  /**
   * The actor with the display name known for them, resolved at once (never after a Slack call);
   * an unknown or stale name is looked up in the background for later messages.
   */
  withName(client: webApi.WebClient, actor: Actor): Promise<Actor>;
  /** The bot, with the Slack user ids its replies show (where a name was unknown) replaced by names. */
  showingNames(bot: Bot): Bot;
}

/** Slack user ids as the core shows them for someone without a name (`displayName`). */
const USER_ID = /\b[UW][A-Z0-9]{5,}\b/g;

export function userNames(logger: Logger, onApiError: () => void, clock: Clock = Date.now, maxNames = MAX_NAMES): UserNames {
  const cache = new BoundedCache<string, { name: string | undefined; until: number }>(maxNames);
  /** Lookups in flight, so a burst of messages from one new person costs one call. */
  const pending = new Map<string, Promise<void>>();

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

  // Setting again marks the entry as the most recently used.
  const remember = (id: string, entry: { name: string | undefined; until: number }): void => cache.set(id, entry);

  const refresh = (client: webApi.WebClient, id: string): void => {
    if (pending.has(id)) return;
    const done = lookUp(client, id).then((name) => {
      pending.delete(id);
      // A failed lookup keeps the name known before it, if any: a blip should not erase it.
      const known = cache.get(id)?.name;
      remember(id, { name: name ?? known, until: clock() + (name ? TTL_MS : FAILED_TTL_MS) });
      logger.debug({ found: name !== undefined }, 'slack: display name looked up');
    });
    pending.set(id, done);
  };

  /** Replaces known ids in one text; waits first for lookups in flight of ids it shows. */
  const fillText = async (text: string): Promise<string> => {
    const ids = text.match(USER_ID);
    if (!ids) return text;
    await Promise.all(ids.map((id) => pending.get(id)));
    return text.replace(USER_ID, (id) => cache.get(id)?.name ?? id);
  };
  const fillReply = async (reply: Reply): Promise<Reply> => {
    const [title, body, sections] = await Promise.all([
      'title' in reply ? fillText(reply.title) : undefined,
      fillText(reply.body),
      'sections' in reply ? Promise.all(reply.sections.map(async (s) => ({ ...s, text: await fillText(s.text) }))) : undefined,
    ]);
    return { ...reply, ...(title === undefined ? {} : { title }), body, ...(sections ? { sections } : {}) };
  };
  const fillAll = (replies: readonly Reply[]): Promise<Reply[]> => Promise.all(replies.map(fillReply));
  const fill = async (outcome: Outcome): Promise<Outcome> => {
    const [replies, update] = await Promise.all([fillAll(outcome.replies), outcome.update && fillReply(outcome.update)]);
    const opening = outcome.openThread;
    // What the new thread shows is filled too, when the thread is opened.
    const openThread = opening && { ...opening, opened: async (thread: string) => fillAll(await opening.opened(thread)) };
    return { ...outcome, replies, ...(update ? { update } : {}), ...(openThread ? { openThread } : {}) };
  };

  return {
    async withName(client, actor) {
      if (actor.name) return actor;
      const entry = cache.get(actor.id);
      if (!entry || entry.until <= clock()) refresh(client, actor.id);
      else remember(actor.id, entry);
      return entry?.name ? { ...actor, name: entry.name } : actor;
    },
    showingNames(bot) {
      return { kb: bot.kb, decode: (raw) => bot.decode(raw), handle: async (event) => fill(await bot.handle(event)) };
    },
  };
}

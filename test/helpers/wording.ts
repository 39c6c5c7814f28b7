import { REPLY } from '../../src/core/texts.js';

/**
 * The bot's own wording, from the catalogue (src/core/texts.ts), as a pattern that finds it in a rendered reply.
 * Tests match what the bot says through this, never through a copy: a copy of a title goes stale when the wording
 * changes, and `not.toMatch(/a stale copy/)` then passes while checking nothing.
 */
export function said(...texts: string[]): RegExp {
  return new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** The title of the "I don't know" reply, wherever a test asks whether the bot admitted not knowing. */
export const UNKNOWN = said(REPLY.unknown.title);
/** The "Did you mean…" title or the "I don't know" one: a reply that did not find one concept. */
export const NOT_FOUND = said(REPLY.clarify.title, REPLY.unknown.title);

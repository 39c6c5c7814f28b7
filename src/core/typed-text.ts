// Typed text as the core reads it. Its own file, under src/core/ itself, because it is the core's entry step
// (bot.ts cleans every message with it) and not one of the lookup's: the lookup and the content read through it
// as well (lookup/normalize.ts's stripForLookup), as does every checklist step reader after bot.ts.

/**
 * Chat noise that carries no meaning for a lookup and looks the same wherever it is typed. A
 * platform's own markup (mentions, channel links, custom emoji) is its adapter's to remove.
 */
const CHAT_NOISE: RegExp[] = [
  /:[a-z0-9_+-]+:/gi, // :thinking_face:, the shortcode most chat tools and people type
  /https?:\/\/\S+/gi,
  /\p{Extended_Pictographic}/gu,
];

/** Typographic quotes, as phones and word processors send them: ‘ ’ ʼ and “ ”. */
const CURLY_QUOTES = /[\u2018\u2019\u02bc\u201c\u201d]/g;

/**
 * What any pass of cleanTyped acts on: a shortcode and a link both hold ':', and every pictograph and curly quote lies
 * outside ASCII (a pictograph as a pair of UTF-16 halves, which this reads one by one). A new pass must add what it
 * acts on here, or the fast path skips it.
 */
const NEEDS_CLEANING = /[:\u0080-\uffff]/;

/**
 * Typed text as the core reads it, done where text enters the core (a message in bot.ts, a question in the
 * lookup's stripForLookup): chat noise gone, and curly quotes straight, so that every pattern is written with '
 * and " alone and still reads "we’ll" or "isn’t it" from a phone.
 */
export function cleanTyped(text: string): string {
  // Each message is cleaned here, then each lookup cleans its question again: most text has nothing to clean, and
  // the four passes below cost more than this one test.
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = text.replace(CURLY_QUOTES, (mark) => (mark === '\u201c' || mark === '\u201d' ? '"' : "'"));
  for (const pattern of CHAT_NOISE) out = out.replace(pattern, ' ');
  return out;
}

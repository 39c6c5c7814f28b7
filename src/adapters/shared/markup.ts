import type { Bot } from '../../core/bot.js';
import type { Input } from '../../core/types.js';

// Each platform writes mentions, channel links and custom emoji in its own markup. They say nothing
// about a question's topic, and only the platform's adapter knows their shape, so it removes them
// when it translates typed text; the core never sees them (and cleans only what is neutral: links,
// emoji, HTML tags).

/** Typed text without the platform's own markup; each match becomes a space, so words never join. */
export function stripMarkup(text: string, markup: readonly RegExp[]): string {
  let out = text;
  for (const pattern of markup) out = out.replace(pattern, ' ');
  return out;
}

/** Typed and command text without the markup; a click carries no typed text. */
export function inputWithoutMarkup(input: Input, markup: readonly RegExp[]): Input {
  return input.type === 'action' ? input : { ...input, text: stripMarkup(input.text, markup) };
}

/**
 * The bot as an adapter hands it events: every typed text leaves the adapter without the markup
 * its descriptor declares, at this one door rather than in each handler that builds an event.
 */
export function readingPastMarkup(bot: Bot, markup: readonly RegExp[]): Bot {
  return {
    kb: bot.kb,
    decode: (raw) => bot.decode(raw),
    handle: (event) => bot.handle({ ...event, input: inputWithoutMarkup(event.input, markup) }),
  };
}

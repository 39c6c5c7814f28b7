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

// Text fitting shared by every adapter: each platform has hard limits (Discord rejects a message
// over them, Slack a block), so text is cut here rather than by hand in each renderer.

/** Where a cut at `at` may fall; a platform whose markup has entities (Slack's `&amp;`) moves it back. */
export type CutRule = (text: string, at: number) => number;

const anywhere: CutRule = (_text, at) => at;

/** Shortens to `max` characters with an ellipsis; `cut` keeps a platform's markup whole. */
export function truncate(text: string, max: number, cut: CutRule = anywhere): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cut(text, max - 1)).trimEnd()}…`;
}

/**
 * Cuts text into pieces of at most `max` characters, preferring paragraph, then line, then word
 * boundaries, so a long answer split across messages never breaks a list item or a word mid-way
 * unless one is itself longer than `max`.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastBreak(window, '\n\n') ?? lastBreak(window, '\n') ?? lastBreak(window, ' ') ?? max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Index of the last `separator` that leaves a reasonably full piece (at least half of the window). */
function lastBreak(window: string, separator: string): number | undefined {
  const at = window.lastIndexOf(separator, window.length - 1);
  return at >= window.length / 2 ? at : undefined;
}

/** How much of someone's own words is echoed back: a quote is a reminder, not the message. */
export const QUOTE_MAX = 200;

/**
 * A person's words made safe to echo: control characters could garble a Slack message or move a
 * terminal's cursor, so they go; the rest is cut to `QUOTE_MAX` with an ellipsis. Each platform
 * then adds its own escaping and quote marks.
 */
export function quotedWords(text: string): string {
  // eslint-disable-next-line no-control-regex
  return truncate(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''), QUOTE_MAX);
}

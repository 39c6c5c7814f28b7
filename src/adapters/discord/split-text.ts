/**
 * Cuts text into pieces of at most `max` characters, preferring paragraph, then line, then word
 * boundaries, so a long answer split across embeds never breaks a list item or a word mid-way
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

/** Shortens to `max` characters with an ellipsis; Discord rejects the whole message otherwise. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
